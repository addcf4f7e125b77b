import { parseJsonText, readCountry, readScenario, type CountryData } from '#engine';
import type { BundledModels } from '../../../../src/contract/bridge';
import { describeNewScenario } from '../../features/library/describe-new-scenario';
import { errorNotice } from '../notices';
import { draftFromFile } from '../draft';
import type { SessionActions, SessionState, SliceContext, Template } from '../types';
import { startDraft } from './draft-slice';
import { loadLibrary } from './library-slice';

/**
 * The bundled models: the training country, the default package and the benefit templates.
 * Resolves to false (with a notice) when the bundled training country cannot be read.
 */
async function loadModels(ctx: SliceContext): Promise<boolean> {
  const models: BundledModels = await ctx.deps.bridge('models:bundled', {});
  const country = readCountry(models.trainingCountry);
  if (!country.ok) {
    ctx.set({ ready: true, notice: { kind: 'bundled-unreadable', issues: country.issues } });
    return false;
  }
  const templates = (models.templates as { templates: Template[] }).templates;
  ctx.set({
    ready: true,
    templates,
    trainingCountry: country.value,
    defaultScenarioFile: models.defaultScenario,
  });
  return true;
}

/** The country a scenario names: the training country, or the library's data for its code. */
async function countryByCode(ctx: SliceContext, code: string): Promise<CountryData | null> {
  const training = ctx.get().trainingCountry;
  if (training && code === training.code) return training;
  const read = readCountry(await ctx.deps.bridge('countries:get', { code }));
  if (read.ok) return read.value;
  ctx.set({ notice: { kind: 'country-unreadable', code, issues: read.issues } });
  return null;
}

/** Opens a scenario file the user chose: its own country data, or those it names. */
async function importScenario(ctx: SliceContext, text: string, fileName: string): Promise<void> {
  const json = parseJsonText(text, fileName);
  const read = readScenario(json);
  if (!read.ok) {
    ctx.set({ notice: { kind: 'import-failed', file: fileName, issues: read.issues } });
    return;
  }
  const named = read.value.country;
  const country = typeof named === 'string' ? await countryByCode(ctx, named) : named;
  const opened = draftFromFile(json);
  if (!country || !opened) return;
  startDraft(ctx, { ...opened.draft, country: country.code }, country, null);
  ctx.set({ page: 'benefits', notice: { kind: 'imported', file: fileName } });
}

export function createSessionSlice(ctx: SliceContext): SessionState & SessionActions {
  const { set, get, deps } = ctx;
  return {
    ready: false,
    templates: [],
    trainingCountry: null,
    defaultScenarioFile: null,
    recoverable: [],

    async started() {
      try {
        if (!(await loadModels(ctx))) return;
        await get().newScenarioRequested();
        void loadLibrary(ctx);
        void deps
          .bridge('drafts:list', {})
          .then((recoverable) => set({ recoverable }))
          .catch(() => undefined);
      } catch (e) {
        set({ ready: true, notice: errorNotice(e) });
      }
    },

    async newScenarioRequested(code, given) {
      const { defaultScenarioFile, trainingCountry } = get();
      const opened = draftFromFile(defaultScenarioFile);
      if (!opened || !trainingCountry) return;
      let country: CountryData | null = given ?? trainingCountry;
      if (code !== undefined && !given) {
        try {
          country = await countryByCode(ctx, code);
        } catch (e) {
          set({ notice: errorNotice(e) });
          return;
        }
      }
      if (!country) return;
      const draft = { ...opened.draft, country: country.code };
      draft.description = describeNewScenario(draft, country.name);
      startDraft(ctx, draft, country, null);
    },

    scenarioOpened(stored) {
      const opened = draftFromFile(stored.scenario);
      const country = readCountry(stored.country);
      if (!opened || !country.ok) {
        const issues = country.ok ? [] : country.issues;
        set({ notice: { kind: 'scenario-unreadable', id: stored.id, issues } });
        return;
      }
      startDraft(ctx, opened.draft, country.value, { id: stored.id, rev: stored.rev });
      set({ page: 'benefits' });
    },

    async openRequested(id, rev) {
      try {
        get().scenarioOpened(await get().scenarioRead(id, rev));
      } catch (e) {
        set({ notice: errorNotice(e) });
      }
    },

    async scenarioImported(text, fileName) {
      try {
        await importScenario(ctx, text, fileName);
      } catch (e) {
        set({ notice: errorNotice(e) });
      }
    },

    async windowCloseRequested() {
      await get().autosaveRequested();
      await deps.bridge('window:close', {});
    },

    draftRecovered(key) {
      const d = get().recoverable.find((x) => x.key === key);
      if (!d) return;
      const opened = draftFromFile(d.scenario);
      const country = readCountry(d.country);
      if (!opened || !country.ok) {
        set({ notice: { kind: 'recover-failed' } });
        return;
      }
      startDraft(ctx, opened.draft, country.value, null);
      // The recovered work is unsaved: keep it in the same autosave slot until it is saved.
      set({
        draftKey: key,
        savedJson: '',
        recoverable: get().recoverable.filter((x) => x.key !== key),
        ...(d.scenarioId !== null ? { source: { id: d.scenarioId, rev: 0 } } : {}),
      });
    },

    async draftDiscarded(key) {
      set({ recoverable: get().recoverable.filter((x) => x.key !== key) });
      await deps.bridge('drafts:discard', { key }).catch(() => undefined);
    },
  };
}
