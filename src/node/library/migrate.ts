import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { SqliteDatabase } from './db';
import { LibraryError } from './errors';
import { sha256 } from './json';
import { MIGRATIONS, type Migration } from './migrations/index';

/** 'SPFC' in the file header, so another app's SQLite file is never mistaken for a library. */
export const APPLICATION_ID = 0x53504643;

export interface MigrationResult {
  /** Schema version before and after (the id of the last applied migration; 0 for a new file). */
  from: number;
  to: number;
  applied: number[];
  /** The copy made before migrating, or null (a new or in-memory library needs none). */
  backup: string | null;
}

interface AppliedRow {
  id: number;
  name: string;
  sha256: string;
}

export function migrationHash(m: Migration): string {
  return sha256(m.sql);
}

function hasTable(db: SqliteDatabase, name: string): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !==
    undefined
  );
}

function readApplied(db: SqliteDatabase): AppliedRow[] {
  if (!hasTable(db, 'schema_migrations')) return [];
  return db
    .prepare('SELECT id, name, sha256 FROM schema_migrations ORDER BY id')
    .all() as AppliedRow[];
}

function checkOwnFile(db: SqliteDatabase, path: string): void {
  const id = db.pragma('application_id', { simple: true }) as number;
  if (id === APPLICATION_ID) return;
  const tables = db
    .prepare("SELECT count(*) AS n FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    .get() as { n: number };
  if (id !== 0 || tables.n > 0) {
    throw LibraryError.coded('not-a-library', { code: 'library.otherProgram', params: { path } });
  }
}

/** Refuses a library made by a newer app, or one whose applied migrations have since been edited. */
function checkApplied(
  applied: readonly AppliedRow[],
  migrations: readonly Migration[],
  path: string,
): void {
  const known = new Map(migrations.map((m) => [m.id, m]));
  const newest = migrations.at(-1)?.id ?? 0;
  for (const row of applied) {
    const m = known.get(row.id);
    if (!m) {
      throw LibraryError.coded('newer-library', {
        code: 'library.newer',
        params: { path, schema: String(applied.at(-1)?.id), newest },
      });
    }
    const hash = migrationHash(m);
    if (hash !== row.sha256) {
      throw LibraryError.coded('migration-edited', {
        code: 'library.migrationEdited',
        params: {
          id: m.id,
          name: m.name,
          path,
          recorded: row.sha256.slice(0, 12),
          now: hash.slice(0, 12),
        },
      });
    }
  }
}

function timestamp(d: Date): string {
  return d.toISOString().replace(/[-:.]/g, '');
}

/** `library.sqlite` at version 1 → `library.backup-v1-20251122T064000123Z.sqlite`, next to it. */
export function backupPath(path: string, fromVersion: number, at: Date): string {
  const ext = extname(path);
  const stem = basename(path, ext);
  let candidate = join(
    dirname(path),
    `${stem}.backup-v${fromVersion}-${timestamp(at)}${ext || '.sqlite'}`,
  );
  for (let n = 2; existsSync(candidate); n++) {
    candidate = join(
      dirname(path),
      `${stem}.backup-v${fromVersion}-${timestamp(at)}-${n}${ext || '.sqlite'}`,
    );
  }
  return candidate;
}

/**
 * For a library opened only to read: checks that it is this app's and at the newest schema, without
 * writing anything (an upgrade needs a library that can be written).
 */
export function checkCurrent(
  db: SqliteDatabase,
  path: string,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationResult {
  checkOwnFile(db, path);
  const applied = readApplied(db);
  checkApplied(applied, migrations, path);
  const from = applied.at(-1)?.id ?? 0;
  if (!migrations.every((m) => applied.some((a) => a.id === m.id))) {
    throw LibraryError.coded('cannot-open', { code: 'library.upgradeReadOnly', params: { path } });
  }
  return { from, to: from, applied: [], backup: null };
}

/**
 * Brings the library to the newest schema. Before changing a library that has data it writes a
 * consistent copy next to it (VACUUM INTO), so a failed or regretted upgrade loses nothing; the
 * migrations then run in one immediate transaction, so two processes opening an old file at once
 * apply them exactly once.
 */
export function migrate(
  db: SqliteDatabase,
  path: string,
  migrations: readonly Migration[] = MIGRATIONS,
  now: () => Date = () => new Date(),
): MigrationResult {
  checkOwnFile(db, path);
  const before = readApplied(db);
  checkApplied(before, migrations, path);
  const from = before.at(-1)?.id ?? 0;
  const to = migrations.at(-1)?.id ?? 0;
  if (migrations.every((m) => before.some((a) => a.id === m.id))) {
    return { from, to: from, applied: [], backup: null };
  }
  const backup =
    from > 0 && path !== ':memory:' && path !== '' ? backupPath(path, from, now()) : null;
  if (backup) db.prepare('VACUUM INTO ?').run(backup);
  const applied: number[] = [];
  db.transaction(() => {
    // Another process may have migrated while this one made its backup.
    const current = readApplied(db);
    checkApplied(current, migrations, path);
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      id INTEGER PRIMARY KEY, name TEXT NOT NULL, sha256 TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const record = db.prepare(
      'INSERT INTO schema_migrations (id, name, sha256, applied_at) VALUES (?, ?, ?, ?)',
    );
    for (const m of migrations) {
      if (current.some((a) => a.id === m.id)) continue;
      m.up(db);
      record.run(m.id, m.name, migrationHash(m), now().toISOString());
      applied.push(m.id);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${to}`);
  }).immediate();
  return { from, to, applied, backup };
}

/** The schema version of an open library: the id of its last applied migration (0 when new). */
export function schemaVersion(db: SqliteDatabase): number {
  return readApplied(db).at(-1)?.id ?? 0;
}
