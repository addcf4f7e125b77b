/**
 * Builds the country database shipped in models/country-db from the public data in ../shared/data:
 * every country `spf country build --all` builds, with its key figures (scripts/country-database/
 * database-entry.ts), and the countries it cannot build with their reasons.
 *
 *   npm run build:countries            (writes models/country-db/countries.json.br)
 *   npx tsx scripts/country-database/build-database.ts --data DIR --out FILE
 */
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CountryData } from '#engine';
import { COUNTRY_DATABASE_FORMAT, type UnbuildableCountry } from '../../src/contract/country-db';
import { buildCountries, type CountryOutcome } from '../../src/node/country-build/build-batch';
import { scanCsv } from '../../src/node/shared-data/csv-scan';
import { imfCode, sharedFilePaths } from '../../src/node/shared-data/shared-files';
import {
  COUNTRY_DATABASE_FILE,
  writeCountryDatabase,
  type CountryDatabase,
} from '../../src/node/country-db/database-file';
import { DATABASE_SOURCES } from './database-sources';
import { databaseEntry, namesOf } from './database-entry';

/** The default folder of the public data: ../shared/data beside the repository. */
export const DEFAULT_DATA_DIR = resolve(import.meta.dirname, '../../../shared/data');

function unbuildable(outcome: CountryOutcome & { ok: false }): UnbuildableCountry {
  const { issues, source } = outcome.error;
  const issue = issues[0] ?? { path: '', message: outcome.error.message };
  return {
    iso3: outcome.iso3,
    name: namesOf(outcome.iso3, outcome.iso3).names.en,
    path: issue.path,
    message: issue.message,
    ...(issue.code ? { code: issue.code } : {}),
    ...(issue.params ? { params: { ...issue.params } } : {}),
    ...(source ? { source: basename(source) } : {}),
  };
}

/**
 * The IMF's GDP in US dollars (NGDPD, billions), by IMF code and year. The country file holds the
 * exchange rate NGDP / NGDPD rounded to 3 decimals in ../shared/data, so GDP in LCU divided by it
 * is off by up to 0.0005 / rate (3e-6 for Kenya); the entry shows the IMF's own figure instead.
 */
async function imfGdpUsd(dataDir: string): Promise<Map<string, number>> {
  const file = sharedFilePaths(dataDir).imfWeo;
  const table = await scanCsv(file, {
    required: ['iso3', 'indicator', 'year', 'value'],
    filter: { column: 'indicator', values: ['NGDPD'] },
  });
  const column = (name: string) => table.header.indexOf(name);
  const [iso3, year, value] = [column('iso3'), column('year'), column('value')];
  const out = new Map<string, number>();
  for (const row of table.rows) {
    const v = Number(row.values[value]);
    if (row.values[value]!.trim() !== '' && Number.isFinite(v)) {
      out.set(`${row.values[iso3]!.trim()} ${row.values[year]!.trim()}`, v * 1e9);
    }
  }
  return out;
}

/** Every country of the data, in code order, as one database document. */
export async function buildCountryDatabase(dataDir = DEFAULT_DATA_DIR): Promise<CountryDatabase> {
  const gdpUsd = await imfGdpUsd(dataDir);
  const db: CountryDatabase = {
    format: COUNTRY_DATABASE_FORMAT,
    sources: DATABASE_SOURCES,
    countries: [],
    unbuildable: [],
  };
  await buildCountries(
    'all',
    { dataDir },
    {
      start() {},
      done(outcome) {
        if (!outcome.ok) {
          db.unbuildable.push(unbuildable(outcome));
          return;
        }
        const { country, codedNotes } = outcome.result;
        const published = gdpUsd.get(`${imfCode(country.code)} ${country.baseYear}`);
        db.countries.push({
          entry: databaseEntry(country, codedNotes, published),
          country: compact(country),
        });
      },
    },
  );
  return db;
}

/** The country as its file would hold it (the same JSON a single `spf country build` writes). */
function compact(country: CountryData): unknown {
  return JSON.parse(JSON.stringify(country)) as unknown;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, out: { type: 'string' } },
  });
  const started = Date.now();
  const db = await buildCountryDatabase(values.data ?? DEFAULT_DATA_DIR);
  const out = values.out ?? COUNTRY_DATABASE_FILE;
  writeCountryDatabase(db, out);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `${out}: ${db.countries.length} countries, ${db.unbuildable.length} not buildable (${seconds} s)`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await main();
}
