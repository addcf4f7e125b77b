/**
 * The scenario library (SQLite through better-sqlite3, which is imported nowhere else): scenarios with
 * every saved revision, a recycle bin, tags, notes, sets, and country data by version.
 */
export { openLibrary, type Library, type LibraryOptions } from './library';
export { LibraryError, type LibraryErrorCode } from './errors';
export type { BundledCountry } from './bundled-countries';
export type { CountrySummary, CountryVersionInfo, ImportResult, StoredCountry } from './countries';
/** The library stores notes and revision headlines in the bridge's own form. */
export type { RevisionHeadline, ScenarioNote } from '../../contract/bridge';
export type {
  OpenedScenario,
  RevisionInfo,
  SaveOptions,
  SaveResult,
  ScenarioDetails,
  ScenarioFilter,
  ScenarioSummary,
  StoredRevision,
} from './scenarios';
export { DEFAULT_PAGE_LIMIT, type ScenarioPage, type ScenarioPageQuery } from './scenario-page';
export type { SetDetails, SetMember, SetSummary } from './sets';
export type { MigrationResult } from './migrate';
export {
  WORKSHOP_LIMITS,
  groupScenarioName,
  workshopTag,
  type WorkshopDetails,
  type WorkshopGroup,
  type WorkshopGroupInput,
  type WorkshopInput,
  type WorkshopSummary,
} from './workshops';
