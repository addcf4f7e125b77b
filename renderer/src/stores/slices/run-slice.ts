import type { RevisionHeadline } from '../../../../src/contract/bridge';
import { headlineYear } from '../../lib/result-series';
import { draftToFile } from '../draft';
import type { RunSliceState, RunState, SliceContext } from '../types';

/** How long a save waits for the costing of the last edit, to keep its headline with the revision. */
const HEADLINE_WAIT_MS = 3000;

export function idleRun(): RunState {
  return { status: 'idle', result: null, issues: [], warnings: [], ms: 0, message: '' };
}

export function createRunSlice(): RunSliceState {
  return { run: idleRun() };
}

/** Sends the current draft to the engine worker and keeps only the newest answer. */
export function recalculate(ctx: SliceContext): void {
  const { set, get, deps, runs } = ctx;
  const { draft, country, countryKey } = get();
  if (!draft || !country) return;
  const { id, done } = deps.engine.run(draftToFile(draft), countryKey, country);
  runs.latest = id;
  set((s) => ({ run: { ...s.run, status: 'running' } }));
  const applied = done.then((r) => {
    if (r.id !== runs.latest) return;
    if (r.type === 'result') {
      set({
        run: {
          status: 'done',
          result: r.result,
          issues: [],
          warnings: r.warnings,
          ms: r.ms,
          message: '',
          pension: r.pension ?? null,
          pensionIssues: r.pensionIssues ?? [],
          population: r.population ?? null,
        },
      });
    } else if (r.type === 'invalid') {
      set((s) => ({
        run: { ...s.run, status: 'invalid', issues: r.issues, warnings: r.warnings, message: '' },
      }));
    } else {
      set((s) => ({ run: { ...s.run, status: 'failed', issues: [], message: r.message } }));
    }
  });
  runs.settled = applied.then(
    () => undefined,
    () => undefined,
  );
}

/** The headline the user sees for the draft; none while it is costing. */
function headline(ctx: SliceContext): RevisionHeadline | undefined {
  const { run, draft } = ctx.get();
  const r = run.result;
  if (run.status !== 'done' || !r || !draft) return undefined;
  const year = headlineYear(
    r,
    draft.benefits.filter((b) => b.enabled).map((b) => b.coverage.fullYear),
  );
  const i = r.years.indexOf(year);
  const pctGdp = r.total.pctGdp[i];
  const cost = r.total.cost[i];
  if (pctGdp === undefined || cost === undefined) return undefined;
  if (!Number.isFinite(pctGdp) || !Number.isFinite(cost)) return undefined;
  return { year, pctGdp, cost, currency: r.currency };
}

/**
 * The headline of the draft being saved, kept with the revision. A costing still running (the last
 * keystroke) is waited for, briefly; if the draft changes meanwhile there is no headline.
 */
export async function headlineOnceCosted(ctx: SliceContext): Promise<RevisionHeadline | undefined> {
  const runId = ctx.runs.latest;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const giveUp = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, HEADLINE_WAIT_MS);
  });
  await Promise.race([ctx.runs.settled, giveUp]);
  clearTimeout(timer);
  return runId === ctx.runs.latest ? headline(ctx) : undefined;
}
