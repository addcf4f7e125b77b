/** Row access shared by the scenario, tag and set functions. */
import type { LibraryContext } from './context';
import { LibraryError } from './errors';

export interface ScenarioRow {
  id: number;
  name: string;
  country_code: string;
  last_rev: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export function scenarioRow(ctx: LibraryContext, id: number): ScenarioRow {
  const row = ctx.db.prepare('SELECT * FROM scenarios WHERE id = ?').get(id) as
    ScenarioRow | undefined;
  if (!row) {
    throw LibraryError.coded(
      'scenario-not-found',
      { code: 'library.scenario.notFound', params: { id } },
      id,
    );
  }
  return row;
}

/** A scenario that may be changed: it exists and is not in the recycle bin. */
export function liveScenarioRow(ctx: LibraryContext, id: number): ScenarioRow {
  const row = scenarioRow(ctx, id);
  if (row.deleted_at !== null) {
    throw LibraryError.coded(
      'in-bin',
      { code: 'library.scenario.inBin', params: { id, name: row.name } },
      id,
    );
  }
  return row;
}

export function addTagRows(ctx: LibraryContext, id: number, tags: readonly string[]): void {
  const insert = ctx.db.prepare('INSERT OR IGNORE INTO tags (scenario_id, tag) VALUES (?, ?)');
  for (const tag of tags) {
    const t = tag.trim();
    if (t !== '') insert.run(id, t);
  }
}

export function touch(ctx: LibraryContext, id: number): void {
  ctx.db.prepare('UPDATE scenarios SET updated_at = ? WHERE id = ?').run(ctx.now(), id);
}

export function tagsOf(ctx: LibraryContext, id: number): string[] {
  return (
    ctx.db.prepare('SELECT tag FROM tags WHERE scenario_id = ? ORDER BY tag').all(id) as {
      tag: string;
    }[]
  ).map((r) => r.tag);
}
