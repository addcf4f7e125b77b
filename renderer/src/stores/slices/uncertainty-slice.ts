import type { MessageLanguage, UncertaintySettings } from '#engine';
import { draftToFile } from '../draft';
import { errorNotice } from '../notices';
import type { SliceContext } from '../types';
import { loadLibrary } from './library-slice';
import type {
  UncertaintyActions,
  UncertaintyJobBase,
  UncertaintyRunner,
  UncertaintyState,
} from './uncertainty-types';

/** Draws of the benefits page's quick band: enough for a stable 5th-95th range, fast enough to follow edits. */
export const GLANCE_DRAWS = 500;
/** The quick band always uses this seed, so the band moves only when the scenario does. */
export const GLANCE_SEED = 1;
export const DEFAULT_DRAWS = 2000;
export const DEFAULT_SEED = 42;

export function initialUncertainty(): UncertaintyState {
  return {
    glance: { status: 'idle', sensitivity: null, bands: null, message: '' },
    tornado: { status: 'idle', year: null, measure: 'total.pctGdp', result: null, message: '' },
    monteCarlo: {
      status: 'idle',
      draftKey: '',
      draws: DEFAULT_DRAWS,
      seed: DEFAULT_SEED,
      received: 0,
      result: null,
      message: '',
      issues: [],
    },
    pairSaving: false,
  };
}

/** The draft's `uncertainty` block, made when the first range is set. */
function settingsOf(d: { uncertainty?: UncertaintySettings }): UncertaintySettings {
  d.uncertainty ??= { spread: 1, inputs: {}, gapThreshold: 0 };
  return d.uncertainty;
}

/** The draft as the workers take it, or null when there is nothing to run. */
function jobOf(ctx: SliceContext, lang: MessageLanguage): UncertaintyJobBase | null {
  const { draft, country, countryKey } = ctx.get();
  if (!draft || !country) return null;
  return { scenario: draftToFile(draft), countryKey, country, lang };
}

/** Only the newest request of each kind is shown: older answers that arrive late are dropped. */
interface Latest {
  glance: number;
  tornado: number;
  monteCarlo: { cancel: () => void } | null;
}

function createRangeActions(
  ctx: SliceContext,
): Pick<
  UncertaintyActions,
  | 'uncertaintyRangeEdited'
  | 'uncertaintyInputToggled'
  | 'uncertaintySpreadEdited'
  | 'gapThresholdEdited'
> {
  const edit = (label: string, recipe: (u: UncertaintySettings) => void) =>
    ctx.get().scenarioEdited(label, (d) => recipe(settingsOf(d)));
  return {
    uncertaintyRangeEdited(name, end, value) {
      edit(`uncertainty.inputs.${name}.${end}`, (u) => {
        const range = (u.inputs[name] ??= { enabled: true });
        if (value === undefined) delete range[end];
        else range[end] = value;
      });
    },
    uncertaintyInputToggled(name, enabled) {
      edit(`uncertainty.inputs.${name}.enabled`, (u) => {
        (u.inputs[name] ??= { enabled }).enabled = enabled;
      });
    },
    uncertaintySpreadEdited(spread) {
      edit('uncertainty.spread', (u) => {
        u.spread = spread;
      });
    },
    gapThresholdEdited(threshold) {
      edit('uncertainty.gapThreshold', (u) => {
        u.gapThreshold = threshold;
      });
    },
  };
}

/** Saves the pair's two files as new scenarios, the country beside each, and says so. */
async function savePair(ctx: SliceContext, runner: UncertaintyRunner, lang: MessageLanguage) {
  const { get, set, deps } = ctx;
  const job = jobOf(ctx, lang);
  if (!job) return false;
  const { year, measure } = get().tornado;
  const tornado = await runner.sensitivity({ ...job, year, measure });
  if (tornado.type !== 'done') throw new Error(answerText(tornado));
  const pair = await runner.pair({ ...job, result: tornado.value.result });
  if (pair.type !== 'done') throw new Error(answerText(pair));
  const code = get().country!.code;
  for (const file of [pair.value.low, pair.value.high]) {
    const country = typeof file.country === 'string' ? get().country : file.country;
    await deps.bridge('scenarios:save', { scenario: { ...file, country: code }, country });
  }
  set({ notice: { kind: 'pair-saved', low: pair.value.low.name, high: pair.value.high.name } });
  void loadLibrary(ctx);
  return true;
}

function answerText(a: { type: string; message?: string; issues?: { message: string }[] }) {
  return a.message ?? a.issues?.map((i) => i.message).join('\n') ?? a.type;
}

/**
 * Sensitivity and Monte Carlo for the draft (issue 12): the benefits page's quick band, the tornado,
 * the Monte Carlo run with its progress and cancel, the ranges (edits to the draft's `uncertainty`
 * block, so undo and save work) and the low and high scenarios saved to the library. Without an
 * uncertainty runner (some tests) the actions do nothing.
 */
export function createUncertaintySlice(ctx: SliceContext): UncertaintyState & UncertaintyActions {
  const { set, get } = ctx;
  const runner = ctx.deps.uncertainty;
  const latest: Latest = { glance: 0, tornado: 0, monteCarlo: null };
  return {
    ...initialUncertainty(),
    ...createRangeActions(ctx),

    async glanceRequested(lang) {
      const job = jobOf(ctx, lang);
      if (!runner || !job) return;
      const mine = ++latest.glance;
      set((s) => ({ glance: { ...s.glance, status: 'running' } }));
      const a = await runner.glance({ ...job, draws: GLANCE_DRAWS, seed: GLANCE_SEED });
      if (mine !== latest.glance) return;
      if (a.type === 'done') {
        const { sensitivity, bands } = a.value;
        set({ glance: { status: 'done', sensitivity, bands, message: '' } });
      } else {
        const status = a.type === 'invalid' ? 'invalid' : 'failed';
        set((s) => ({ glance: { ...s.glance, status, message: answerText(a) } }));
      }
    },

    async tornadoRequested(lang, year, measure) {
      const job = jobOf(ctx, lang);
      if (!runner || !job) return;
      const mine = ++latest.tornado;
      set((s) => ({ tornado: { ...s.tornado, status: 'running', year, measure } }));
      const a = await runner.sensitivity({ ...job, year, measure });
      if (mine !== latest.tornado) return;
      if (a.type === 'done') {
        set({ tornado: { status: 'done', year, measure, result: a.value.result, message: '' } });
      } else {
        const status = a.type === 'invalid' ? 'invalid' : 'failed';
        set((s) => ({ tornado: { ...s.tornado, status, message: answerText(a) } }));
      }
    },

    async monteCarloRequested(lang, draws, seed) {
      const job = jobOf(ctx, lang);
      if (!runner || !job) return;
      latest.monteCarlo?.cancel();
      const { draftKey } = get();
      const fresh = { draftKey, draws, seed, received: 0, result: null, message: '', issues: [] };
      set({ monteCarlo: { ...fresh, status: 'running' } });
      const run = runner.monteCarlo({
        ...job,
        draws,
        seed,
        onProgress: (received) => set((s) => ({ monteCarlo: { ...s.monteCarlo, received } })),
        onBands: (result) => set((s) => ({ monteCarlo: { ...s.monteCarlo, result } })),
      });
      latest.monteCarlo = run;
      const a = await run.done;
      if (latest.monteCarlo !== run) return;
      latest.monteCarlo = null;
      set((s) => ({
        monteCarlo: {
          ...s.monteCarlo,
          status: a.type,
          ...(a.type === 'done' ? { result: a.value, received: draws } : {}),
          message: a.type === 'failed' ? a.message : '',
          issues: a.type === 'invalid' ? a.issues : [],
        },
      }));
    },

    monteCarloCancelled() {
      latest.monteCarlo?.cancel();
    },

    async scenarioPairSaved(lang) {
      if (!runner || get().pairSaving) return false;
      set({ pairSaving: true });
      try {
        return await savePair(ctx, runner, lang);
      } catch (e) {
        set({ notice: errorNotice(e) });
        return false;
      } finally {
        set({ pairSaving: false });
      }
    },
  };
}
