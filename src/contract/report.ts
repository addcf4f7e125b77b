/**
 * What the printable report page (renderer/report.html) needs and how a host hands it over. Shared by
 * the page and its hosts (src/backend/report/pdf.ts, electron/main/print-report.ts): plain types and
 * constants, no DOM and no Node, so both sides compile it.
 *
 * Hosts that print (the command line, the desktop app) serve the data themselves, next to the page:
 * they load `report.html?data=<token>`, the page fetches `report-data/<token>.json` from its own origin
 * (allowed by `connect-src 'self'`), renders, then calls `report-data/<token>/ready` (or `/failed`) so
 * the host knows when to print without running any script in the page. The browser build, which has no
 * server-side copy of the data, opens `report.html?via=opener` and answers the page's request with a
 * same-origin `postMessage` (see open-report.ts).
 *
 * The data are checked with a zod schema (`reportDataSchema`), the same one the bridge's `report:pdf`
 * channel validates its request with: a light check of the shape (the page trusts its host), that
 * fails with a message naming the field.
 */
import { z } from 'zod';
import {
  MESSAGE_LANGUAGES,
  type CostingResult,
  type CountryData,
  type MessageLanguage,
} from '#engine';
import type { ReportHowSure } from './report-how-sure';

export {
  REPORT_DRAWS,
  REPORT_SEED,
  hasHowSure,
  reportHowSure,
  type HowSure,
  type HowSureOptions,
  type ReportHowSure,
} from './report-how-sure';

/** A report is written in any language the engine's messages exist in: one list of languages. */
export const REPORT_LANGUAGES = MESSAGE_LANGUAGES;
export type ReportLanguage = MessageLanguage;

export interface ReportData {
  /** The scenario as a spf.scenario/1 file (what "Download scenario file" saves). */
  scenarioFile: unknown;
  country: CountryData;
  result: CostingResult;
  language: ReportLanguage;
  /** ISO 8601 date or date-time of the report; the page shows the date in the report's language. */
  generatedAt: string;
  /**
   * "How sure are these numbers?": the tornado and the Monte Carlo bands (see report-how-sure.ts),
   * or the note saying why they could not be worked out. A host that leaves it out lets the page
   * work it out from the scenario and the country.
   */
  howSure?: ReportHowSure;
}

/** Folder, relative to report.html, under which a printing host serves one report's data. */
export const REPORT_DATA_DIR = 'report-data';

/** One-time names of a report's data: random, URL-safe, long enough not to be guessed. */
export const REPORT_TOKEN_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;

export const reportDataPath = (token: string) => `${REPORT_DATA_DIR}/${token}.json`;
export const reportStatusPath = (token: string, status: 'ready' | 'failed') =>
  `${REPORT_DATA_DIR}/${token}/${status}`;

/** postMessage types between the app page (opener) and the report page in the browser build. */
export const MESSAGE_WAITING = 'spf-report:waiting';
export const MESSAGE_DATA = 'spf-report:data';

/** Set on <html> when every chart has painted (`data-report-ready="true"`) or the page failed. */
export const READY_ATTRIBUTE = 'data-report-ready';
export const ERROR_ATTRIBUTE = 'data-report-error';

/** Longest error message a page reports back to its host. */
export const MAX_ERROR_LENGTH = 500;

/** Longest ISO date-time a report carries (`2026-12-07T05:06:16.123+01:00` is 29 characters). */
const MAX_DATE_LENGTH = 40;

/** What each part of the report data must be: the message of any problem found in it. */
const PART_MESSAGES = {
  scenarioFile: 'must be a scenario file (spf.scenario/1)',
  country: 'must be a country (spf.country/1)',
  result: 'must be a costing result (spf.result/1)',
  language: `must be one of ${REPORT_LANGUAGES.join(', ')}`,
  generatedAt: 'must be an ISO date',
  howSure: 'must be a sensitivity and uncertainty result, or a note',
} as const satisfies Record<keyof ReportData, string>;

/**
 * What a report's data must look like: a light check that tells each part from anything else.
 * Unknown top-level fields are refused, as the bridge refuses them in every request.
 */
const reportDataShape = z.strictObject(
  {
    scenarioFile: z.looseObject({}),
    country: z.looseObject({ name: z.string(), currency: z.string() }),
    result: z.looseObject({ format: z.literal('spf.result/1'), years: z.array(z.unknown()) }),
    language: z.enum(REPORT_LANGUAGES),
    generatedAt: z
      .string()
      .max(MAX_DATE_LENGTH)
      .refine((text) => !Number.isNaN(Date.parse(text))),
    howSure: z
      .union([
        z.looseObject({
          sensitivity: z.looseObject({ year: z.number(), inputs: z.array(z.unknown()) }),
          uncertainty: z.looseObject({ draws: z.number(), years: z.array(z.number()) }),
        }),
        z.strictObject({ note: z.string() }),
      ])
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === 'invalid_type' ? 'the report data is not an object' : undefined,
  },
);

/**
 * The report contract as a schema, typed as ReportData both ways: the heavy parts (the country, the
 * costing result, the scenario file) are the engine's own output, checked where they were made, so
 * the page and the bridge check only what tells each part apart, and then trust their host.
 */
export const reportDataSchema = reportDataShape as unknown as z.ZodType<ReportData, ReportData>;

function isPart(key: PropertyKey | undefined): key is keyof typeof PART_MESSAGES {
  return typeof key === 'string' && Object.hasOwn(PART_MESSAGES, key);
}

/**
 * The report data if `value` has their shape, else the first problem, naming the field
 * (`result: must be a costing result (spf.result/1)`): a problem anywhere inside a part is told as
 * that part's problem.
 */
export function parseReportData(
  value: unknown,
): { ok: true; data: ReportData } | { ok: false; message: string } {
  const parsed = reportDataSchema.safeParse(value);
  if (parsed.success) return { ok: true, data: parsed.data };
  const first = parsed.error.issues[0];
  const part = first?.path[0];
  if (isPart(part)) return { ok: false, message: `${part}: ${PART_MESSAGES[part]}` };
  return { ok: false, message: first?.message ?? 'the report data are not valid' };
}

/** The first problem of what arrived (`field: message`), or null when it is report data. */
export function checkReportData(value: unknown): string | null {
  const parsed = parseReportData(value);
  return parsed.ok ? null : parsed.message;
}

/** A file name's base from a title: letters without accents, digits and dashes; never empty. */
export function fileSlug(title: string, fallback = 'scenario'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/** The name a saved file gets, from the scenario's (or chart's) title: the same on every side. */
export function reportFileName(name: string, extension: string): string {
  return `${fileSlug(name)}.${extension}`;
}
