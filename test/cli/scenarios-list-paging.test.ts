import { describe, expect, it } from 'vitest';
import { spf } from '../helpers/cli';
import { defaultScenarioFile, openTestLibrary, tempLibraryPath } from '../helpers/library';

/** A library of 60 scenarios named "Scenario 00" to "Scenario 59" (ids 1-60, saved in that order). */
function library60(): string {
  const path = tempLibraryPath();
  const library = openTestLibrary(path);
  library.batch(() => {
    for (let n = 0; n < 60; n++) {
      library.saveScenario(defaultScenarioFile({ name: `Scenario ${String(n).padStart(2, '0')}` }));
    }
  });
  library.close();
  return path;
}

const idColumn = (table: string) =>
  table
    .split('\n')
    .slice(2)
    .filter((l) => /^\s*\d+\s/.test(l))
    .map((l) => Number(l.trim().split(/\s+/)[0]));

describe('spf scenarios list, a page at a time', () => {
  const db = library60();

  it('shows the first 50, most recent first, and how to get the rest', async () => {
    const first = await spf('scenarios', 'list', '--db', db);
    expect(first.code).toBe(0);
    // Most recently changed first: ids 60 down to 11.
    expect(idColumn(first.out)).toEqual(Array.from({ length: 50 }, (_, i) => 60 - i));
    const more = /^showing 50 of 60 — next: --after (\S+)$/m.exec(first.out);
    expect(more).not.toBeNull();
    const rest = await spf('scenarios', 'list', '--db', db, '--after', more![1]!);
    expect(idColumn(rest.out)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(rest.out).not.toContain('showing');
  });

  it('sorts by name and searches, with --limit; JSON keeps stdout for the rows', async () => {
    // "scenario 1" matches Scenario 10-19 (ids 11-20); by name the first three are ids 11, 12, 13.
    const r = await spf(
      'scenarios',
      'list',
      '--db',
      db,
      '--sort',
      'name',
      '--search',
      'scenario 1',
      '--limit',
      '3',
      '--format',
      'json',
    );
    expect((JSON.parse(r.out) as { id: number }[]).map((s) => s.id)).toEqual([11, 12, 13]);
    expect(r.err).toMatch(/^showing 3 of 10 — next: --after \S+\n$/);
    const down = await spf(
      'scenarios',
      'list',
      '--db',
      db,
      '--sort',
      'name',
      '--direction',
      'desc',
      '--limit',
      '2',
    );
    expect(idColumn(down.out)).toEqual([60, 59]);
  });

  it('refuses a page larger than 500 and a cursor of another sort order', async () => {
    const big = await spf('scenarios', 'list', '--db', db, '--limit', '501');
    expect(big.code).not.toBe(0);
    expect(big.err).toContain('the page size must be a whole number from 1 to 500, found 501');
    const first = await spf('scenarios', 'list', '--db', db, '--sort', 'name', '--limit', '2');
    const cursor = /--after (\S+)/.exec(first.out)![1]!;
    const wrong = await spf('scenarios', 'list', '--db', db, '--after', cursor);
    expect(wrong.code).not.toBe(0);
    expect(wrong.err).toContain('was not given by this list');
  });
});
