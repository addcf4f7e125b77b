import { errorNotice } from '../notices';
import type { SliceContext, WorkshopActions } from '../types';
import { costStored } from './compare-slice';
import { loadLibrary } from './library-slice';

/**
 * Workshops (docs/library.md, "Workshops"): the facilitator's requests to the library, and the
 * costing of every group's package beside the locked baseline, in the engine worker as the compare
 * page costs. Requests that a form shows inline reject; the others say how they went in a notice.
 */
export function createWorkshopSlice(ctx: SliceContext): WorkshopActions {
  const { set, deps } = ctx;
  return {
    workshopsListed: () => deps.bridge('workshops:list', {}),

    workshopRead: (id) => deps.bridge('workshops:get', { id }),

    async workshopCreated(input) {
      const created = await deps.bridge('workshops:create', input);
      void loadLibrary(ctx);
      return created;
    },

    async workshopDeleted(id) {
      try {
        await deps.bridge('workshops:delete', { id });
        return true;
      } catch (e) {
        set({ notice: errorNotice(e) });
        return false;
      }
    },

    async groupFileImported(id, group, fileName, text) {
      const saved = await deps.bridge('workshops:importGroup', { id, group, fileName, text });
      void loadLibrary(ctx);
      return saved;
    },

    async workshopCosted(workshop) {
      const baseline =
        workshop.baseline.id === null
          ? null
          : await costStored(ctx, workshop.baseline.id, workshop.baseline.rev);
      const groups = [];
      for (const g of workshop.groupList) {
        groups.push(g.scenarioId === null ? null : await costStored(ctx, g.scenarioId));
      }
      return { baseline, groups };
    },
  };
}
