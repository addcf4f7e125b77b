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
 */
import type { CostingResult, CountryData } from '#engine';

export const REPORT_LANGUAGES = ['en', 'fr', 'es'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

export interface ReportData {
  /** The scenario as a spf.scenario/1 file (what "Download scenario file" saves). */
  scenarioFile: unknown;
  country: CountryData;
  result: CostingResult;
  language: ReportLanguage;
  /** ISO 8601 date or date-time of the report; the page shows the date in the report's language. */
  generatedAt: string;
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

/** A light check of what arrived (the page trusts its host, but a wrong shape should fail clearly). */
export function checkReportData(value: unknown): string | null {
  if (value === null || typeof value !== 'object') return 'the report data is not an object';
  const v = value as Partial<Record<keyof ReportData, unknown>>;
  const result = v.result as Partial<CostingResult> | undefined;
  if (!result || result.format !== 'spf.result/1' || !Array.isArray(result.years)) {
    return 'result: must be a costing result (spf.result/1)';
  }
  const country = v.country as Partial<CountryData> | undefined;
  if (!country || typeof country.name !== 'string' || typeof country.currency !== 'string') {
    return 'country: must be a country (spf.country/1)';
  }
  if (!v.scenarioFile || typeof v.scenarioFile !== 'object') {
    return 'scenarioFile: must be a scenario file (spf.scenario/1)';
  }
  if (
    typeof v.language !== 'string' ||
    !(REPORT_LANGUAGES as readonly string[]).includes(v.language)
  ) {
    return `language: must be one of ${REPORT_LANGUAGES.join(', ')}`;
  }
  if (typeof v.generatedAt !== 'string' || Number.isNaN(Date.parse(v.generatedAt))) {
    return 'generatedAt: must be an ISO date';
  }
  return null;
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
