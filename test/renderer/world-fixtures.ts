import type { CountryGap } from '#engine';

/** A country of the global gap with every figure 1 or 0 but what a test sets apart. */
export function countryGapOf(iso3: string, more: Partial<CountryGap> = {}): CountryGap {
  return {
    iso3,
    name: iso3,
    incomeGroup: 'low',
    region: 'Africa',
    currency: 'XXX',
    population: 1,
    gdpLcu: 1,
    gdpUsd: 1,
    gdpPerCapitaUsd: 1,
    costPctGdp: 0,
    costLcu: 0,
    costUsd: 0,
    currentSpendingPctGdp: 0,
    gapPctGdp: 0,
    gapLcu: 0,
    gapUsd: 0,
    byFunction: {},
    spendingUnknown: [],
    ...more,
  };
}
