import type { GlobalGap } from '#engine';

/**
 * The World page's call to the privileged side (features/world); it lists and imports database
 * countries with the country slice's `countryDbListed` and `countryDbImported`.
 */
export interface WorldActions {
  /**
   * The financing gap of every country of the database (`gap:all`, a few seconds on the privileged
   * side, never in the page); `year` undefined asks for the engine's default year.
   */
  globalGapRequested: (year: number | undefined) => Promise<GlobalGap>;
}
