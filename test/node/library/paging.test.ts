import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library, ScenarioPageQuery } from '../../../src/node/library/index';
import { openDatabase } from '../../../src/node/library/db';
import { createDispatcher } from '../../../src/node/bridge-dispatch';
import { libraryHandlers } from '../../../src/node/bridge-handlers';
import {
  defaultScenarioFile,
  openTestLibrary,
  tempLibraryPath,
  thrownLibraryError,
} from '../../helpers/library';

let library: Library;
beforeEach(() => {
  library = openTestLibrary();
});
afterEach(() => library.close());

const thrown = thrownLibraryError;

/** Saves scenarios with these names, in order: ids 1, 2, 3, … */
function saveNamed(names: readonly string[]): void {
  for (const name of names) library.saveScenario(defaultScenarioFile({ name }));
}

/** Every page of a query, following the cursors: the ids of each page and the totals seen. */
function allPages(query: ScenarioPageQuery): { pages: number[][]; totals: number[] } {
  const pages: number[][] = [];
  const totals: number[] = [];
  let cursor: string | undefined;
  do {
    const page = library.listScenarioPage({ ...query, ...(cursor ? { cursor } : {}) });
    pages.push(page.rows.map((r) => r.id));
    totals.push(page.total);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { pages, totals };
}

// Ids 1-7. Case does not matter in name order, and ties keep id order:
// a, A, a → 2 (A), 3 (a), 6 (a); b → 1 (b), 4 (B); c → 5 (c), 7 (C).
const NAMES = ['b', 'A', 'a', 'B', 'c', 'a', 'C'];
const BY_NAME = [2, 3, 6, 1, 4, 5, 7];

describe('the paged scenario list', () => {
  it('gives every row exactly once across pages sorted by name with ties, each way', () => {
    saveNamed(NAMES);
    const up = allPages({ sort: 'name', limit: 2 });
    expect(up.pages).toEqual([[2, 3], [6, 1], [4, 5], [7]]);
    expect(up.totals).toEqual([7, 7, 7, 7]);
    const down = allPages({ sort: 'name', direction: 'desc', limit: 3 });
    expect(down.pages.flat()).toEqual([...BY_NAME].reverse());
    expect(down.pages.map((p) => p.length)).toEqual([3, 3, 1]);
  });

  it('sorts by last change (newest first by default), country and number of revisions', () => {
    saveNamed(['first', 'second', 'third']);
    library.saveScenario(defaultScenarioFile({ name: 'first' }), { id: 1 }); // 1 changed last, 2 revisions
    expect(allPages({ limit: 2 }).pages.flat()).toEqual([1, 3, 2]);
    // Revisions, most first; the ties (one revision each) by id, highest first.
    expect(allPages({ sort: 'revisions', limit: 1 }).pages.flat()).toEqual([1, 3, 2]);
    expect(allPages({ sort: 'revisions', direction: 'asc', limit: 2 }).pages.flat()).toEqual([
      2, 3, 1,
    ]);
    // All on XTA: the country ties fall back on the id.
    expect(allPages({ sort: 'country', limit: 2 }).pages.flat()).toEqual([1, 2, 3]);
  });

  it('goes on from a cursor after the rows around it were deleted', () => {
    saveNamed(NAMES);
    const first = library.listScenarioPage({ sort: 'name', limit: 3 });
    expect(first.rows.map((r) => r.id)).toEqual([2, 3, 6]);
    library.deleteScenario(6); // the row the cursor points at
    library.deleteScenario(1); // the row that would have come next
    const next = library.listScenarioPage({ sort: 'name', limit: 3, cursor: first.nextCursor! });
    // 7 less the 2 deleted = 5 in all; after "a" (id 6) come 4 (B), 5 (c), 7 (C).
    expect(next.rows.map((r) => r.id)).toEqual([4, 5, 7]);
    expect(next).toMatchObject({ total: 5, nextCursor: null });
    expect(library.listScenarioPage({ deleted: true, sort: 'name' })).toMatchObject({
      rows: [expect.objectContaining({ id: 6 }), expect.objectContaining({ id: 1 })],
      total: 2,
    });
  });

  it('filters by search text and tag in the query, the total counting only matches', () => {
    saveNamed(['Child benefit', 'Social pension', 'child grant 100%', 'Disability']);
    library.addTags(2, ['Pensions', 'group A']);
    library.addTags(4, ['group A']);
    const ids = (q: ScenarioPageQuery) => allPages({ sort: 'name', limit: 1, ...q });
    // "child" in 1 and 3 (any case), sorted by name: "Child benefit" (1), "child grant 100%" (3).
    expect(ids({ search: 'CHILD' })).toEqual({ pages: [[1], [3]], totals: [2, 2] });
    expect(ids({ search: 'pensions' }).pages.flat()).toEqual([2]); // a tag
    expect(ids({ search: '100%' }).pages.flat()).toEqual([3]); // % is a character
    expect(ids({ search: '_' }).pages.flat()).toEqual([]);
    // Tag "group A": 4 (Disability) before 2 (Social pension) by name.
    expect(ids({ tag: 'group a' })).toEqual({ pages: [[4], [2]], totals: [2, 2] });
    expect(ids({ tag: 'group A', search: 'social' }).pages.flat()).toEqual([2]);
    expect(library.listScenarioPage({ search: 'nothing like it' })).toEqual({
      rows: [],
      total: 0,
      nextCursor: null,
    });
    // The rows carry their tags, alphabetical.
    expect(library.listScenarioPage({ tag: 'pensions' }).rows[0]?.tags).toEqual([
      'group A',
      'Pensions',
    ]);
  });

  it('keeps the search index and the totals in step with renames, tags, the bin and emptying it', () => {
    saveNamed(['Child benefit', 'Social pension', 'Disability']);
    library.renameScenario(1, 'Family allowance');
    library.addTags(3, ['workshop', 'minister']);
    library.removeTag(3, 'minister');
    const ids = (q: ScenarioPageQuery) => library.listScenarioPage(q).rows.map((r) => r.id);
    expect(ids({ search: 'child' })).toEqual([]); // the old name no longer matches
    expect(ids({ search: 'allowance' })).toEqual([1]);
    expect(ids({ search: 'workshop' })).toEqual([3]);
    expect(ids({ search: 'minister' })).toEqual([]);
    expect(ids({ search: 'op' })).toEqual([3]); // under 3 characters: "workshop", read row by row
    // A search never matches across two tags: "workshop" and "x" are not "shopx".
    library.addTags(3, ['x']);
    expect(ids({ search: 'shopx' })).toEqual([]);
    library.deleteScenario(2);
    expect(library.listScenarioPage()).toMatchObject({ total: 2 });
    expect(library.listScenarioPage({ deleted: true })).toMatchObject({ total: 1 });
    library.undeleteScenario(2);
    library.deleteScenario(3);
    library.emptyBin();
    expect(library.listScenarioPage().total).toBe(2);
    expect(library.listScenarioPage({ deleted: true }).total).toBe(0);
    expect(ids({ search: 'workshop' })).toEqual([]);
  });

  it('refuses a page size outside 1-500 and a cursor from another order, saying why', () => {
    saveNamed(NAMES);
    for (const limit of [0, 501, 2.5]) {
      const e = thrown(() => library.listScenarioPage({ limit }));
      expect(e.message).toBe(
        `limit: the page size must be a whole number from 1 to 500, found ${limit}`,
      );
    }
    expect(library.listScenarioPage({ limit: 500 }).rows).toHaveLength(7);
    const byName = library.listScenarioPage({ sort: 'name', limit: 2 }).nextCursor!;
    const e = thrown(() => library.listScenarioPage({ sort: 'updated', cursor: byName }));
    expect(e.message).toMatch(/^cursor: the cursor ".+" was not given by this list/);
    expect(thrown(() => library.listScenarioPage({ cursor: 'not a cursor' })).issues[0]?.path).toBe(
      'cursor',
    );
  });
});

describe('the scenarios:page channel', () => {
  it('answers a page in the bridge form, and refuses a limit over the maximum before the library', async () => {
    saveNamed(NAMES);
    library.deleteScenario(5);
    const d = createDispatcher(libraryHandlers(library, { version: '0', host: 'web' }));
    // 6 left; by name, 2 a page: [2, 3], then [6, 1] with a cursor for [4, 7].
    const first = await d('scenarios:page', { sort: 'name', limit: 2 });
    if (!first.ok) throw new Error('first page refused');
    const page = first.value as {
      rows: { id: number; deleted: boolean }[];
      total: number;
      nextCursor: string;
    };
    expect(page.rows).toEqual([
      expect.objectContaining({ id: 2, name: 'A', deleted: false, tags: [] }),
      expect.objectContaining({ id: 3, name: 'a' }),
    ]);
    expect(page.total).toBe(6);
    const second = await d('scenarios:page', { sort: 'name', limit: 2, cursor: page.nextCursor });
    expect(second).toMatchObject({ ok: true, value: { rows: [{ id: 6 }, { id: 1 }], total: 6 } });
    expect(await d('scenarios:page', { limit: 501 })).toMatchObject({
      ok: false,
      error: { code: 'bad-input', issues: [{ path: 'limit' }] },
    });
    expect(await d('scenarios:page', { deleted: true })).toMatchObject({
      ok: true,
      value: { rows: [{ id: 5, deleted: true }], total: 1, nextCursor: null },
    });
  });
});

describe('the indexes of the paged list', () => {
  it('reads the first page in index order, with no sort of the whole table', () => {
    const path = tempLibraryPath();
    openTestLibrary(path).close();
    const db = openDatabase(path);
    try {
      const plan = (sql: string) =>
        (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
          .map((r) => r.detail)
          .join('; ');
      expect(
        plan(
          'SELECT * FROM scenarios s WHERE s.deleted_at IS NULL ORDER BY s.name COLLATE NOCASE, s.id LIMIT 50',
        ),
      ).toBe('SCAN s USING INDEX scenarios_live_by_name');
      expect(
        plan(
          'SELECT * FROM scenarios s WHERE s.deleted_at IS NULL ORDER BY s.updated_at DESC, s.id DESC LIMIT 50',
        ),
      ).toBe('SCAN s USING INDEX scenarios_live_by_update');
    } finally {
      db.close();
    }
  });
});
