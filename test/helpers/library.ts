/**
 * Helpers for scenario-library tests: a fresh library file per test, scenario and country files, a
 * fingerprint of everything a library holds (to prove a refused change changed nothing), and libraries
 * made at any earlier schema version (to test every upgrade).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SCENARIO_FILE } from '../../src/node/bundled-models';
import { openDatabase, type SqliteDatabase } from '../../src/node/library/db';
import { migrate } from '../../src/node/library/migrate';
import { MIGRATIONS } from '../../src/node/library/migrations/index';
import {
  LibraryError,
  openLibrary,
  type Library,
  type LibraryOptions,
} from '../../src/node/library/index';
import { fileBenefit, fileScenario, flatCountry } from './fixtures';

export function tempDir(prefix = 'spf-library-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A path for a library file that does not exist yet, in its own temporary folder. */
export function tempLibraryPath(): string {
  return join(tempDir(), 'library.sqlite');
}

/** A clock that moves one second per call, so orderings by time are certain. */
export function steppingClock(start = Date.UTC(2025, 10, 1, 9, 0, 0)): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}

export function openTestLibrary(path = tempLibraryPath(), options: LibraryOptions = {}): Library {
  return openLibrary(path, { now: steppingClock(), ...options });
}

/** The bundled default package as its file (on the training country XTA), with fields replaced. */
export function defaultScenarioFile(
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const file = JSON.parse(readFileSync(DEFAULT_SCENARIO_FILE, 'utf8')) as Record<string, unknown>;
  return { ...file, ...overrides };
}

/** The flat test country (fixtures.ts) under another code: hand-checkable costs, 2025-2030. */
export function testCountry(
  code = 'KEN',
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return flatCountry({ code, name: `${code} (test country)`, ...overrides });
}

/** A one-benefit scenario on a country code (not inline), 2025-2030. */
export function scenarioOn(
  code: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return fileScenario([fileBenefit()], {
    country: code,
    name: `Child benefit on ${code}`,
    ...overrides,
  });
}

export function writeJson(dir: string, name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value, null, 2));
  return path;
}

function withDatabase<T>(path: string, fn: (db: SqliteDatabase) => T): T {
  const db = openDatabase(path, { create: false });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** Rows in every table of the library (sqlite's own tables aside). */
export function rowCounts(path: string): Record<string, number> {
  return withDatabase(path, (db) => {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[];
    return Object.fromEntries(
      tables.map((t) => [
        t.name,
        (db.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n,
      ]),
    );
  });
}

/**
 * A hash of everything the library holds: its schema and every row of every table, in rowid order.
 * Equal fingerprints mean equal logical content, whatever SQLite did to the pages of the file.
 */
export function fingerprint(path: string): string {
  return withDatabase(path, (db) => {
    const hash = createHash('sha256');
    const objects = db
      .prepare(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { type: string; name: string; sql: string | null }[];
    for (const o of objects) {
      hash.update(`${o.type} ${o.name} ${o.sql ?? ''}\n`);
      if (o.type !== 'table') continue;
      // Tables without a rowid (the full-text index's own) are read in their key's order.
      const order = o.sql?.includes('WITHOUT ROWID') ? '1' : 'rowid';
      for (const row of db.prepare(`SELECT * FROM "${o.name}" ORDER BY ${order}`).iterate()) {
        hash.update(`${JSON.stringify(row)}\n`);
      }
    }
    hash.update(`application_id ${String(db.pragma('application_id', { simple: true }))}\n`);
    return hash.digest('hex');
  });
}

export function integrityCheck(path: string): string {
  return withDatabase(path, (db) => String(db.pragma('integrity_check', { simple: true })));
}

/** Runs raw SQL on a library file (to build old versions or damage one on purpose). */
export function rawSql<T>(path: string, fn: (db: SqliteDatabase) => T): T {
  return withDatabase(path, fn);
}

/**
 * Data as a user of each schema version would have left it, written with that version's SQL (today's
 * repository code only knows the newest schema). Each function adds what its version introduced.
 */
export const SEEDS: Record<number, (db: SqliteDatabase) => void> = {
  1: (db) => {
    const country = JSON.stringify(testCountry('OLD'));
    db.prepare(
      `INSERT INTO country_versions (id, code, version, name, json, sha256, imported_at, source_note)
       VALUES (1, 'OLD', 1, 'OLD (test country)', ?, 'seed-hash-old-1', '2024-01-02T03:04:05.000Z', 'seeded at v1')`,
    ).run(country);
    db.prepare(
      `INSERT INTO scenarios (id, name, country_code, last_rev, created_at, updated_at)
       VALUES (1, 'Seeded at v1', 'OLD', 2, '2024-01-02T03:04:05.000Z', '2024-01-03T03:04:05.000Z')`,
    ).run();
    const insert = db.prepare(
      `INSERT INTO revisions (scenario_id, rev, saved_at, note, json, country_code, country_version_id)
       VALUES (1, ?, ?, ?, ?, 'OLD', 1)`,
    );
    insert.run(
      1,
      '2024-01-02T03:04:05.000Z',
      'first',
      JSON.stringify(scenarioOn('OLD', { name: 'Seeded at v1' }), null, 2),
    );
    insert.run(
      2,
      '2024-01-03T03:04:05.000Z',
      'second',
      JSON.stringify(scenarioOn('OLD', { name: 'Seeded at v1', years: [2025, 2028] }), null, 2),
    );
  },
  2: (db) => {
    db.prepare("INSERT INTO tags (scenario_id, tag) VALUES (1, 'seeded')").run();
    db.prepare(
      "INSERT INTO notes (scenario_id, created_at, text) VALUES (1, '2024-02-01T00:00:00.000Z', 'seeded note')",
    ).run();
    db.prepare(
      "INSERT INTO sets (id, name, created_at, updated_at) VALUES (1, 'seeded set', '2024-02-01T00:00:00.000Z', '2024-02-01T00:00:00.000Z')",
    ).run();
    db.prepare('INSERT INTO set_members (set_id, scenario_id, position) VALUES (1, 1, 0)').run();
  },
  3: (db) => {
    db.prepare(
      `INSERT INTO drafts (key, scenario_id, saved_at, scenario_json, country_json)
       VALUES ('seeded-draft', 1, '2024-03-01T00:00:00.000Z', '{"name":"half-edited"}', '{}')`,
    ).run();
  },
  4: (db) => {
    // The app's headline when it saved revision 2: 2028 at 1.5% of GDP, 12,000 million OLD.
    db.prepare(
      `UPDATE revisions SET headline_json = '{"year":2028,"pctGdp":0.015,"cost":12000000000,"currency":"OLD"}'
       WHERE scenario_id = 1 AND rev = 2`,
    ).run();
  },
  // Version 5 adds only the list's indexes: no new data to seed.
  5: () => undefined,
  6: (db) => {
    // A workshop on scenario 1 (its revision 2) with two groups; the second's copy was removed for good.
    db.prepare(
      `INSERT INTO workshops (id, name, country_code, baseline_id, baseline_rev, envelope_year, created_at)
       VALUES (1, 'Seeded workshop', 'OLD', 1, 2, 2027, '2024-04-01T00:00:00.000Z')`,
    ).run();
    db.prepare(
      `INSERT INTO workshop_groups (workshop_id, position, name, envelope_pct_gdp, scenario_id)
       VALUES (1, 1, 'Group 1', 0.05, 1), (1, 2, 'Group 2', 0.04, NULL)`,
    ).run();
  },
};

export const LATEST_VERSION = MIGRATIONS.at(-1)!.id;

/**
 * A library file at schema `version` (0: an empty file), made by the migrations of that time and
 * filled with the data of every version up to it.
 */
export function createDatabaseAtVersion(path: string, version: number): void {
  const db = openDatabase(path, { create: true });
  try {
    if (version > 0) {
      migrate(db, path, MIGRATIONS.slice(0, version));
      for (let v = 1; v <= version; v++) SEEDS[v]?.(db);
    }
  } finally {
    db.close();
  }
}

/** The library error `fn` throws; fails the test if it throws nothing or something else. */
export function thrownLibraryError(fn: () => unknown): LibraryError {
  try {
    fn();
  } catch (e) {
    if (e instanceof LibraryError) return e;
    throw e;
  }
  throw new Error('expected a LibraryError');
}
