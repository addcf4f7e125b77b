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
 * From this many countries on, a batch reads each shared file whole once; below, each country
 * finds its own rows, as a build alone does (it parses only the lines holding its code). Measured
 * in one process on the 2-core machine: 10 countries took 1.7-2.9 s found one by one and 4.0 s
 * with the files read whole; a country found alone costs about 0.2 s, all 236 about 15 s whole.
 */
export const READ_WHOLE_FROM = 20;

/**
 * Builds many countries in one run, each exactly as buildCountry builds it alone; from
 * READ_WHOLE_FROM countries on (and for 'all'), each shared file is read once for all of them (a
 * build alone reads about 40 MB of CSV). A country that cannot be built (a bad-input, not-found
 * error) is reported and the next one built; a bug stops the run. `readWhole` overrides the choice.
 */
export async function buildCountries(
  codes: readonly string[] | 'all',
  options: BatchOptions,
  listener: BatchListener,
  readWhole = codes === 'all' || codes.length >= READ_WHOLE_FROM,
): Promise<void> {
  const run = async (): Promise<void> => {
    const list = codes === 'all' ? await countriesWithPopulation(options) : codes;
    await listener.start(list);
    for (const [index, iso3] of list.entries()) {
      await listener.done(await buildOne(iso3, options), index);
    }
  };
  await (readWhole ? withCsvTableSource(new SharedTables(), run) : run());
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
