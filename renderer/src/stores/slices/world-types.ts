import type { GlobalGap } from '#engine';
import type { CountryDbListing } from '../../../../src/contract/country-db';

/** The World page's calls to the privileged side (features/world). */
export interface WorldActions {
  /**
   * The financing gap of every country of the database (`gap:all`, a few seconds on the privileged
   * side, never in the page); `year` undefined asks for the engine's default year.
   */
  globalGapRequested: (year: number | undefined) => Promise<GlobalGap>;
  /** The country database's entries: names in three languages and the map's M49 codes. */
  countryDatabaseRequested: () => Promise<CountryDbListing>;
  /** Adds a database country to the library (harmless when it is there already); its library code. */
  countryFromDatabaseImported: (iso3: string) => Promise<string>;
}
