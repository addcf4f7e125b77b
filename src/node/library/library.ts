import type { CountryData } from '#engine';
import type { ScenarioNote } from '../../contract/bridge';
import { addNote, addTags, removeTag } from './annotations';
import { defaultBundledCountries, type BundledCountry } from './bundled-countries';
import type { LibraryContext } from './context';
import {
  countryData,
  countryVersions,
  ensureBundledCountries,
  getCountry,
  importCountry,
  latestCountryRow,
  listCountries,
  versionWithData,
  type CountrySummary,
  type CountryVersionInfo,
  type ImportResult,
  type StoredCountry,
} from './countries';
import { guarded, openDatabase, type SqliteDatabase } from './db';
import { checkCurrent, migrate, type MigrationResult } from './migrate';
import {
  countryDataHash,
  deleteScenario,
  duplicateScenario,
  emptyBin,
  getRevision,
  getScenario,
  history,
  listScenarios,
  openScenario,
  renameScenario,
  restoreRevision,
  saveScenario,
  undeleteScenario,
  type OpenedScenario,
  type RevisionInfo,
  type SaveOptions,
  type SaveResult,
  type ScenarioDetails,
  type ScenarioFilter,
  type ScenarioSummary,
  type StoredRevision,
} from './scenarios';
import { listScenarioPage, type ScenarioPage, type ScenarioPageQuery } from './scenario-page';
import { createSet, deleteSet, getSet, listSets, type SetDetails, type SetSummary } from './sets';
import { discardDraft, listDrafts, saveDraft, type StoredDraft } from './drafts';
import {
  createWorkshop,
  deleteWorkshop,
  getWorkshop,
  importGroupFile,
  listWorkshops,
  refuseLockedBaseline,
  type WorkshopDetails,
  type WorkshopInput,
  type WorkshopSummary,
} from './workshops';

export interface LibraryOptions {
  /** Create the file when it is missing (default true); false makes a missing file an error. */
  create?: boolean;
  /** How long to wait for another process's write (default 5 s) before reporting "busy". */
  busyTimeoutMs?: number;
  /** The clock (tests pass their own). */
  now?: () => Date;
  /** The countries shipped with the app (default: the training country). */
  bundled?: readonly BundledCountry[];
  /** Path of a better-sqlite3 binary built for another runtime (Electron). */
  nativeBinding?: string;
  /**
   * Only read: the file must exist and is never written (no upgrade, no bundled country added), so
   * commands that list or show work on read-only media. A library that needs an upgrade is refused.
   */
  readonly?: boolean;
}

/**
 * The scenario library: one SQLite file, used the same way by the command line, the desktop app's main
 * process and a local web server. Every method is synchronous; every change is one transaction.
 */
export interface Library {
  readonly path: string;
  /** What opening did to the schema (and where the backup is, if it upgraded an older file). */
  readonly migration: MigrationResult;
  close(): void;
  /** Runs several changes as one transaction (e.g. importing a folder of scenarios). */
  batch<T>(fn: () => T): T;

  saveScenario(input: unknown, options?: SaveOptions): SaveResult;
  listScenarios(filter?: ScenarioFilter): ScenarioSummary[];
  /** One page of the list, sorted and filtered in SQL, with the total and the next page's cursor. */
  listScenarioPage(query?: ScenarioPageQuery): ScenarioPage;
  getScenario(id: number): ScenarioDetails;
  history(id: number): RevisionInfo[];
  getRevision(id: number, rev?: number): StoredRevision;
  openScenario(id: number, rev?: number): OpenedScenario;
  restoreRevision(id: number, rev: number): SaveResult;
  renameScenario(id: number, name: string): SaveResult;
  duplicateScenario(id: number, name?: string): SaveResult;
  deleteScenario(id: number): boolean;
  undeleteScenario(id: number): boolean;
  emptyBin(): number;
  addTags(id: number, tags: readonly string[]): string[];
  removeTag(id: number, tag: string): string[];
  addNote(id: number, text: string): ScenarioNote;

  createSet(name: string, ids: readonly number[]): SetSummary;
  listSets(): SetSummary[];
  getSet(name: string): SetDetails;
  deleteSet(name: string): void;

  importCountry(input: unknown, sourceNote?: string): ImportResult;
  listCountries(): CountrySummary[];
  countryVersions(code: string): CountryVersionInfo[];
  getCountry(code: string, version?: number): StoredCountry;
  /** The latest data for a code, or undefined when the library does not have it. */
  findCountry(code: string): CountryData | undefined;
  /** The version of a country whose data are exactly these (as read), or undefined. */
  countryVersionOf(data: CountryData): number | undefined;

  /** Autosave slots: unsaved work kept until it is saved or discarded. Returns the time saved. */
  saveDraft(key: string, scenarioId: number | null, scenario: unknown, country: unknown): string;
  listDrafts(): StoredDraft[];
  discardDraft(key: string): void;

  /** Workshops: a locked baseline and one copy per group (docs/library.md, "Workshops"). */
  createWorkshop(input: WorkshopInput): WorkshopDetails;
  listWorkshops(): WorkshopSummary[];
  getWorkshop(id: number): WorkshopDetails;
  deleteWorkshop(id: number): void;
  /** A group's scenario file saved as a new revision of its scenario. */
  importGroupFile(id: number, group: number, input: unknown, fileName: string): SaveResult;
  /** Throws when scenario `id` is a workshop's locked baseline (the app refuses to change it). */
  refuseLockedBaseline(id: number): void;
}

function makeContext(db: SqliteDatabase, path: string, options: LibraryOptions): LibraryContext {
  const clock = options.now ?? (() => new Date());
  return {
    db,
    path,
    now: () => clock().toISOString(),
    bundled: options.bundled ?? defaultBundledCountries(),
    countryCache: new Map(),
    write: <T>(fn: () => T): T => db.transaction(fn).immediate(),
  };
}

/**
 * Opens (by default creating) the library at `path`: upgrades an older schema after backing it up,
 * and makes sure the bundled training country is there.
 */
export function openLibrary(path: string, options: LibraryOptions = {}): Library {
  const openOptions = {
    create: options.create ?? true,
    ...(options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs }),
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
    ...(options.readonly ? { readonly: true } : {}),
  };
  const db = openDatabase(path, openOptions);
  const ctx = makeContext(db, path, options);
  let migration: MigrationResult;
  try {
    migration = guarded(path, () =>
      options.readonly ? checkCurrent(db, path) : migrate(db, path, undefined, options.now),
    );
    // A read-only library is used as it is: the bundled country is added the next time it is written.
    if (!options.readonly) guarded(path, () => ensureBundledCountries(ctx));
  } catch (e) {
    db.close();
    throw e;
  }
  const g = <T>(fn: () => T): T => guarded(path, fn);
  return {
    path,
    migration,
    close: () => db.close(),
    batch: (fn) => g(() => ctx.write(fn)),

    saveScenario: (input, opts) => g(() => saveScenario(ctx, input, opts)),
    listScenarios: (filter) => g(() => listScenarios(ctx, filter)),
    listScenarioPage: (query) => g(() => listScenarioPage(ctx, query)),
    getScenario: (id) => g(() => getScenario(ctx, id)),
    history: (id) => g(() => history(ctx, id)),
    getRevision: (id, rev) => g(() => getRevision(ctx, id, rev)),
    openScenario: (id, rev) => g(() => openScenario(ctx, id, rev)),
    restoreRevision: (id, rev) => g(() => restoreRevision(ctx, id, rev)),
    renameScenario: (id, name) => g(() => renameScenario(ctx, id, name)),
    duplicateScenario: (id, name) => g(() => duplicateScenario(ctx, id, name)),
    deleteScenario: (id) => g(() => deleteScenario(ctx, id)),
    undeleteScenario: (id) => g(() => undeleteScenario(ctx, id)),
    emptyBin: () => g(() => emptyBin(ctx)),
    addTags: (id, tags) => g(() => addTags(ctx, id, tags)),
    removeTag: (id, tag) => g(() => removeTag(ctx, id, tag)),
    addNote: (id, text) => g(() => addNote(ctx, id, text)),

    createSet: (name, ids) => g(() => createSet(ctx, name, ids)),
    listSets: () => g(() => listSets(ctx)),
    getSet: (name) => g(() => getSet(ctx, name)),
    deleteSet: (name) => g(() => deleteSet(ctx, name)),

    importCountry: (input, note) => g(() => importCountry(ctx, input, note ?? '')),
    listCountries: () => g(() => listCountries(ctx)),
    countryVersions: (code) => g(() => countryVersions(ctx, code)),
    getCountry: (code, version) => g(() => getCountry(ctx, code, version)),
    findCountry: (code) =>
      g(() => {
        const row = latestCountryRow(ctx, code);
        return row ? countryData(ctx, row) : undefined;
      }),
    countryVersionOf: (data) =>
      g(() => versionWithData(ctx, data.code, countryDataHash(data), countryDataHash)),

    saveDraft: (key, scenarioId, scenario, country) =>
      g(() => saveDraft(ctx, key, scenarioId, scenario, country)),
    listDrafts: () => g(() => listDrafts(ctx)),
    discardDraft: (key) => g(() => discardDraft(ctx, key)),

    createWorkshop: (input) => g(() => createWorkshop(ctx, input)),
    listWorkshops: () => g(() => listWorkshops(ctx)),
    getWorkshop: (id) => g(() => getWorkshop(ctx, id)),
    deleteWorkshop: (id) => g(() => deleteWorkshop(ctx, id)),
    importGroupFile: (id, group, input, fileName) =>
      g(() => importGroupFile(ctx, id, group, input, fileName)),
    refuseLockedBaseline: (id) => g(() => refuseLockedBaseline(ctx, id)),
  };
}
