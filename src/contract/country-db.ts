/**
 * The country database shipped with the app (models/country-db/countries.json.br, built by
 * scripts/country-database from ../shared/data; docs/country-data.md): what a host lists before a
 * user picks a country. Apart from bridge.ts so that the Node side can read the file without the
 * bridge's schemas.
 */
import { INCOME_GROUPS } from '#engine';
import { z } from 'zod';

/** The database file's format tag (the file is brotli-compressed JSON). */
export const COUNTRY_DATABASE_FORMAT = 'spf.countryDatabase/1';

const coded = z.strictObject({
  /** The field the remark is about, e.g. "spendingPctGdp.health". */
  path: z.string(),
  /** A code of the message catalogue (src/engine/messages) and its values. */
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type CodedRemark = z.infer<typeof coded>;

/** One country of the database, with the key figures shown before a user chooses it. */
export const countryDbEntrySchema = z.strictObject({
  iso3: z.string().regex(/^[A-Z]{3}$/),
  /** UN M49 numeric code (the world map's shapes are keyed by it); null when it has none. */
  m49: z.number().int().nullable(),
  names: z.strictObject({ en: z.string(), fr: z.string(), es: z.string() }),
  /** UN geoscheme region and sub-region (e.g. "Africa", "Eastern Africa"), in English. */
  region: z.string(),
  subregion: z.string(),
  baseYear: z.number().int(),
  currency: z.string(),
  /** Persons, base year. */
  population: z.number().nonnegative(),
  /** Nominal GDP of the base year, LCU and US dollars (at the IMF's exchange rate). */
  gdpLcu: z.number().positive(),
  gdpUsd: z.number().positive(),
  gdpPerCapitaUsd: z.number().positive(),
  /** World Bank income group of the base year (GDP per capita standing in for GNI per capita). */
  incomeGroup: z.enum(INCOME_GROUPS),
  /** Headcount under the country's default poverty line, fraction; null when the data have none. */
  povertyHeadcount: z.number().min(0).max(1).nullable(),
  /** Fallbacks and other remarks of the build (assumptions a user should know about). */
  warnings: z.array(coded).max(100),
});
export type CountryDbEntry = z.infer<typeof countryDbEntrySchema>;

/**
 * A country the public data cannot build, and why: the first problem of its build, as a catalogue
 * code with its values where it has one (else the English message), and the file it is about.
 */
export const unbuildableSchema = z.strictObject({
  iso3: z.string(),
  name: z.string(),
  path: z.string(),
  message: z.string(),
  code: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  source: z.string().optional(),
});
export type UnbuildableCountry = z.infer<typeof unbuildableSchema>;

/** A source the database was derived from, with the publisher's attribution and licence terms. */
export const databaseSourceSchema = z.strictObject({
  name: z.string(),
  publisher: z.string(),
  edition: z.string(),
  licence: z.string(),
  url: z.string(),
  attribution: z.string(),
});
export type DatabaseSource = z.infer<typeof databaseSourceSchema>;

/** What the bridge's `countryDb:list` answers: the entries, the sources and what is missing. */
export interface CountryDbListing {
  countries: CountryDbEntry[];
  unbuildable: UnbuildableCountry[];
  sources: DatabaseSource[];
}
