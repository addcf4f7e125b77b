import {
  explainResult,
  InputError,
  readScenario,
  type ExplainQuery,
  type MessageLanguage,
} from '#engine';
import { draftToFile } from '../draft';
import type { ExplainActions, ExplainState, SliceContext } from '../types';

/**
 * "Why this number?": the tree behind a number the user clicked, made by the engine on the page from
 * the draft, its country and the costing the worker returned for it (so the costing itself is not run
 * again here). While a costing runs, or when the draft cannot be costed, the panel says so; it is
 * asked again when the new result arrives.
 */
export function createExplainSlice(ctx: SliceContext): ExplainState & ExplainActions {
  const { set, get } = ctx;
  return {
    explained: null,

    explainRequested(query: ExplainQuery, lang: MessageLanguage) {
      const { draft, country, source, run } = get();
      if (!draft || !country) return;
      const read = readScenario(draftToFile(draft));
      if (!read.ok || run.status === 'invalid') {
        set({ explained: { query, tree: null, issues: read.ok ? run.issues : read.issues } });
        return;
      }
      // Only a finished costing is of the draft as it is now (an edit starts a new one at once).
      if (run.status !== 'done' || !run.result) {
        set({ explained: { query, tree: null, issues: [] } });
        return;
      }
      // Values set in a stored scenario are the user's, at the revision the draft came from.
      const options = source ? { revision: source.rev } : {};
      try {
        const tree = explainResult(read.value, country, run.result, query, lang, options);
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
