/** Tags and notes: how officials find a scenario again and remember why it was made. */
import { codedIssue } from '#engine';
import type { ScenarioNote } from '../../contract/bridge';
import type { LibraryContext } from './context';
import { LibraryError } from './errors';
import { addTagRows, liveScenarioRow, tagsOf, touch } from './rows';

function checkTag(tag: string): string {
  const t = tag.trim();
  if (t === '' || t.length > 60) {
    throw LibraryError.make('invalid', [
      codedIssue('tag', 'library.tag.length', { found: JSON.stringify(tag) }),
    ]);
  }
  return t;
}

/** Adds tags (case does not make a tag different); returns the scenario's tags. */
export function addTags(ctx: LibraryContext, id: number, tags: readonly string[]): string[] {
  const clean = tags.map(checkTag);
  return ctx.write(() => {
    liveScenarioRow(ctx, id);
    addTagRows(ctx, id, clean);
    touch(ctx, id);
    return tagsOf(ctx, id);
  });
}

export function removeTag(ctx: LibraryContext, id: number, tag: string): string[] {
  const t = checkTag(tag);
  return ctx.write(() => {
    liveScenarioRow(ctx, id);
    const removed = ctx.db.prepare('DELETE FROM tags WHERE scenario_id = ? AND tag = ?').run(id, t);
    if (removed.changes === 0) {
      const has = tagsOf(ctx, id);
      throw LibraryError.coded(
        'tag-not-found',
        has.length
          ? { code: 'library.tag.notFound', params: { id, tag: t, tags: has.join(', ') } }
          : { code: 'library.tag.notFoundNone', params: { id, tag: t } },
        id,
      );
    }
    touch(ctx, id);
    return tagsOf(ctx, id);
  });
}

/** Adds a dated note (notes are kept in order and never edited, like a logbook). */
export function addNote(ctx: LibraryContext, id: number, text: string): ScenarioNote {
  const t = text.trim();
  if (t === '') throw LibraryError.coded('invalid', { path: 'note', code: 'library.notEmpty' });
  return ctx.write(() => {
    liveScenarioRow(ctx, id);
    const at = ctx.now();
    const r = ctx.db
      .prepare('INSERT INTO notes (scenario_id, created_at, text) VALUES (?, ?, ?)')
      .run(id, at, t);
    touch(ctx, id);
    return { id: Number(r.lastInsertRowid), createdAt: at, text: t };
  });
}
