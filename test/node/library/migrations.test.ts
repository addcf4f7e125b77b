import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/node/library/index';
import { openDatabase } from '../../../src/node/library/db';
import {
  backupPath,
  migrate,
  migrationHash,
  schemaVersion,
} from '../../../src/node/library/migrate';
import { MIGRATIONS } from '../../../src/node/library/migrations/index';
import {
  createDatabaseAtVersion,
  fingerprint,
  integrityCheck,
  LATEST_VERSION,
  rawSql,
  SEEDS,
  tempLibraryPath,
  thrownLibraryError,
} from '../../helpers/library';

/**
 * The sha256 of every released migration. A migration that has reached users must never change (their
 * libraries recorded this hash); put a change in a new migration and add its hash here.
 */
const RELEASED = [
  {
    id: 1,
    name: 'initial',
    sha256: 'a4f2988372a88a6a97f0939cbac8aefa0fb640d789e4343b35d92cdb026cb6f4',
  },
  {
    id: 2,
    name: 'tags-notes-sets',
    sha256: '0298d7b90ef7556ba757a692d023eecf4ad010ecb68110ce072b07e837ee7d43',
  },
  {
    id: 3,
    name: 'drafts',
    sha256: '39ab262a741745afc772cb2aade7d1855985a064281b829ba955b387521e6f57',
  },
];

const libraryError = thrownLibraryError;

describe('the migration list', () => {
  it('is numbered 1, 2, 3, … with a seed of test data for every version', () => {
    expect(MIGRATIONS.map((m) => m.id)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    for (const m of MIGRATIONS)
      expect(SEEDS[m.id], `SEEDS[${m.id}] in test/helpers/library.ts`).toBeDefined();
  });

  it("has not changed a released migration (their hashes are recorded in users' libraries)", () => {
    const now = MIGRATIONS.map((m) => ({ id: m.id, name: m.name, sha256: migrationHash(m) }));
    expect(now.slice(0, RELEASED.length)).toEqual(RELEASED);
  });

  it('hashes the SQL of each migration: any edit changes the hash', () => {
    for (const m of MIGRATIONS) {
      expect(migrationHash(m)).toMatch(/^[0-9a-f]{64}$/);
      expect(migrationHash({ ...m, sql: `${m.sql} ` })).not.toBe(migrationHash(m));
    }
  });
});

describe('upgrading a library made at every earlier version', () => {
  for (let version = 0; version < LATEST_VERSION; version++) {
    it(`upgrades a library at version ${version} to ${LATEST_VERSION}, keeping its data`, () => {
      const path = tempLibraryPath();
      createDatabaseAtVersion(path, version);
      const before = version > 0 ? fingerprint(path) : '';
      const library = openLibrary(path);
      try {
        expect(library.migration).toMatchObject({ from: version, to: LATEST_VERSION });
        expect(library.migration.applied).toEqual(
          MIGRATIONS.filter((m) => m.id > version).map((m) => m.id),
        );
        if (version === 0) {
          expect(library.migration.backup).toBeNull();
          expect(library.listScenarios()).toEqual([]);
          return;
        }
        // The copy made before migrating is the old file, whole, named with its version.
        const backup = library.migration.backup!;
        expect(dirname(backup)).toBe(dirname(path));
        expect(backup).toMatch(new RegExp(`library\\.backup-v${version}-\\d{8}T\\d{9}Z\\.sqlite$`));
        expect(fingerprint(backup)).toBe(before);
        expect(integrityCheck(backup)).toBe('ok');
        rawSql(backup, (db) => expect(schemaVersion(db)).toBe(version));

        // The data of version 1 reads back through today's repository.
        expect(library.listScenarios()).toEqual([
          expect.objectContaining({ id: 1, name: 'Seeded at v1', country: 'OLD', revisions: 2 }),
        ]);
        expect(library.history(1).map((r) => [r.rev, r.note, r.countryVersion])).toEqual([
          [1, 'first', 1],
          [2, 'second', 1],
        ]);
        const opened = library.openScenario(1, 2);
        expect(opened.scenario.years).toEqual([2025, 2028]);
        expect(opened.country.code).toBe('OLD');
        // … and of version 2, where there is one; new features work on old data.
        if (version >= 2) expect(library.getScenario(1).tags).toEqual(['seeded']);
        // … and of version 3: an autosaved draft survives, and drafts work on older libraries.
        if (version >= 3) expect(library.listDrafts().map((d) => d.key)).toEqual(['seeded-draft']);
        else expect(library.listDrafts()).toEqual([]);
        // … and of version 4: the headline the app saved with a revision; none before.
        expect(library.history(1)[1]?.headline).toEqual(
          version >= 4 ? { year: 2028, pctGdp: 0.015, cost: 12e9, currency: 'OLD' } : null,
        );
        // … and version 5's paged list, over the indexes it adds, on the upgraded data.
        expect(library.listScenarioPage({ sort: 'name' })).toMatchObject({
          rows: [expect.objectContaining({ id: 1, name: 'Seeded at v1' })],
          total: 1,
          nextCursor: null,
        });
        // … and version 6's workshops, which lock their baseline; none before.
        expect(library.listWorkshops().map((w) => [w.name, w.groups])).toEqual(
          version >= 6 ? [['Seeded workshop', 2]] : [],
        );
        if (version >= 6) library.deleteWorkshop(1);
        library.addTags(1, ['after upgrade']);
        library.saveScenario(JSON.parse(library.getRevision(1).json), { id: 1 });
        expect(library.getScenario(1).revisions).toBe(3);
      } finally {
        library.close();
      }
      expect(integrityCheck(path)).toBe('ok');
    });
  }

  it('does nothing, and makes no backup, when the library is up to date', () => {
    const path = tempLibraryPath();
    createDatabaseAtVersion(path, LATEST_VERSION);
    const library = openLibrary(path);
    expect(library.migration).toEqual({
      from: LATEST_VERSION,
      to: LATEST_VERSION,
      applied: [],
      backup: null,
    });
    library.close();
    expect(readdirSync(dirname(path)).filter((f) => f.includes('backup'))).toEqual([]);
  });

  it('names backups so that two on the same millisecond do not collide', () => {
    const path = tempLibraryPath();
    const at = new Date(Date.UTC(2025, 10, 22, 6, 40, 0, 123));
    const first = backupPath(path, 1, at);
    expect(first).toBe(join(dirname(path), 'library.backup-v1-20251122T064000123Z.sqlite'));
    writeFileSync(first, '');
    expect(backupPath(path, 1, at)).toBe(
      join(dirname(path), 'library.backup-v1-20251122T064000123Z-2.sqlite'),
    );
  });

  it('applies pending migrations once when two connections upgrade the same file', () => {
    const path = tempLibraryPath();
    createDatabaseAtVersion(path, 1);
    const a = openDatabase(path);
    const b = openDatabase(path);
    expect(migrate(a, path).applied).toEqual(MIGRATIONS.filter((m) => m.id > 1).map((m) => m.id));
    expect(migrate(b, path).applied).toEqual([]);
    a.close();
    b.close();
  });
});

describe('refusing what cannot be opened safely', () => {
  it('detects an applied migration that was edited afterwards', () => {
    const path = tempLibraryPath();
    createDatabaseAtVersion(path, LATEST_VERSION);
    const edited = MIGRATIONS.map((m) =>
      m.id === 1 ? { ...m, sql: m.sql.replace('source_note TEXT', 'source TEXT') } : m,
    );
    const before = fingerprint(path);
    const e = rawSql(path, (db) => libraryError(() => migrate(db, path, edited)));
    expect(e.code).toBe('migration-edited');
    expect(e.message).toContain(
      `migration 1 (initial) has changed since it was applied to ${path}`,
    );
    expect(e.message).toContain('put the change in a new migration');
    expect(fingerprint(path)).toBe(before);
  });

  it('detects a recorded hash that does not match the released migration, on open', () => {
    const path = tempLibraryPath();
    createDatabaseAtVersion(path, LATEST_VERSION);
    rawSql(path, (db) =>
      db.prepare("UPDATE schema_migrations SET sha256 = 'abc' WHERE id = 2").run(),
    );
    const e = libraryError(() => openLibrary(path));
    expect(e.code).toBe('migration-edited');
    expect(e.message).toContain('migration 2 (tags-notes-sets) has changed');
  });

  it('refuses a library made by a newer version of the app', () => {
    const path = tempLibraryPath();
    createDatabaseAtVersion(path, LATEST_VERSION);
    rawSql(path, (db) =>
      db
        .prepare(
          "INSERT INTO schema_migrations (id, name, sha256, applied_at) VALUES (?, 'future', 'x', '2030-01-01')",
        )
        .run(LATEST_VERSION + 1),
    );
    const e = libraryError(() => openLibrary(path));
    expect(e.code).toBe('newer-library');
    expect(e.message).toContain(
      `schema version ${LATEST_VERSION + 1}; this version knows up to ${LATEST_VERSION}`,
    );
  });

  it("refuses another program's SQLite file and a file that is not a database", () => {
    const foreign = tempLibraryPath();
    const db = openDatabase(foreign);
    db.exec('CREATE TABLE accounts (id INTEGER PRIMARY KEY)');
    db.close();
    const e = libraryError(() => openLibrary(foreign));
    expect(e.code).toBe('not-a-library');
    expect(e.message).toContain('is a SQLite database of another program');

    const text = tempLibraryPath();
    writeFileSync(text, 'these are my notes, not a database\n'.repeat(100));
    const t = libraryError(() => openLibrary(text));
    expect(t.code).toBe('not-a-library');
    expect(t.message).toBe(`${text} is not a scenario library (not a SQLite database)`);
  });

  it('does not create a missing library when asked not to', () => {
    const path = tempLibraryPath();
    expect(libraryError(() => openLibrary(path, { create: false })).code).toBe('no-library');
    expect(existsSync(path)).toBe(false);
  });
});
