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

interface FilterSql {
  where: string[];
  params: Record<string, string>;
  /** Only the bin condition: the total is the count the triggers keep. */
  unfiltered: boolean;
  /** A search: its matches are few or must all be read anyway, so they are counted as they are sorted. */
  searching: boolean;
}

/** The full-text query for a piece of text: one phrase, so its trigrams must follow one another. */
function phrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function searchSql(search: string, params: Record<string, string>): string {
  // The trigram index finds text of 3 characters or more; shorter text is looked for row by row.
  if ([...search].length >= 3) {
    params.match = phrase(search);
    return 's.id IN (SELECT rowid FROM scenario_search WHERE scenario_search MATCH @match)';
  }
  params.search = likePattern(search);
  // The tag subquery is not correlated: SQLite runs it once, not once per scenario.
  return `(s.name LIKE @search ESCAPE '\\' OR s.country_code LIKE @search ESCAPE '\\'
      OR s.id IN (SELECT scenario_id FROM tags WHERE tag LIKE @search ESCAPE '\\'))`;
}

/** The filter as SQL conditions (only those given, so the planner sees plain terms) and their values. */
function filterSql(f: ScenarioFilter): FilterSql {
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
  if (search) where.push(searchSql(search, params));
  return { where, params, unfiltered: where.length === 1, searching: Boolean(search) };
}

function defaultDirection(sort: ScenarioSort): SortDirection {
  return sort === 'updated' || sort === 'revisions' ? 'desc' : 'asc';
}

type PageRow = ScenarioRow & { tag_list: string | null; total_rows?: number };

const TAG_LIST = `(SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM tags t
  WHERE t.scenario_id = s.id ORDER BY tag)) AS tag_list`;

function countMatches(ctx: LibraryContext, f: FilterSql, deleted: boolean): number {
  const row = f.unfiltered
    ? ctx.db.prepare('SELECT n FROM scenario_counts WHERE in_bin = ?').get(deleted ? 1 : 0)
    : ctx.db
        .prepare(`SELECT count(*) AS n FROM scenarios s WHERE ${f.where.join(' AND ')}`)
        .get(f.params);
  return (row as { n: number } | undefined)?.n ?? 0;
}

/** One page of scenarios matching the filter, in the order asked, with the total and the next cursor. */
export function listScenarioPage(ctx: LibraryContext, query: ScenarioPageQuery = {}): ScenarioPage {
  const sort = query.sort ?? 'updated';
  const direction = query.direction ?? defaultDirection(sort);
  const limit = checkedLimit(query.limit);
  const after = query.cursor ? decodeCursor(query.cursor, sort, direction) : null;
  const filter = filterSql(query);
  const filtered = filter.where.join(' AND ');
  const key = SORT_KEY[sort];
  const op = direction === 'asc' ? '>' : '<';
  const keyset = after ? `(${key}, s.id) ${op} (@afterKey, @afterId)` : '1';
  const order = `ORDER BY ${key} ${direction}, s.id ${direction} LIMIT @limit`;
  // A search's matches are sorted apart from any index, so counting them in the same pass is free;
  // the cursor applies outside the count, which therefore covers every page.
  const sql = filter.searching
    ? `SELECT s.*, ${TAG_LIST} FROM (SELECT *, count(*) OVER () AS total_rows FROM scenarios s
         WHERE ${filtered}) s WHERE ${keyset} ${order}`
    : `SELECT s.*, ${TAG_LIST} FROM scenarios s WHERE ${filtered} AND ${keyset} ${order}`;
  const rows = ctx.db.prepare(sql).all({
    ...filter.params,
    ...(after ? { afterKey: after.key, afterId: after.id } : {}),
    // One row more than asked says whether there is a next page.
    limit: limit + 1,
  }) as PageRow[];
  const total = rows[0]?.total_rows ?? countMatches(ctx, filter, query.deleted === true);
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
