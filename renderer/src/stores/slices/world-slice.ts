import type { SliceContext } from '../types';
import type { WorldActions } from './world-types';

/**
 * The World page's bridge call (the database's entries and imports are the country slice's); the
 * page keeps what it answers in its own state.
 */
export function createWorldSlice({ deps }: SliceContext): WorldActions {
  return {
    globalGapRequested: (year) => deps.bridge('gap:all', year === undefined ? {} : { year }),
  };
}
