/**
 * The command line's use of the country database shipped with the app (models/country-db):
 * `spf countries list --database`, `spf countries import --database CODE`, and the fallback of
 * `spf cost` and `spf scenarios new` to it for a code the scenario library does not hold.
 */
import Papa from 'papaparse';
import { formatIssueIn, codedIssue, type CountryData } from '#engine';
import type { CountryDbEntry } from '../contract/country-db';
import { SAFE_UNPARSE } from '../contract/spreadsheet-text';
import type { Library } from '../node/library/index';
import {
  countryDbListing,
  countryFileFromDatabase,
  countryFromDatabase,
  isInCountryDatabase,
} from '../node/country-db/database-file';
import type { CliIo } from './cli-io';
import { table } from './library-commands';

export const DATABASE_NOTE = 'from the country database (models/country-db)';

/**
 * The database's country for a code the library does not hold, with a note on stderr saying so
 * (the library keeps a user's edited versions; the database only what the public data give).
 */
export function countryFromDatabaseWithNote(code: string, io: CliIo): CountryData | undefined {
  if (!isInCountryDatabase(code)) return undefined;
  const country = countryFromDatabase(code);
  const params = { code: country.code, name: country.name, year: country.baseYear };
  const note = codedIssue('', 'countryDb.fromDatabase', params);
  io.err(`note: ${formatIssueIn(note, io.lang ?? 'en')}\n`);
  return country;
}

/** Imports a database country into the library and says what happened. */
export function importFromDatabase(library: Library, code: string, io: CliIo): void {
  const r = library.importCountry(countryFileFromDatabase(code), DATABASE_NOTE);
  io.out(
    r.created
      ? `Imported ${r.code} version ${r.version} from the country database\n`
      : `${r.code} version ${r.version} already has exactly this data; nothing was imported\n`,
  );
}

export const DATABASE_FORMATS = ['table', 'json', 'csv'] as const;
export type DatabaseFormat = (typeof DATABASE_FORMATS)[number];

const COLUMNS = [
  'iso3',
  'name',
  'region',
  'baseYear',
  'currency',
  'population',
  'gdpUsd',
  'gdpPerCapitaUsd',
  'incomeGroup',
  'povertyHeadcount',
  'warnings',
] as const;

/** A row of raw values (persons, USD, fraction) for CSV. */
function csvRow(e: CountryDbEntry): (string | number)[] {
  return [
    e.iso3,
    e.names.en,
    e.region,
    e.baseYear,
    e.currency,
    e.population,
    e.gdpUsd,
    e.gdpPerCapitaUsd,
    e.incomeGroup,
    e.povertyHeadcount ?? '',
    e.warnings.length,
  ];
}

const fixed = (x: number, digits: number) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A row as people read it: millions of persons, billions of USD, percent. */
function tableRow(e: CountryDbEntry): string[] {
  return [
    e.iso3,
    e.names.en,
    e.region,
    String(e.baseYear),
    e.currency,
    fixed(e.population / 1e6, 1),
    fixed(e.gdpUsd / 1e9, 1),
    fixed(e.gdpPerCapitaUsd, 0),
    e.incomeGroup,
    e.povertyHeadcount === null ? '' : fixed(e.povertyHeadcount * 100, 1),
    String(e.warnings.length),
  ];
}

/** `spf countries list --database`: every entry with its key figures. */
export function listDatabase(format: DatabaseFormat, io: CliIo): void {
  const { countries, unbuildable } = countryDbListing();
  if (format === 'json') {
    io.out(`${JSON.stringify(countries, null, 2)}\n`);
    return;
  }
  if (format === 'csv') {
    io.out(
      `${Papa.unparse({ fields: [...COLUMNS], data: countries.map(csvRow) }, SAFE_UNPARSE)}\n`,
    );
    return;
  }
  const headers = [
    'iso3',
    'name',
    'region',
    'year',
    'currency',
    'pop (M)',
    'GDP (USD bn)',
    'GDP/cap (USD)',
    'income group',
    'poverty %',
    'warnings',
  ];
  const right = headers.slice(5, 8).concat('poverty %', 'warnings');
  io.out(table(headers, countries.map(tableRow), right));
  io.err(
    `${countries.length} countries; ${unbuildable.length} codes of the public data cannot be built (docs/country-data.md)\n`,
  );
}
