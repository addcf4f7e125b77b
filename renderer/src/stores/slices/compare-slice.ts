import { errorNotice } from '../notices';
import type { CompareActions, CompareState, ComparedScenario, SliceContext } from '../types';
import { changeLibrary } from './library-slice';

/** Reads the saved comparison sets again; none when they cannot be read. */
async function loadSets({ set, deps }: SliceContext): Promise<void> {
  try {
    set({ sets: await deps.bridge('sets:list', {}) });
  } catch {
    set({ sets: [] });
  }
}

/**
 * One saved scenario (its current revision, or `rev`) costed as it is stored; a failure to read it
 * becomes a notice. The workshop's facilitator view costs its groups this way too.
 */
export async function costStored(
  ctx: SliceContext,
  id: number,
  rev?: number,
): Promise<ComparedScenario | null> {
  try {
    const stored = await ctx.deps.bridge('scenarios:get', { id, ...(rev ? { rev } : {}) });
    const countryKey = `compare:${id}:${stored.rev}`;
    const r = await ctx.deps.engine.run(stored.scenario, countryKey, stored.country).done;
    return {
      id,
      name: stored.name,
      stored,
      result: r.type === 'result' ? r.result : null,
      issues: r.type === 'invalid' ? r.issues : [],
      message: r.type === 'failed' ? r.message : '',
    };
  } catch (e) {
    ctx.set({ notice: errorNotice(e) });
    return null;
  }
}

export function createCompareSlice(ctx: SliceContext): CompareState & CompareActions {
  const { set, get, deps } = ctx;
  return {
    compareIds: [],
    compared: [],
    comparing: false,
    sets: [],

    async compareChanged(ids) {
      set({ compareIds: ids, comparing: true });
      const compared: ComparedScenario[] = [];
      for (const id of ids) {
        const entry = await costStored(ctx, id);
        if (entry) compared.push(entry);
      }
      // A newer selection may have started meanwhile: only the latest one is shown.
      if (get().compareIds.join() === ids.join()) set({ compared, comparing: false });
    },

    compareListRequested: () => deps.bridge('scenarios:list', {}),

    setsRequested: () => loadSets(ctx),

    async setSaved(name, ids) {
      const ok = await changeLibrary(ctx, () => deps.bridge('sets:save', { name, ids }), {
        kind: 'set-saved',
        name,
      });
      await loadSets(ctx);
      return ok;
    },

    async setDeleted(name) {
      const ok = await changeLibrary(ctx, () => deps.bridge('sets:delete', { name }), {
        kind: 'set-deleted',
        name,
      });
      await loadSets(ctx);
      return ok;
    },
  };
}
