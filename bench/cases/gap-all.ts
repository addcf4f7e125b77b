import { readFileSync } from 'node:fs';
import { globalGap } from '#engine';
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
 * same run, the three steps timed apart (reading the database, checking its countries, costing them
 * all once checked), so the line says where the time goes.
 */
export function gapAllCases(): BenchCase[] {
  const steps = { read: [] as number[], check: [] as number[], cost: [] as number[] };
  let countries = 0;
  let costed = 0;
  const read = (): CountryDatabase => decodeCountryDatabase(readFileSync(COUNTRY_DATABASE_FILE));
  const ms = (xs: number[]) => Number(median(xs).toPrecision(4));
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
          const t1 = performance.now();
          const inputs = gapCountries(db);
          const t2 = performance.now();
          globalGap(scenario, inputs, DEFAULT_GAP_YEAR);
          const t3 = performance.now();
          steps.read.push(t1 - t0);
          steps.check.push(t2 - t1);
          steps.cost.push(t3 - t2);
          countries = db.countries.length;
        }
      },
      run: () => {
        costed = runGlobalGap({ database: read() }).countries.length;
      },
      extra: () => ({
        countries,
        costed,
        readDatabaseMs: ms(steps.read),
        checkCountriesMs: ms(steps.check),
        costAllMs: ms(steps.cost),
      }),
    },
  ];
}
