import { fileURLToPath } from 'node:url';
import { buildCountry } from '../../src/node/country-build/build-country';
import { median, percentile, type BenchCase } from '../measure';

/** ../shared/data beside the checkout: the public data the builder reads. */
const DATA_DIR = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

/**
 * `country-build`: Kenya from ../shared/data (every file streamed and parsed once per build). The
 * build is asynchronous and measure() times synchronous runs, so the builds are timed one at a time
 * in `setup` (after one untimed warm-up) and reported through `extra`, which sets medianMs and p95Ms.
 */
export function countryBuildCases(): BenchCase[] {
  const runs = 5;
  const times: number[] = [];
  return [
    {
      name: 'country-build',
      runs,
      warmup: 0,
      setup: async () => {
        await buildCountry({ iso3: 'KEN', dataDir: DATA_DIR });
        for (let i = 0; i < runs; i++) {
          const start = performance.now();
          await buildCountry({ iso3: 'KEN', dataDir: DATA_DIR });
          times.push(performance.now() - start);
        }
      },
      run: () => undefined,
      extra: () => ({
        medianMs: Number(median(times).toPrecision(4)),
        p95Ms: Number(percentile(times, 0.95).toPrecision(4)),
      }),
    },
  ];
}
