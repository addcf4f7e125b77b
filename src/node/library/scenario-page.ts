/**
 * The scenario list one page at a time (keyset pagination): sorted and filtered in SQL, each page read
 * from the index of its sort column after the last row of the page before, so the 1,000th page costs
 * what the first does (an OFFSET would read and drop every row before it).
 */
import {
  MAX_PAGE_LIMIT,
  type ScenarioSort,
  type SortDirection,
} from '../../contract/scenario-list';
import type { LibraryContext } from './context';
import { LibraryError } from './errors';
import type { ScenarioRow } from './rows';
import { likePattern, summary, type ScenarioFilter, type ScenarioSummary } from './scenarios';

export const DEFAULT_PAGE_LIMIT = 50;

export interface ScenarioPageQuery extends ScenarioFilter {
  /** Default: updated (the most recently changed first). */
  sort?: ScenarioSort | undefined;
  /** Default: newest and most revised first (desc) for updated and revisions, A to Z for the others. */
  direction?: SortDirection | undefined;
  /** The `nextCursor` of the page before; none for the first page. */
  cursor?: string | undefined;
  /** Rows on the page: 1 to MAX_PAGE_LIMIT, default DEFAULT_PAGE_LIMIT. */
  limit?: number | undefined;
}

export interface ScenarioPage {
  rows: ScenarioSummary[];
  /** How many scenarios match the filter, on every page. */
  total: number;
  /** For the next page; null on the last. */
  nextCursor: string | null;
}

/** The SQL sort key of each column; names sort without regard to case, as people read them. */
const SORT_KEY: Record<ScenarioSort, string> = {
  updated: 's.updated_at',
  name: 's.name COLLATE NOCASE',
  country: 's.country_code',
  revisions: 's.last_rev',
};

function keyOf(row: ScenarioRow, sort: ScenarioSort): string | number {
  if (sort === 'updated') return row.updated_at;
  if (sort === 'name') return row.name;
  if (sort === 'country') return row.country_code;
  return row.last_rev;
}

/** Where a page ends: the sort it was read in, and the last row's sort key and id. */
interface Cursor {
  sort: ScenarioSort;
  direction: SortDirection;
  key: string | number;
  id: number;
}

/** Opaque to callers (base64url of JSON), so they pass it back as it is. */
export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.sort, c.direction, c.key, c.id])).toString('base64url');
}

function badCursor(cursor: string): LibraryError {
  return LibraryError.coded('invalid', {
    path: 'cursor',
    code: 'library.page.cursor',
    params: { cursor: cursor.length > 40 ? `${cursor.slice(0, 40)}…` : cursor },
  });
}

/** The cursor read back; refused when it is damaged or was made for another sort order. */
function decodeCursor(cursor: string, sort: ScenarioSort, direction: SortDirection): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor(cursor);
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) throw badCursor(cursor);
  const [s, d, key, id] = parsed as unknown[];
  const keyType = sort === 'revisions' ? 'number' : 'string';
  if (s !== sort || d !== direction || typeof key !== keyType || !Number.isInteger(id)) {
    throw badCursor(cursor);
  }
  return { sort, direction, key: key as string | number, id: id as number };
}

function checkedLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_PAGE_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_LIMIT) {
    throw LibraryError.coded('invalid', {
      path: 'limit',
      code: 'library.page.limit',
      params: { max: MAX_PAGE_LIMIT, found: String(limit) },
    });
  }
  return limit;
}

/** The filter as SQL conditions (only those given, so the planner sees plain terms) and their values. */
function filterSql(f: ScenarioFilter): { where: string[]; params: Record<string, string> } {
  // The literal bin condition lets SQLite use the partial indexes of migration 005.
  const where = [f.deleted ? 's.deleted_at IS NOT NULL' : 's.deleted_at IS NULL'];
  const params: Record<string, string> = {};
  const country = f.country?.trim();
  if (country) {
    where.push('s.country_code = upper(@country)');
    params.country = country;
  }
  const tag = f.tag?.trim();
  if (tag) {
    where.push('s.id IN (SELECT scenario_id FROM tags WHERE tag = @tag)');
    params.tag = tag;
  }
  const search = f.search?.trim();
  if (search) {
    // The tag subquery is not correlated: SQLite runs it once, not once per scenario.
    where.push(`(s.name LIKE @search ESCAPE '\\' OR s.country_code LIKE @search ESCAPE '\\'
      OR s.id IN (SELECT scenario_id FROM tags WHERE tag LIKE @search ESCAPE '\\'))`);
    params.search = likePattern(search);
  }
  return { where, params };
}

function defaultDirection(sort: ScenarioSort): SortDirection {
  return sort === 'updated' || sort === 'revisions' ? 'desc' : 'asc';
}

/** One page of scenarios matching the filter, in the order asked, with the total and the next cursor. */
export function listScenarioPage(ctx: LibraryContext, query: ScenarioPageQuery = {}): ScenarioPage {
  const sort = query.sort ?? 'updated';
  const direction = query.direction ?? defaultDirection(sort);
  const limit = checkedLimit(query.limit);
  const after = query.cursor ? decodeCursor(query.cursor, sort, direction) : null;
  const { where, params } = filterSql(query);
  const filtered = where.join(' AND ');
  const total = (
    ctx.db.prepare(`SELECT count(*) AS n FROM scenarios s WHERE ${filtered}`).get(params) as {
      n: number;
    }
  ).n;
  const key = SORT_KEY[sort];
  const op = direction === 'asc' ? '>' : '<';
  const keyset = after ? ` AND (${key}, s.id) ${op} (@afterKey, @afterId)` : '';
  const rows = ctx.db
    .prepare(
      `SELECT s.*, (SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM tags t
                     WHERE t.scenario_id = s.id ORDER BY tag)) AS tag_list
       FROM scenarios s WHERE ${filtered}${keyset}
       ORDER BY ${key} ${direction}, s.id ${direction} LIMIT @limit`,
    )
    .all({
      ...params,
      ...(after ? { afterKey: after.key, afterId: after.id } : {}),
      // One row more than asked says whether there is a next page.
      limit: limit + 1,
    }) as (ScenarioRow & { tag_list: string | null })[];
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page.at(-1);
  return {
    rows: page.map(summary),
    total,
    nextCursor:
      more && last ? encodeCursor({ sort, direction, key: keyOf(last, sort), id: last.id }) : null,
  };
}
