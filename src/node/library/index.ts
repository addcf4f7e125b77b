/**
 * The scenario library (SQLite through better-sqlite3, which is imported nowhere else): scenarios with
 * every saved revision, a recycle bin, tags, notes, sets, and country data by version.
 */
export { openLibrary, type Library, type LibraryOptions } from './library';
export { LibraryError, type LibraryErrorCode } from './errors';
export type { ScenarioNote } from './annotations';
export type { BundledCountry } from './bundled-countries';
export type { CountrySummary, CountryVersionInfo, ImportResult, StoredCountry } from './countries';
export type {
  OpenedScenario,
  RevisionHeadline,
  RevisionInfo,
  SaveOptions,
  SaveResult,
  ScenarioDetails,
  ScenarioFilter,
  ScenarioSummary,
  StoredRevision,
} from './scenarios';
export type { SetDetails, SetMember, SetSummary } from './sets';
export type { MigrationResult } from './migrate';
