import { useEffect, useState } from 'react';
import type { CountryDbListing } from '../../../../src/contract/country-db';
import { useApp } from '../../stores/store-context';

export type CountryDbState =
  { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; listing: CountryDbListing };

/** The country database's listing, asked for once per mount (the host keeps the file in memory). */
export function useCountryDb(): CountryDbState {
  const listed = useApp((s) => s.countryDbListed);
  const [state, setState] = useState<CountryDbState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    listed()
      .then((listing) => {
        if (live) setState({ kind: 'ready', listing });
      })
      .catch(() => {
        if (live) setState({ kind: 'failed' });
      });
    return () => {
      live = false;
    };
  }, [listed]);
  return state;
}
