import { z } from 'zod';
import {
  ERROR_KINDS,
  MESSAGE_LANGUAGES,
  POVERTY_LINE_IDS,
  type ErrorKind,
  type GlobalGap,
} from '#engine';
import type { Channel } from './channels';
import { reportDataSchema } from './report';
import type { CountryDbListing } from './country-db';
import { MAX_PAGE_LIMIT, SCENARIO_SORTS } from './scenario-list';

export { CHANNELS, DESKTOP_ONLY, type Channel } from './channels';
export {
  MAX_PAGE_LIMIT,
  SCENARIO_SORTS,
  type ScenarioSort,
  type SortDirection,
} from './scenario-list';

/**
 * The one bridge between the renderer and the privileged side (the Electron main process, or the
 * loopback web server of the browser build): channel names, the request each takes (validated at
 * runtime before a handler runs) and the response it gives. Calculation never crosses it: the engine
 * runs in a Web Worker in the renderer.
 */

export interface AppInfo {
  version: string;
  host: 'electron' | 'web';
  databasePath: string;
}

export interface ScenarioSummary {
  id: number;
  name: string;
  country: string;
  revisions: number;
  updatedAt: string;
  tags: string[];
  deleted: boolean;
}

/** One page of the scenario list, in the order asked, with how many match in all. */
export interface ScenarioPage {
  rows: ScenarioSummary[];
  /** Scenarios matching the filter, on every page. */
  total: number;
  /** Pass it back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** What a revision cost as the app showed it when saving (in its headline year). */
export interface RevisionHeadline {
  year: number;
  /** Share of GDP: 0.0885 is 8.85%. */
  pctGdp: number;
  /** Nominal, in currency units. */
  cost: number;
  currency: string;
}

export interface RevisionInfo {
  rev: number;
  savedAt: string;
  note: string;
  /** The scenario's name in that revision. */
  name: string;
  /** Null for revisions saved without the app's costing (command line, older libraries). */
  headline: RevisionHeadline | null;
}

/** A scenario as stored: its file form and the country version it was saved with. */
export interface ScenarioNote {
  id: number;
  createdAt: string;
  text: string;
}

export interface StoredScenario {
  id: number;
  name: string;
  rev: number;
  revisions: RevisionInfo[];
  tags: string[];
  notes: ScenarioNote[];
  /** spf.scenario/1 JSON of the requested revision. */
  scenario: unknown;
  /** spf.country/1 JSON of the country version this revision was saved with. */
  country: unknown;
  /** The library version of that country, or null when its data were saved inline (edited). */
  countryVersion: number | null;
  /** sha256 of the country data's canonical JSON: equal hashes, equal data, however saved. */
  countryHash: string;
}

export interface CountrySummary {
  code: string;
  name: string;
  versions: number;
  latestVersion: number;
  importedAt: string;
  bundled: boolean;
}

export interface ComparisonSet {
  name: string;
  ids: number[];
}

/** Unsaved work kept by autosave, so that nothing is lost if the window closes or the machine stops. */
export interface Draft {
  key: string;
  savedAt: string;
  scenarioId: number | null;
  scenario: unknown;
  /** The country data the draft was being costed on. */
  country: unknown;
}

/** A facilitator's workshop as listed (docs/library.md, "Workshops"). */
export interface WorkshopSummary {
  id: number;
  name: string;
  country: string;
  groups: number;
  createdAt: string;
}

/** One group of a workshop: its envelope for the budget game and its scenario in the library. */
export interface WorkshopGroup {
  /** 1, 2, 3, … in the order the facilitator gave. */
  position: number;
  name: string;
  /** Share of GDP: 0.05 is 5%. */
  envelopePctGdp: number;
  /** Null once the group's scenario was removed from the recycle bin for good. */
  scenarioId: number | null;
  scenarioName: string;
  revisions: number;
  /** True while the group's scenario is in the recycle bin. */
  deleted: boolean;
}

export interface WorkshopDetails extends WorkshopSummary {
  /** The locked baseline as pinned (id null once removed for good). */
  baseline: { id: number | null; rev: number; name: string };
  envelopeYear: number;
  groupList: WorkshopGroup[];
}

/** The limits of a workshop request, the library's own (src/node/library/workshops.ts). */
export const WORKSHOP_MAX_GROUPS = 12;

/** The most a table exported to Excel may hold (`export:tableXlsx`). */
export const TABLE_XLSX_LIMITS = { columns: 200, rows: 20_000, cells: 1_000_000 } as const;

/** The costing workbook (.xlsx) as base64, with the file name to offer. */
export interface WorkbookFile {
  fileName: string;
  base64: string;
}

export interface BundledModels {
  trainingCountry: unknown;
  defaultScenario: unknown;
  templates: unknown;
}

const id = z.number().int().positive();
const empty = z.strictObject({});

/** Every channel: its request schema (checked on the privileged side) and its response type. */
export const requestSchemas = {
  'app:info': empty,
  // The interface's language, which the desktop menu follows.
  'app:language': z.strictObject({ language: z.enum(MESSAGE_LANGUAGES) }),
  'models:bundled': empty,
  'scenarios:list': z.strictObject({
    search: z.string().max(200).optional(),
    tag: z.string().max(100).optional(),
    country: z.string().max(16).optional(),
    deleted: z.boolean().optional(),
  }),
  // One page of the list (the library page asks for these as the user scrolls): `cursor` is the
  // `nextCursor` of the page before, `limit` at most MAX_PAGE_LIMIT (default 50).
  'scenarios:page': z.strictObject({
    sort: z.enum(SCENARIO_SORTS).optional(),
    direction: z.enum(['asc', 'desc']).optional(),
    search: z.string().max(200).optional(),
    tag: z.string().max(100).optional(),
    country: z.string().max(16).optional(),
    deleted: z.boolean().optional(),
    cursor: z.string().max(2000).optional(),
    limit: z.number().int().min(1).max(MAX_PAGE_LIMIT).optional(),
  }),
  'scenarios:get': z.strictObject({ id, rev: id.optional() }),
  'scenarios:save': z.strictObject({
    id: id.optional(),
    scenario: z.unknown(),
    /** The country data the scenario was costed on, when the user edited them. */
    country: z.unknown().optional(),
    note: z.string().max(500).optional(),
    /** The headline the app showed for this draft, kept with the revision for the history. */
    headline: z
      .strictObject({
        year: z.number().int(),
        pctGdp: z.number().finite(),
        cost: z.number().finite(),
        currency: z.string().max(16),
      })
      .optional(),
  }),
  'scenarios:history': z.strictObject({ id }),
  'scenarios:restore': z.strictObject({ id, rev: id }),
  'scenarios:rename': z.strictObject({ id, name: z.string().min(1).max(200) }),
  'scenarios:duplicate': z.strictObject({ id, name: z.string().min(1).max(200).optional() }),
  'scenarios:delete': z.strictObject({ id }),
  'scenarios:undelete': z.strictObject({ id }),
  'scenarios:emptyBin': empty,
  'scenarios:addTags': z.strictObject({
    id,
    tags: z.array(z.string().min(1).max(60)).min(1).max(30),
  }),
  'scenarios:removeTag': z.strictObject({ id, tag: z.string().min(1).max(60) }),
  'scenarios:addNote': z.strictObject({ id, text: z.string().min(1).max(20_000) }),
  'drafts:save': z.strictObject({
    key: z.string().min(1).max(80),
    scenarioId: id.nullable(),
    scenario: z.unknown(),
    country: z.unknown(),
  }),
  'drafts:list': empty,
  'drafts:discard': z.strictObject({ key: z.string().min(1).max(80) }),
  'countries:list': empty,
  'countries:get': z.strictObject({ code: z.string().min(1).max(16), version: id.optional() }),
  'countries:import': z.strictObject({
    fileName: z.string().max(260),
    text: z.string().max(50_000_000),
  }),
  // The country database shipped with the app (models/country-db): its entries, one country's
  // data, and adding one to the library (a country version is stored once, so twice is harmless).
  'countryDb:list': empty,
  'countryDb:get': z.strictObject({ iso3: z.string().regex(/^[A-Za-z]{3}$/) }),
  'countryDb:import': z.strictObject({ iso3: z.string().regex(/^[A-Za-z]{3}$/) }),
  // The global financing gap (methodology 12): a package (a spf.scenario/1 object, default the ILO's
  // package in models/scenarios/ilo-global-gap.json) costed on every country of the database.
  'gap:all': z.strictObject({
    year: z.number().int().min(2000).max(2100).optional(),
    scenario: z.unknown().optional(),
    povertyLine: z.enum(POVERTY_LINE_IDS).optional(),
  }),
  'sets:list': empty,
  'sets:save': z.strictObject({ name: z.string().min(1).max(100), ids: z.array(id).min(1).max(8) }),
  'sets:delete': z.strictObject({ name: z.string().min(1).max(100) }),
  // Workshops: the library checks names, envelopes and the year, with the place of each problem.
  'workshops:list': empty,
  'workshops:get': z.strictObject({ id }),
  'workshops:create': z.strictObject({
    name: z.string().max(200),
    country: z.string().min(1).max(16),
    baselineId: id,
    envelopeYear: z.number().int(),
    groups: z
      .array(z.strictObject({ name: z.string().max(200), envelopePctGdp: z.number() }))
      .max(WORKSHOP_MAX_GROUPS * 2),
  }),
  'workshops:delete': z.strictObject({ id }),
  // A group's spf.scenario/1 file handed back from its own laptop, as text.
  'workshops:importGroup': z.strictObject({
    id,
    group: id,
    fileName: z.string().max(260),
    text: z.string().max(50_000_000),
  }),
  // The Excel workbook of a scenario (spf.scenario/1) costed on a country (spf.country/1): both are
  // read and checked by the handler, which answers with located errors.
  // `lang`: the language of the workbook's sheet names, headings and charts (default en).
  'report:workbook': z.strictObject({
    scenario: z.unknown(),
    country: z.unknown(),
    lang: z.enum(MESSAGE_LANGUAGES).optional(),
  }),
  // Any table of the app as an Excel file (one sheet: a bold, frozen header and the rows, numbers
  // as numbers). Limits: 200 columns, 20,000 rows, 1,000,000 cells.
  'export:tableXlsx': z
    .strictObject({
      fileName: z.string().min(1).max(200),
      sheet: z.string().min(1).max(200),
      header: z.array(z.string().max(500)).min(1).max(TABLE_XLSX_LIMITS.columns),
      rows: z
        .array(
          z
            .array(z.union([z.string().max(5000), z.number().finite()]))
            .max(TABLE_XLSX_LIMITS.columns),
        )
        .max(TABLE_XLSX_LIMITS.rows),
    })
    .refine((r) => r.rows.length * r.header.length <= TABLE_XLSX_LIMITS.cells, {
      message: `at most ${TABLE_XLSX_LIMITS.cells} cells`,
    }),
  // Desktop only: prints the report page (ReportData, the report contract's own schema) and asks
  // where to save.
  'report:pdf': z.strictObject({ data: reportDataSchema }),
  // Desktop only: native dialogs and closing the window once the user has decided about unsaved work.
  'dialog:openFile': z.strictObject({ purpose: z.enum(['scenario', 'country']) }),
  'dialog:saveFile': z.strictObject({
    defaultName: z.string().min(1).max(260),
    text: z.string().max(100_000_000),
  }),
  'dialog:saveBinary': z.strictObject({
    defaultName: z.string().min(1).max(260),
    base64: z
      .string()
      .max(100_000_000)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
  }),
  'window:close': empty,
} as const satisfies Record<Channel, z.ZodType>;
export type RequestOf<C extends Channel> = z.input<(typeof requestSchemas)[C]>;

export interface Responses {
  'app:info': AppInfo;
  'app:language': null;
  'models:bundled': BundledModels;
  'scenarios:list': ScenarioSummary[];
  'scenarios:page': ScenarioPage;
  'scenarios:get': StoredScenario;
  'scenarios:save': { id: number; rev: number };
  'scenarios:history': RevisionInfo[];
  'scenarios:restore': { id: number; rev: number };
  'scenarios:rename': null;
  'scenarios:duplicate': { id: number };
  'scenarios:delete': null;
  'scenarios:undelete': null;
  'scenarios:emptyBin': { removed: number };
  'scenarios:addTags': string[];
  'scenarios:removeTag': string[];
  'scenarios:addNote': ScenarioNote;
  'drafts:save': { savedAt: string };
  'drafts:list': Draft[];
  'drafts:discard': null;
  'countries:list': CountrySummary[];
  'countries:get': unknown;
  'countries:import': { code: string; version: number; created: boolean };
  'countryDb:list': CountryDbListing;
  'countryDb:get': unknown;
  'countryDb:import': { code: string; version: number; created: boolean };
  'gap:all': GlobalGap;
  'sets:list': ComparisonSet[];
  'sets:save': null;
  'sets:delete': null;
  'workshops:list': WorkshopSummary[];
  'workshops:get': WorkshopDetails;
  'workshops:create': WorkshopDetails;
  'workshops:delete': null;
  'workshops:importGroup': { id: number; rev: number };
  'report:workbook': WorkbookFile;
  'export:tableXlsx': WorkbookFile;
  'report:pdf': { path: string } | null;
  'dialog:openFile': { name: string; text: string } | null;
  'dialog:saveFile': { path: string } | null;
  'dialog:saveBinary': { path: string } | null;
  'window:close': null;
}

export type ResponseOf<C extends Channel> = Responses[C];

/** The kind of error a reply carries: the class of the engine's error hierarchy it was thrown as. */
export type ErrorCode = ErrorKind;

/** A problem as it crosses the bridge: located, in English, with its catalogue code and values. */
export const issueSchema = z.object({
  path: z.string(),
  message: z.string(),
  code: z.string().exactOptional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).exactOptional(),
});

/**
 * An error as it crosses the bridge: its kind (`code`), a message, and the problems found. The
 * renderer rebuilds an error of the same kind from it (renderer/src/api/bridge-client.ts).
 */
export const bridgeErrorSchema = z.object({
  code: z.enum(ERROR_KINDS),
  message: z.string(),
  issues: z.array(issueSchema).exactOptional(),
  /** The file the problems are in, when there is one (each line of the message starts with it). */
  source: z.string().exactOptional(),
});
export type BridgeError = z.infer<typeof bridgeErrorSchema>;

/** What crosses the bridge: a value, or an error as a plain object (never a thrown exception). */
export const bridgeResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: bridgeErrorSchema }),
]);
export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(requestSchemas, name);
}
