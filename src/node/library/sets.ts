/** Named, ordered groups of scenarios to compare side by side (two to four is typical). */
import type { LibraryContext } from './context';
import { LibraryError } from './errors';
import { liveScenarioRow, type ScenarioRow } from './rows';

export interface SetSummary {
  name: string;
  scenarioIds: number[];
  createdAt: string;
  updatedAt: string;
}

export interface SetMember {
  position: number;
  id: number;
  name: string;
  country: string;
  revisions: number;
  /** True while the scenario is in the recycle bin (it stays in the set until the bin is emptied). */
  deleted: boolean;
}

export interface SetDetails extends Omit<SetSummary, 'scenarioIds'> {
  members: SetMember[];
}

interface SetRow {
  id: number;
  name: string;
  created_at: string;
  updated_at: string;
}

function setRow(ctx: LibraryContext, name: string): SetRow {
  const row = ctx.db.prepare('SELECT * FROM sets WHERE name = ?').get(name.trim()) as
    SetRow | undefined;
  if (!row)
    throw LibraryError.coded('set-not-found', { code: 'library.set.notFound', params: { name } });
  return row;
}

export function createSet(ctx: LibraryContext, name: string, ids: readonly number[]): SetSummary {
  const clean = name.trim();
  if (clean === '') {
    throw LibraryError.coded('invalid', { path: 'name', code: 'library.set.noName' });
  }
  if (ids.length === 0) {
    throw LibraryError.coded('invalid', { path: 'scenarios', code: 'library.set.noScenario' });
  }
  const seen = new Set<number>();
  for (const id of ids) {
    if (seen.has(id)) {
      throw LibraryError.coded('invalid', {
        path: 'scenarios',
        code: 'library.set.scenarioTwice',
        params: { id },
      });
    }
    seen.add(id);
  }
  return ctx.write(() => {
    const existing = ctx.db.prepare('SELECT name FROM sets WHERE name = ?').get(clean) as
      { name: string } | undefined;
    if (existing)
      throw LibraryError.coded('set-exists', {
        code: 'library.set.exists',
        params: { name: existing.name },
      });
    ids.forEach((id) => liveScenarioRow(ctx, id));
    const at = ctx.now();
    const r = ctx.db
      .prepare('INSERT INTO sets (name, created_at, updated_at) VALUES (?, ?, ?)')
      .run(clean, at, at);
    const add = ctx.db.prepare(
      'INSERT INTO set_members (set_id, scenario_id, position) VALUES (?, ?, ?)',
    );
    ids.forEach((id, position) => add.run(r.lastInsertRowid, id, position));
    return { name: clean, scenarioIds: [...ids], createdAt: at, updatedAt: at };
  });
}

export function listSets(ctx: LibraryContext): SetSummary[] {
  const rows = ctx.db.prepare('SELECT * FROM sets ORDER BY name').all() as SetRow[];
  const members = ctx.db.prepare(
    'SELECT scenario_id AS id FROM set_members WHERE set_id = ? ORDER BY position',
  );
  return rows.map((row) => ({
    name: row.name,
    scenarioIds: (members.all(row.id) as { id: number }[]).map((m) => m.id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

export function getSet(ctx: LibraryContext, name: string): SetDetails {
  const row = setRow(ctx, name);
  const members = ctx.db
    .prepare(
      `SELECT m.position, s.* FROM set_members m JOIN scenarios s ON s.id = m.scenario_id
       WHERE m.set_id = ? ORDER BY m.position`,
    )
    .all(row.id) as (ScenarioRow & { position: number })[];
  return {
    name: row.name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    members: members.map((m) => ({
      position: m.position,
      id: m.id,
      name: m.name,
      country: m.country_code,
      revisions: m.last_rev,
      deleted: m.deleted_at !== null,
    })),
  };
}

/** Deletes a set (its scenarios stay in the library). */
export function deleteSet(ctx: LibraryContext, name: string): void {
  ctx.write(() => {
    const row = setRow(ctx, name);
    ctx.db.prepare('DELETE FROM sets WHERE id = ?').run(row.id);
  });
}
