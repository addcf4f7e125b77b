import {
  explainNumber,
  InputError,
  readScenario,
  type ExplainQuery,
  type MessageLanguage,
} from '#engine';
import { draftToFile } from '../draft';
import type { ExplainActions, ExplainState, SliceContext } from '../types';

/**
 * "Why this number?": the tree behind a number the user clicked, computed here by the engine itself
 * (it is cheap: one costing), for the draft as it is now, on its country.
 */
export function createExplainSlice(ctx: SliceContext): ExplainState & ExplainActions {
  const { set, get } = ctx;
  return {
    explained: null,

    explainRequested(query: ExplainQuery, lang: MessageLanguage) {
      const { draft, country, source } = get();
      if (!draft || !country) return;
      const read = readScenario(draftToFile(draft));
      if (!read.ok) {
        set({ explained: { query, tree: null, issues: read.issues } });
        return;
      }
      // Values set in a stored scenario are the user's, at the revision the draft came from.
      const options = source ? { revision: source.rev } : {};
      try {
        const tree = explainNumber(read.value, country, query, lang, options);
        set({ explained: { query, tree, issues: [] } });
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        set({ explained: { query, tree: null, issues: [...e.issues] } });
      }
    },

    explainClosed() {
      set({ explained: null });
    },
  };
}
