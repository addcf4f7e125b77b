import { readFileSync } from 'node:fs';
import { countryGap } from '#engine';
import {
  COUNTRY_DATABASE_FILE,
  decodeCountryDatabase,
  type CountryDatabase,
} from '../../src/node/country-db/database-file';
import {
  gapCountries,
  iloGapPackage,
  runGlobalGap,
  DEFAULT_GAP_YEAR,
} from '../../src/node/global-gap/run-global-gap';
import { median, type BenchCase } from '../measure';

/**
 * `gap-all`: `spf gap --all`'s work, cold: the shipped database read and decompressed, every country
 * read and checked, the ILO package costed on each, the aggregates (target ≤ 10 s). Beside it, in the
 * same run: reading the database alone, and Kenya's gap alone times the number of countries, so the
 * line says how much of the time is the data and how much the costing.
 */
export function gapAllCases(): BenchCase[] {
  const readMs: number[] = [];
  const oneCountryMs: number[] = [];
  let countries = 0;
  let costed = 0;
  const read = (): CountryDatabase => decodeCountryDatabase(readFileSync(COUNTRY_DATABASE_FILE));
  return [
    {
      name: 'gap-all',
      runs: 3,
      warmup: 1,
      targetMs: 10_000,
      setup: () => {
        const scenario = iloGapPackage();
        for (let i = 0; i < 3; i++) {
          const t0 = performance.now();
          const db = read();
          readMs.push(performance.now() - t0);
          const [kenya] = gapCountries(db, ['KEN']);
          countries = db.countries.length;
          const t1 = performance.now();
          countryGap(scenario, kenya!, DEFAULT_GAP_YEAR);
          oneCountryMs.push(performance.now() - t1);
        }
      },
      run: () => {
        costed = runGlobalGap({ database: read() }).countries.length;
      },
      extra: () => ({
        countries,
        costed,
        readDatabaseMs: Number(median(readMs).toPrecision(4)),
        oneCountryMs: Number(median(oneCountryMs).toPrecision(4)),
        oneCountryTimesN: Number((median(oneCountryMs) * countries).toPrecision(4)),
      }),
    },
  ];
}
