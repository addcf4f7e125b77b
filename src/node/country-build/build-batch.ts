import { SpfError } from '#engine';
import { scanCsv, withCsvTableSource } from '../shared-data/csv-scan';
import { sharedFilePaths } from '../shared-data/shared-files';
import { buildCountry, type BuildCountryOptions, type BuildCountryResult } from './build-country';
import { SharedTables } from './shared-tables';

/** The options every country of a batch is built with (one progress is the batch's own). */
export type BatchOptions = Omit<BuildCountryOptions, 'iso3' | 'onProgress'>;

/** One country of a batch: built, or refused with the problems a user can act on. */
export type CountryOutcome = { iso3: string; ok: true; result: BuildCountryResult } | FailedCountry;

/** A country a batch could not build, and why. */
export interface FailedCountry {
  iso3: string;
  ok: false;
  error: SpfError;
}

export interface BatchListener {
  /** The codes about to be built, in order (those of `--all` are known once the data are read). */
  start(codes: readonly string[]): void | Promise<void>;
  /** A country is done; the next is built once this returns. */
  done(outcome: CountryOutcome, index: number): void | Promise<void>;
}

/**
 * Builds many countries in one run, each exactly as buildCountry builds it alone, reading each
 * shared file once for all of them (a build alone reads about 40 MB of CSV). A country that cannot
 * be built (a bad-input, not-found error) is reported and the next one built; a bug stops the run.
 */
export async function buildCountries(
  codes: readonly string[] | 'all',
  options: BatchOptions,
  listener: BatchListener,
): Promise<void> {
  await withCsvTableSource(new SharedTables(), async () => {
    const list = codes === 'all' ? await countriesWithPopulation(options) : codes;
    await listener.start(list);
    for (const [index, iso3] of list.entries()) {
      await listener.done(await buildOne(iso3, options), index);
    }
  });
}

async function buildOne(iso3: string, options: BatchOptions): Promise<CountryOutcome> {
  try {
    return { iso3, ok: true, result: await buildCountry({ ...options, iso3 }) };
  } catch (e) {
    if (e instanceof SpfError && e.kind !== 'internal') return { iso3, ok: false, error: e };
    throw e;
  }
}

/**
 * Every country the UN gives a population for: the codes with a `pop_total_thousands` value in the
 * WPP 2024 annual indicators (236 in ../shared/data), alphabetical.
 */
export async function countriesWithPopulation(
  options: Pick<BatchOptions, 'dataDir' | 'files'>,
): Promise<string[]> {
  const file = sharedFilePaths(options.dataDir, options.files).wpp2024Indicators;
  const table = await scanCsv(file, { required: ['iso3', 'pop_total_thousands'] });
  const code = table.header.indexOf('iso3');
  const population = table.header.indexOf('pop_total_thousands');
  const codes = new Set<string>();
  for (const row of table.rows) {
    if (row.values[population]!.trim() !== '') codes.add(row.values[code]!.trim().toUpperCase());
  }
  return [...codes].sort();
}
