import { errorMessage, readCountry, type CountryData, type Issue } from '#engine';
import type { BundledCountry } from './bundled-countries';
import type { LibraryContext } from './context';
import { LibraryError } from './errors';
import { canonicalJson, sha256 } from './json';

/** One stored version of a country's data and where it came from. */
export interface CountryVersionInfo {
  code: string;
  version: number;
  name: string;
  sha256: string;
  importedAt: string;
  sourceNote: string;
  /** True for the countries shipped with the app. */
  bundled: boolean;
}

/** A country in the library: its latest version, and how many versions there are. */
export interface CountrySummary extends CountryVersionInfo {
  versions: number;
}

export interface StoredCountry extends CountryVersionInfo {
  /** The spf.country/1 JSON as imported. */
  json: string;
  data: CountryData;
}

export interface ImportResult {
  code: string;
  version: number;
  /** False when the same data was already stored: nothing was added. */
  created: boolean;
  warnings: Issue[];
}

export interface CountryRow {
  id: number;
  code: string;
  version: number;
  name: string;
  json: string;
  sha256: string;
  imported_at: string;
  source_note: string;
}

const INFO_COLUMNS = 'id, code, version, name, sha256, imported_at, source_note';

function isBundled(ctx: LibraryContext, code: string): boolean {
  return ctx.bundled.some((b) => b.code.toUpperCase() === code.toUpperCase());
}

function info(ctx: LibraryContext, row: Omit<CountryRow, 'json'>): CountryVersionInfo {
  return {
    code: row.code,
    version: row.version,
    name: row.name,
    sha256: row.sha256,
    importedAt: row.imported_at,
    sourceNote: row.source_note,
    bundled: isBundled(ctx, row.code),
  };
}

function byHash(ctx: LibraryContext, hash: string): CountryRow | undefined {
  return ctx.db.prepare('SELECT * FROM country_versions WHERE sha256 = ?').get(hash) as
    CountryRow | undefined;
}

export function latestCountryRow(ctx: LibraryContext, code: string): CountryRow | undefined {
  return ctx.db
    .prepare('SELECT * FROM country_versions WHERE code = ? ORDER BY version DESC LIMIT 1')
    .get(code.toUpperCase()) as CountryRow | undefined;
}

export function countryRowById(ctx: LibraryContext, id: number): CountryRow {
  const row = ctx.db.prepare('SELECT * FROM country_versions WHERE id = ?').get(id) as
    CountryRow | undefined;
  if (!row) throw new Error(`country version row ${id} is missing (foreign key broken)`);
  return row;
}

function versionCount(ctx: LibraryContext, code: string): number {
  return (
    ctx.db.prepare('SELECT count(*) AS n FROM country_versions WHERE code = ?').get(code) as {
      n: number;
    }
  ).n;
}

function notInLibrary(ctx: LibraryContext, code: string, path = ''): LibraryError {
  const bundled = ctx.bundled.map((b) => `"${b.code}"`).join(', ');
  return LibraryError.coded('country-not-found', {
    path,
    code: 'library.country.notFound',
    params: { code, bundled },
  });
}

/** A given version of a code, with a message listing the versions there are when it is missing. */
export function countryRowByVersion(
  ctx: LibraryContext,
  code: string,
  version: number,
  path = '',
): CountryRow {
  const upper = code.toUpperCase();
  const row = ctx.db
    .prepare('SELECT * FROM country_versions WHERE code = ? AND version = ?')
    .get(upper, version) as CountryRow | undefined;
  if (row) return row;
  const n = versionCount(ctx, upper);
  if (n === 0) throw notInLibrary(ctx, code, path);
  throw LibraryError.coded('country-version-not-found', {
    path,
    code: n === 1 ? 'library.country.noVersionOnlyOne' : 'library.country.noVersion',
    params: { code: upper, version, last: n },
  });
}

/** The latest version of a code, or an error naming the code. */
export function requireLatestCountry(ctx: LibraryContext, code: string, path = ''): CountryRow {
  const row = latestCountryRow(ctx, code);
  if (!row) throw notInLibrary(ctx, code, path);
  return row;
}

function insertVersion(
  ctx: LibraryContext,
  code: string,
  name: string,
  json: string,
  hash: string,
  note: string,
): CountryRow {
  const next = (
    ctx.db
      .prepare('SELECT coalesce(max(version), 0) + 1 AS v FROM country_versions WHERE code = ?')
      .get(code) as { v: number }
  ).v;
  const importedAt = ctx.now();
  const r = ctx.db
    .prepare(
      'INSERT INTO country_versions (code, version, name, json, sha256, imported_at, source_note) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    .run(code, next, name, json, hash, importedAt, note);
  return {
    id: Number(r.lastInsertRowid),
    code,
    version: next,
    name,
    json,
    sha256: hash,
    imported_at: importedAt,
    source_note: note,
  };
}

const bundledHashes = new WeakMap<BundledCountry, { json: string; hash: string; name: string }>();

function bundledForm(b: BundledCountry): { json: string; hash: string; name: string } {
  let form = bundledHashes.get(b);
  if (!form) {
    const value = JSON.parse(b.text) as { name?: unknown };
    form = {
      json: JSON.stringify(value),
      hash: sha256(canonicalJson(value)),
      name: typeof value.name === 'string' ? value.name : b.code,
    };
    bundledHashes.set(b, form);
  }
  return form;
}

/**
 * Makes sure the data each bundled country has in this app is stored as one of its versions. A new app
 * release with new training data adds a version; scenarios saved before keep the one they used.
 */
export function ensureBundledCountries(ctx: LibraryContext): void {
  const missing = ctx.bundled.filter((b) => !byHash(ctx, bundledForm(b).hash));
  if (missing.length === 0) return;
  ctx.write(() => {
    for (const b of missing) {
      const form = bundledForm(b);
      if (!byHash(ctx, form.hash)) {
        insertVersion(ctx, b.code.toUpperCase(), form.name, form.json, form.hash, b.sourceNote);
      }
    }
  });
}

/**
 * Stores a spf.country/1 file. Changed data becomes the code's next version; data already stored (by
 * its canonical hash, so spacing and key order do not count) is not stored again.
 */
export function importCountry(
  ctx: LibraryContext,
  input: unknown,
  sourceNote: string,
): ImportResult {
  // Read what was given (for messages about it), then exactly the text to store (so it reads back).
  const given = readCountry(input);
  if (!given.ok) throw LibraryError.make('invalid', given.issues);
  let json: string | undefined;
  try {
    json = JSON.stringify(input);
  } catch (e) {
    throw LibraryError.coded('invalid', {
      code: 'library.notJson',
      params: { reason: errorMessage(e) },
    });
  }
  if (json === undefined) throw LibraryError.coded('invalid', { code: 'library.notAnObject' });
  const value = JSON.parse(json) as unknown;
  const r = readCountry(value);
  if (!r.ok) throw LibraryError.make('invalid', r.issues);
  const code = r.value.code.toUpperCase();
  if (isBundled(ctx, code)) {
    throw LibraryError.coded('reserved-country', {
      path: 'code',
      code: 'library.country.reserved',
      params: { given: r.value.code, code },
    });
  }
  const hash = sha256(canonicalJson(value));
  return ctx.write(() => {
    const existing = byHash(ctx, hash);
    if (existing) {
      return {
        code: existing.code,
        version: existing.version,
        created: false,
        warnings: r.warnings,
      };
    }
    const row = insertVersion(ctx, code, r.value.name, json, hash, sourceNote);
    return { code, version: row.version, created: true, warnings: r.warnings };
  });
}

/** Every country: the latest version of each code, with the number of versions. */
export function listCountries(ctx: LibraryContext): CountrySummary[] {
  const rows = ctx.db
    .prepare(
      `SELECT ${INFO_COLUMNS}, (SELECT count(*) FROM country_versions v WHERE v.code = c.code) AS versions
       FROM country_versions c
       WHERE c.version = (SELECT max(version) FROM country_versions v WHERE v.code = c.code)
       ORDER BY c.code`,
    )
    .all() as (Omit<CountryRow, 'json'> & { versions: number })[];
  return rows.map((row) => ({ ...info(ctx, row), versions: row.versions }));
}

/** Every version of one code, oldest first. */
export function countryVersions(ctx: LibraryContext, code: string): CountryVersionInfo[] {
  const rows = ctx.db
    .prepare(`SELECT ${INFO_COLUMNS} FROM country_versions WHERE code = ? ORDER BY version`)
    .all(code.toUpperCase()) as Omit<CountryRow, 'json'>[];
  if (rows.length === 0) throw notInLibrary(ctx, code);
  return rows.map((row) => info(ctx, row));
}

/** The checked data of a stored version; versions never change, so each is read once. */
export function countryData(ctx: LibraryContext, row: CountryRow): CountryData {
  const cached = ctx.countryCache.get(row.id);
  if (cached) return cached;
  const r = readCountry(JSON.parse(row.json) as unknown);
  if (!r.ok) {
    throw LibraryError.stored(r.issues, { country: row.code, version: row.version });
  }
  ctx.countryCache.set(row.id, r.value);
  return r.value;
}

export function storedCountry(ctx: LibraryContext, row: CountryRow): StoredCountry {
  return { ...info(ctx, row), json: row.json, data: countryData(ctx, row) };
}

/** A country by code: the given version, or the latest. */
export function getCountry(ctx: LibraryContext, code: string, version?: number): StoredCountry {
  const row =
    version === undefined
      ? requireLatestCountry(ctx, code)
      : countryRowByVersion(ctx, code, version);
  return storedCountry(ctx, row);
}

/**
 * The library version of `code` whose data are exactly `data` (both as read, compared by the hash of
 * their canonical JSON), or undefined. A scenario saved with unchanged country data can then link that
 * version instead of carrying a copy, and reads as "version N" rather than as edited data.
 */
export function versionWithData(
  ctx: LibraryContext,
  code: string,
  dataHash: string,
  hashOf: (data: CountryData) => string,
): number | undefined {
  const rows = ctx.db
    .prepare('SELECT * FROM country_versions WHERE code = ? ORDER BY version DESC')
    .all(code.toUpperCase()) as CountryRow[];
  return rows.find((row) => hashOf(countryData(ctx, row)) === dataHash)?.version;
}
