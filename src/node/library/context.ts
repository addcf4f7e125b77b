import type { CountryData } from '#engine';
import type { BundledCountry } from './bundled-countries';
import type { SqliteDatabase } from './db';

/** What the repository functions share: the connection, the clock, and the bundled countries. */
export interface LibraryContext {
  db: SqliteDatabase;
  path: string;
  /** The time to record, ISO 8601 in UTC. */
  now: () => string;
  bundled: readonly BundledCountry[];
  /** Parsed country versions by row id: stored versions never change. */
  countryCache: Map<number, CountryData>;
  /** Runs `fn` in one immediate transaction (a savepoint when nested): all of it or nothing. */
  write: <T>(fn: () => T) => T;
}
