import type { Draft } from '../../contract/bridge';
import type { LibraryContext } from './context';
import { LibraryError } from './errors';

/** Unsaved work kept by autosave: stored as the bridge hands it over. */
export type StoredDraft = Draft;

const MAX_DRAFT_BYTES = 20_000_000;

/**
 * Keeps (or replaces) the unsaved work of one editing session. The content is kept as given: a draft
 * may be half-edited and invalid, which is exactly when it must not be lost.
 */
export function saveDraft(
  ctx: LibraryContext,
  key: string,
  scenarioId: number | null,
  scenario: unknown,
  country: unknown,
): string {
  const scenarioJson = JSON.stringify(scenario);
  const countryJson = JSON.stringify(country);
  if (scenarioJson === undefined || countryJson === undefined) {
    throw LibraryError.coded('invalid', { path: 'draft', code: 'library.draft.empty' });
  }
  if (scenarioJson.length + countryJson.length > MAX_DRAFT_BYTES) {
    throw LibraryError.coded('invalid', { path: 'draft', code: 'library.draft.tooLarge' });
  }
  const at = ctx.now();
  ctx.write(() => {
    const exists =
      scenarioId === null ||
      ctx.db.prepare('SELECT 1 FROM scenarios WHERE id = ?').get(scenarioId) !== undefined;
    ctx.db
      .prepare(
        `INSERT INTO drafts (key, scenario_id, saved_at, scenario_json, country_json) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET scenario_id = excluded.scenario_id, saved_at = excluded.saved_at,
           scenario_json = excluded.scenario_json, country_json = excluded.country_json`,
      )
      .run(key, exists ? scenarioId : null, at, scenarioJson, countryJson);
  });
  return at;
}

export function listDrafts(ctx: LibraryContext): StoredDraft[] {
  const rows = ctx.db
    .prepare(
      'SELECT key, scenario_id, saved_at, scenario_json, country_json FROM drafts ORDER BY saved_at DESC',
    )
    .all() as {
    key: string;
    scenario_id: number | null;
    saved_at: string;
    scenario_json: string;
    country_json: string;
  }[];
  return rows.map((r) => ({
    key: r.key,
    scenarioId: r.scenario_id,
    savedAt: r.saved_at,
    scenario: JSON.parse(r.scenario_json) as unknown,
    country: JSON.parse(r.country_json) as unknown,
  }));
}

/** Forgets a draft (once saved, or when the user discards it); a missing key is not an error. */
export function discardDraft(ctx: LibraryContext, key: string): void {
  ctx.write(() => {
    ctx.db.prepare('DELETE FROM drafts WHERE key = ?').run(key);
  });
}
