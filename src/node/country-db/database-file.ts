/**
 * Reading and writing the country database (models/country-db/countries.json.br): one
 * brotli-compressed JSON document holding every country the public data build, with its key
 * figures, the countries they cannot build and the sources' attribution. Written by
 * scripts/country-database (a deterministic build: the same data give the same bytes).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { codedIssue, NotFoundError, readCountry, type CountryData } from '#engine';
import {
  COUNTRY_DATABASE_FORMAT,
  countryDbEntrySchema,
  databaseSourceSchema,
  unbuildableSchema,
  type CountryDbEntry,
  type CountryDbListing,
  type DatabaseSource,
  type UnbuildableCountry,
} from '../../contract/country-db';
import { MODELS_DIR } from '../bundled-models';
import { z } from 'zod';

export const COUNTRY_DATABASE_FILE = `${MODELS_DIR}country-db/countries.json.br`;

/** The document inside the compressed file. Countries are spf.country/1 objects, checked when read. */
export interface CountryDatabase {
  format: typeof COUNTRY_DATABASE_FORMAT;
  sources: DatabaseSource[];
  countries: { entry: CountryDbEntry; country: unknown }[];
  unbuildable: UnbuildableCountry[];
}

const databaseSchema = z.strictObject({
  format: z.literal(COUNTRY_DATABASE_FORMAT),
  sources: z.array(databaseSourceSchema).max(50),
  countries: z
    .array(z.strictObject({ entry: countryDbEntrySchema, country: z.unknown() }))
    .max(400),
  unbuildable: z.array(unbuildableSchema).max(400),
});

/**
 * Brotli at quality 9: a third of the size of gzip for these files, and about 1 s for the whole
 * database where quality 11 takes tens of seconds (the reproduce test builds it).
 */
const BROTLI_OPTIONS = {
  params: {
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_QUALITY]: 9,
  },
};

/** The file's bytes for a database: the same database always gives the same bytes. */
export function encodeCountryDatabase(db: CountryDatabase): Buffer {
  return brotliCompressSync(Buffer.from(JSON.stringify(db), 'utf8'), BROTLI_OPTIONS);
}

export function writeCountryDatabase(db: CountryDatabase, file: string): void {
  writeFileSync(file, encodeCountryDatabase(db));
}

/** Reads and checks a database file; a broken shipped file is a bug, not the user's input. */
export function decodeCountryDatabase(bytes: Buffer): CountryDatabase {
  const parsed = databaseSchema.safeParse(JSON.parse(brotliDecompressSync(bytes).toString('utf8')));
  if (!parsed.success) throw new Error(`country database is invalid: ${parsed.error.message}`);
  return parsed.data;
}

const loaded = new Map<string, CountryDatabase>();

/** The database in `file` (default: the one shipped in models/), read once per process. */
export function loadCountryDatabase(file = COUNTRY_DATABASE_FILE): CountryDatabase {
  let db = loaded.get(file);
  if (!db) {
    db = decodeCountryDatabase(readFileSync(file));
    loaded.set(file, db);
  }
  return db;
}

/** What a host lists: the entries, the countries that could not be built, the sources. */
export function countryDbListing(db = loadCountryDatabase()): CountryDbListing {
  return {
    countries: db.countries.map((c) => c.entry),
    unbuildable: db.unbuildable,
    sources: db.sources,
  };
}

/** One country's spf.country/1 object as the database holds it; unknown codes are not found. */
export function countryFileFromDatabase(iso3: string, db = loadCountryDatabase()): unknown {
  const code = iso3.trim().toUpperCase();
  const found = db.countries.find((c) => c.entry.iso3 === code);
  if (!found) throw new NotFoundError([codedIssue('iso3', 'countryDb.unknown', { code })]);
  return found.country;
}

/** One country of the database, checked as any country file is; unknown codes are not found. */
export function countryFromDatabase(iso3: string, db = loadCountryDatabase()): CountryData {
  const r = readCountry(countryFileFromDatabase(iso3, db));
  if (!r.ok) throw new Error(`country database: ${iso3} is invalid: ${JSON.stringify(r.issues)}`);
  return r.value;
}

/** Whether the database holds a country for `code` (any case): look-ups that fall back ask first. */
export function isInCountryDatabase(code: string, db = loadCountryDatabase()): boolean {
  const wanted = code.trim().toUpperCase();
  return db.countries.some((c) => c.entry.iso3 === wanted);
}
