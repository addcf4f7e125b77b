import { existsSync, rmSync, symlinkSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../src/node/library/index';
import { spf } from '../helpers/cli';
import { defaultScenarioFile, openTestLibrary, tempLibraryPath } from '../helpers/library';

/**
 * A library with one saved scenario, then made to look like read-only media to SQLite: the `-shm`
 * file it shares a WAL library through cannot be created (a dangling link where it would go; tests
 * run as root, whom file modes do not stop, so this is how the failure is made here). A plain open
 * then fails with "unable to open database file", as on a CD or a read-only share.
 */
function libraryOnReadOnlyMedia(): string {
  const path = tempLibraryPath();
  const library = openTestLibrary(path);
  library.saveScenario(defaultScenarioFile({ name: 'On a CD' }), { note: 'first' });
  library.close();
  rmSync(`${path}-shm`, { force: true });
  symlinkSync('/nonexistent-folder/shm', `${path}-shm`);
  return path;
}

describe('a scenario library on read-only media', () => {
  it('still lists, shows and exports with the read commands', async () => {
    const db = libraryOnReadOnlyMedia();
    const list = await spf('scenarios', 'list', '--db', db, '--format', 'json');
    expect(list.err).toBe('');
    expect(list.code).toBe(0);
    expect(JSON.parse(list.out)).toMatchObject([{ id: 1, name: 'On a CD', revisions: 1 }]);
    const exported = await spf('scenarios', 'export', '1', '--db', db);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.out)).toMatchObject({ name: 'On a CD' });
    expect((await spf('scenarios', 'history', '1', '--db', db)).code).toBe(0);
    expect((await spf('countries', 'list', '--db', db)).code).toBe(0);
    expect((await spf('sets', 'list', '--db', db)).code).toBe(0);
  });

  it('refuses a change with a message naming the file, and writes nothing', async () => {
    const db = libraryOnReadOnlyMedia();
    const r = await spf('scenarios', 'rename', '1', 'New name', '--db', db);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`the scenario library ${db} cannot be used`);
    const list = await spf('scenarios', 'list', '--db', db, '--format', 'json');
    expect(JSON.parse(list.out)).toMatchObject([{ name: 'On a CD' }]);
  });

  it('opens read-only: the file must exist and is never written', () => {
    const missing = tempLibraryPath();
    expect(() => openLibrary(missing, { readonly: true })).toThrow(
      `there is no scenario library at ${missing}`,
    );
    expect(existsSync(missing)).toBe(false);
    const path = tempLibraryPath();
    openTestLibrary(path).close();
    const library = openLibrary(path, { readonly: true });
    try {
      expect(library.listScenarios()).toEqual([]);
      expect(() => library.saveScenario(defaultScenarioFile())).toThrow(
        `the scenario library ${path} cannot be written`,
      );
    } finally {
      library.close();
    }
  });
});
