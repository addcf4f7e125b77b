import { useEffect, useState } from 'react';
import type { GlobalGap } from '#engine';
import type { CountryDbEntry } from '../../../../src/contract/country-db';
import { useApp } from '../../stores/store-context';

interface Loaded {
  gap: GlobalGap;
  entries: CountryDbEntry[];
}

/**
 * What the page shows: the newest gap answered (the previous year's while a new one runs), whether
 * one is running, and why the last request failed.
 */
export interface WorldData {
  loaded: Loaded | null;
  loading: boolean;
  error: unknown;
}

/** An answer and the request it answers (the year and the attempt). */
type Answer = { key: string } & ({ ok: true; loaded: Loaded } | { ok: false; error: unknown });

/**
 * The global gap of `year` (undefined: the engine's default) and the database's entries, asked for
 * again when the year changes or the user tries again (`attempt`). An answer to a request the user
 * has already left is dropped.
 */
export function useWorldData(year: number | undefined, attempt: number): WorldData {
  const gapRequested = useApp((s) => s.globalGapRequested);
  const databaseRequested = useApp((s) => s.countryDbListed);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [lastLoaded, setLastLoaded] = useState<Loaded | null>(null);
  const key = `${year ?? 'default'}/${attempt}`;
  useEffect(() => {
    let live = true;
    Promise.all([gapRequested(year), databaseRequested()])
      .then(([gap, listing]) => {
        if (!live) return;
        const loaded = { gap, entries: listing.countries };
        setAnswer({ key, ok: true, loaded });
        setLastLoaded(loaded);
      })
      .catch((error: unknown) => {
        if (live) setAnswer({ key, ok: false, error });
      });
    return () => {
      live = false;
    };
  }, [key, year, gapRequested, databaseRequested]);

  const answered = answer?.key === key;
  return {
    loaded: lastLoaded,
    loading: !answered,
    error: answered && !answer.ok ? answer.error : null,
  };
}
