import type { SliceContext } from '../types';
import type { WorldActions } from './world-types';

/** The World page's bridge calls; the page keeps what they answer in its own state. */
export function createWorldSlice({ deps }: SliceContext): WorldActions {
  return {
    globalGapRequested: (year) => deps.bridge('gap:all', year === undefined ? {} : { year }),
    countryDatabaseRequested: () => deps.bridge('countryDb:list', {}),
    countryFromDatabaseImported: async (iso3) =>
      (await deps.bridge('countryDb:import', { iso3 })).code,
  };
}
