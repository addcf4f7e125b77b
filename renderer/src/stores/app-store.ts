import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  BundledModels,
  Draft,
  RevisionHeadline,
  ScenarioSummary,
  StoredScenario,
} from '../../../src/contract/bridge';
import {
  financingLabel,
  normalizeBenefit,
  parseJsonText,
  readCountry,
  readScenario,
  type BenefitFile,
  type BenefitSpec,
  type CostingResult,
  type CountryData,
  type FinancingSpec,
  type Issue,
  type PensionResult,
} from '#engine';
import type { BridgeCall } from '../api/bridge-client';
import type { Unit } from '../lib/format';
import type { PopulationOutlook } from '../workers/population-outlook';
import type { WorkerResponse } from '../workers/protocol';
import { describeNewScenario } from '../features/library/describe-new-scenario';
import { headlineYear } from '../lib/result-series';
import { cloneDraft, draftFromFile, draftToFile, freeBenefitId, type ScenarioDraft } from './draft';

import type { Page } from '../pages';
export type { Page };

export interface Template {
  id: string;
  description: string;
  benefit: BenefitFile;
}

export interface Notice {
  kind: 'info' | 'error';
  text: string;
  /** Problems behind an error, each with its field path. */
  issues?: Issue[];
}

export interface RunState {
  status: 'idle' | 'running' | 'done' | 'invalid' | 'failed';
  result: CostingResult | null;
  issues: Issue[];
  warnings: Issue[];
  ms: number;
  message: string;
  /** The scenario's pension scheme projected; null when it has none or it cannot run. */
  pension?: PensionResult | null;
  /** Why the pension scheme cannot run (paths `pension.…`), while the costing can. */
  pensionIssues?: Issue[];
  /** Population projected with the country's rates and with the scenario's variant. */
  population?: PopulationOutlook | null;
}

export interface AppState {
  ready: boolean;
  templates: Template[];
  trainingCountry: CountryData | null;
  defaultScenarioFile: unknown;

  draft: ScenarioDraft | null;
  country: CountryData | null;
  /** Changes whenever the country data change, so the worker knows when to read them again. */
  countryKey: string;
  /** The library scenario and revision the draft came from; null for a new scenario. */
  source: { id: number; rev: number } | null;
  /** The draft as last saved or opened, to tell whether there are unsaved changes. */
  savedJson: string;
  /** The country data as last saved or opened; edits make new objects, so identity tells change. */
  savedCountry: CountryData | null;
  draftKey: string;

  past: { draft: ScenarioDraft; country: CountryData }[];
  future: { draft: ScenarioDraft; country: CountryData }[];
  lastEdit: { label: string; at: number } | null;

  run: RunState;

  page: Page;
  selectedBenefit: string | null;
  unit: Unit;
  year: number | null;

  library: ScenarioSummary[];
  librarySearch: string;
  libraryTag: string;
  showBin: boolean;
  libraryStatus: 'idle' | 'loading' | 'error';

  compareIds: number[];
  /** Each scenario compared: its result, or why it could not be costed. */
  compared: {
    id: number;
    name: string;
    stored: StoredScenario;
    result: CostingResult | null;
    issues: Issue[];
    message: string;
  }[];
  comparing: boolean;

  /** Autosaved work from an earlier session that was never saved. */
  recoverable: Draft[];
  saving: boolean;
  lastSavedAt: string | null;
  notice: Notice | null;
}

export interface AppActions {
  started: () => Promise<void>;
  /**
   * A new scenario from the default package, on the training country or on `code` from the library,
   * with a description of its own. Resolves once it is open (or the country could not be loaded).
   */
  newScenarioRequested: (code?: string) => Promise<void>;
  scenarioOpened: (stored: StoredScenario) => void;
  openRequested: (id: number, rev?: number) => Promise<void>;
  scenarioEdited: (label: string, recipe: (d: ScenarioDraft) => void) => void;
  benefitEdited: (id: string, label: string, recipe: (b: BenefitSpec) => void) => void;
  benefitAdded: (templateId: string) => void;
  benefitRemoved: (id: string) => void;
  benefitSelected: (id: string | null) => void;
  financingEdited: (index: number, label: string, recipe: (f: FinancingSpec) => void) => void;
  financingAdded: (option: FinancingSpec['option']) => void;
  financingRemoved: (index: number) => void;
  countryEdited: (label: string, field: string, recipe: (c: CountryData) => void) => void;
  countryReplaced: (country: CountryData) => void;
  undoRequested: () => void;
  redoRequested: () => void;
  /** Saves the draft: a new revision of the scenario it came from, or a new scenario. */
  saveRequested: (note?: string) => Promise<boolean>;
  autosaveRequested: () => Promise<void>;
  pageChanged: (page: Page) => void;
  unitChanged: (unit: Unit) => void;
  yearChanged: (year: number) => void;
  libraryRequested: () => Promise<void>;
  librarySearched: (search: string, tag: string) => Promise<void>;
  binToggled: () => Promise<void>;
  libraryAction: (action: () => Promise<unknown>, done: string) => Promise<boolean>;
  compareChanged: (ids: number[]) => Promise<void>;
  scenarioImported: (text: string, fileName: string) => Promise<void>;
  /** Desktop only: the native open dialog; null when the user cancels. */
  fileDialogRequested: (
    purpose: 'scenario' | 'country',
  ) => Promise<{ name: string; text: string } | null>;
  /** Desktop only: the native save dialog for a file the app made. */
  saveFileRequested: (defaultName: string, text: string) => Promise<void>;
  /** Saves the draft as a new scenario, leaving the one it came from as it was. */
  saveAsRequested: () => Promise<boolean>;
  windowCloseRequested: () => Promise<void>;
  draftRecovered: (key: string) => void;
  draftDiscarded: (key: string) => Promise<void>;
  noticeShown: (notice: Notice | null) => void;
  isDirty: () => boolean;
}

export type AppStore = StoreApi<AppState & AppActions>;

export interface EngineRunner {
  run(
    scenario: unknown,
    countryKey: string,
    country: unknown,
  ): { id: number; done: Promise<WorkerResponse> };
}

export interface AppDeps {
  bridge: BridgeCall;
  engine: EngineRunner;
  now?: () => number;
}

const UNDO_LIMIT = 200;
/** How long a save waits for the costing of the last edit, to keep its headline with the revision. */
const HEADLINE_WAIT_MS = 3000;
/** Edits of the same field closer together than this are one step of undo (typing a number). */
const COALESCE_MS = 1200;

let countryCounter = 0;
function newCountryKey(code: string): string {
  countryCounter += 1;
  return `${code}#${countryCounter}`;
}

function newDraftKey(): string {
  return `draft-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

function message(e: unknown): { text: string; issues?: Issue[] } {
  const err = e as { message?: string; error?: { message: string; issues?: Issue[] } };
  if (err.error) {
    return err.error.issues
      ? { text: err.error.message, issues: err.error.issues }
      : { text: err.error.message };
  }
  return { text: err.message ?? String(e) };
}

/** Marks a country field as changed by the user in its provenance record. */
function markUserChanged(c: CountryData, field: string): void {
  const sources = c.sources ?? [];
  const own = sources.find((s) => s.field === field);
  if (own) own.userChanged = true;
  else {
    const parent = sources
      .filter((s) => field.startsWith(`${s.field}.`))
      .sort((a, b) => b.field.length - a.field.length)[0];
    sources.push({
      field,
      source: parent ? `${parent.source} (changed by a user)` : 'Entered by a user',
      userChanged: true,
      ...(parent?.edition !== undefined ? { edition: parent.edition } : {}),
    });
  }
  c.sources = sources;
}

export function createAppStore(deps: AppDeps): AppStore {
  const now = deps.now ?? (() => Date.now());
  let latestRun = 0;
  /** Settles when the newest costing has been applied (or dropped): a save waits for it. */
  let latestSettled: Promise<void> = Promise.resolve();

  return createStore<AppState & AppActions>()((set, get) => {
    /** Sends the current draft to the engine worker and keeps only the newest answer. */
    const recalculate = (): void => {
      const { draft, country, countryKey } = get();
      if (!draft || !country) return;
      const { id, done } = deps.engine.run(draftToFile(draft), countryKey, country);
      latestRun = id;
      set((s) => ({ run: { ...s.run, status: 'running' } }));
      const applied = done.then((r) => {
        if (r.id !== latestRun) return;
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
            run: {
              ...s.run,
              status: 'invalid',
              issues: r.issues,
              warnings: r.warnings,
              message: '',
            },
          }));
        } else {
          set((s) => ({ run: { ...s.run, status: 'failed', issues: [], message: r.message } }));
        }
      });
      latestSettled = applied.then(
        () => undefined,
        () => undefined,
      );
    };

    /** Applies an edit as one undoable step and recalculates. */
    const commit = (label: string, next: ScenarioDraft, nextCountry?: CountryData): void => {
      const { draft, country, past, lastEdit } = get();
      if (!draft || !country) return;
      const t = now();
      const coalesce =
        lastEdit !== null && lastEdit.label === label && t - lastEdit.at < COALESCE_MS;
      const newPast = coalesce ? past : [...past, { draft, country }].slice(-UNDO_LIMIT);
      const changes: Partial<AppState> = {
        draft: next,
        past: newPast,
        future: [],
        lastEdit: { label, at: t },
      };
      // A confirmation ("Saved as revision 2") no longer holds once the scenario changes again.
      if (get().notice?.kind === 'info') changes.notice = null;
      if (nextCountry) {
        changes.country = nextCountry;
        changes.countryKey = newCountryKey(nextCountry.code);
      }
      set(changes);
      recalculate();
    };

    const start = (
      draft: ScenarioDraft,
      country: CountryData,
      source: AppState['source'],
    ): void => {
      set({
        draft,
        country,
        countryKey: newCountryKey(country.code),
        source,
        savedJson: JSON.stringify(draftToFile(draft)),
        savedCountry: country,
        draftKey: newDraftKey(),
        past: [],
        future: [],
        lastEdit: null,
        selectedBenefit: draft.benefits[0]?.id ?? null,
        year: null,
        run: { status: 'idle', result: null, issues: [], warnings: [], ms: 0, message: '' },
        // "Saved as revision 1" spoke of the scenario that was open before.
        notice: null,
      });
      recalculate();
    };

    /**
     * The headline of the draft being saved, kept with the revision. A costing still running (the
     * last keystroke) is waited for, briefly; if the draft changes meanwhile there is no headline.
     */
    const headlineOnceCosted = async (): Promise<RevisionHeadline | undefined> => {
      const runId = latestRun;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const giveUp = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, HEADLINE_WAIT_MS);
      });
      await Promise.race([latestSettled, giveUp]);
      clearTimeout(timer);
      return runId === latestRun ? headline() : undefined;
    };

    /** The headline the user sees for the draft; none while it is costing. */
    const headline = (): RevisionHeadline | undefined => {
      const { run, draft } = get();
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
    };

    /**
     * Saves the draft: a new revision of the scenario it came from, or (asNew, or never saved) a new
     * scenario; the one it came from is then left as it was.
     */
    const save = async (asNew: boolean, note?: string): Promise<boolean> => {
      const { draft, country, source, savedCountry, draftKey } = get();
      if (!draft || !country) return false;
      const target = asNew ? null : source;
      set({ saving: true });
      try {
        const file = draftToFile(draft);
        const countryChanged = country !== savedCountry;
        const shown = await headlineOnceCosted();
        const saved = await deps.bridge('scenarios:save', {
          ...(target ? { id: target.id } : {}),
          scenario: file,
          ...(countryChanged || !target ? { country } : {}),
          ...(note ? { note } : {}),
          ...(shown ? { headline: shown } : {}),
        });
        set({
          source: saved,
          savedJson: JSON.stringify(file),
          savedCountry: country,
          saving: false,
          lastSavedAt: new Date(now()).toISOString(),
          notice: { kind: 'info', text: `${asNew && source ? 'saved-new' : 'saved'}:${saved.rev}` },
        });
        void deps.bridge('drafts:discard', { key: draftKey }).catch(() => undefined);
        void loadLibrary();
        return true;
      } catch (e) {
        set({ saving: false, notice: { kind: 'error', ...message(e) } });
        return false;
      }
    };

    const loadLibrary = async (): Promise<void> => {
      const { librarySearch, libraryTag, showBin } = get();
      set({ libraryStatus: 'loading' });
      try {
        const library = await deps.bridge('scenarios:list', {
          ...(librarySearch ? { search: librarySearch } : {}),
          ...(libraryTag ? { tag: libraryTag } : {}),
          deleted: showBin,
        });
        set({ library, libraryStatus: 'idle' });
      } catch (e) {
        set({ libraryStatus: 'error', notice: { kind: 'error', ...message(e) } });
      }
    };

    return {
      ready: false,
      templates: [],
      trainingCountry: null,
      defaultScenarioFile: null,
      draft: null,
      country: null,
      countryKey: '',
      source: null,
      savedJson: '',
      savedCountry: null,
      draftKey: newDraftKey(),
      past: [],
      future: [],
      lastEdit: null,
      run: { status: 'idle', result: null, issues: [], warnings: [], ms: 0, message: '' },
      page: 'benefits',
      selectedBenefit: null,
      unit: 'pctGdp',
      year: null,
      library: [],
      librarySearch: '',
      libraryTag: '',
      showBin: false,
      libraryStatus: 'idle',
      compareIds: [],
      compared: [],
      comparing: false,
      recoverable: [],
      saving: false,
      lastSavedAt: null,
      notice: null,

      async started() {
        try {
          const models: BundledModels = await deps.bridge('models:bundled', {});
          const country = readCountry(models.trainingCountry);
          if (!country.ok) throw new Error('The bundled training country could not be read.');
          const templates = (models.templates as { templates: Template[] }).templates;
          set({
            ready: true,
            templates,
            trainingCountry: country.value,
            defaultScenarioFile: models.defaultScenario,
          });
          await get().newScenarioRequested();
          void loadLibrary();
          void deps
            .bridge('drafts:list', {})
            .then((recoverable) => set({ recoverable }))
            .catch(() => undefined);
        } catch (e) {
          set({ ready: true, notice: { kind: 'error', ...message(e) } });
        }
      },

      async newScenarioRequested(code) {
        const { defaultScenarioFile, trainingCountry } = get();
        const opened = draftFromFile(defaultScenarioFile);
        if (!opened || !trainingCountry) return;
        let country = trainingCountry;
        if (code !== undefined && code !== trainingCountry.code) {
          try {
            const read = readCountry(await deps.bridge('countries:get', { code }));
            if (!read.ok) {
              set({
                notice: { kind: 'error', text: `country-unreadable:${code}`, issues: read.issues },
              });
              return;
            }
            country = read.value;
          } catch (e) {
            set({ notice: { kind: 'error', ...message(e) } });
            return;
          }
        }
        const draft = { ...opened.draft, country: country.code };
        draft.description = describeNewScenario(draft, country.name);
        start(draft, country, null);
      },

      scenarioOpened(stored) {
        const opened = draftFromFile(stored.scenario);
        const country = readCountry(stored.country);
        if (!opened || !country.ok) {
          set({
            notice: {
              kind: 'error',
              text: `Scenario ${stored.id} could not be read.`,
              issues: country.ok ? [] : country.issues,
            },
          });
          return;
        }
        start(opened.draft, country.value, { id: stored.id, rev: stored.rev });
        set({ page: 'benefits' });
      },

      async openRequested(id, rev) {
        try {
          const stored = await deps.bridge(
            'scenarios:get',
            rev === undefined ? { id } : { id, rev },
          );
          get().scenarioOpened(stored);
        } catch (e) {
          set({ notice: { kind: 'error', ...message(e) } });
        }
      },

      scenarioEdited(label, recipe) {
        const { draft } = get();
        if (!draft) return;
        const next = cloneDraft(draft);
        recipe(next);
        commit(label, next);
      },

      benefitEdited(id, label, recipe) {
        get().scenarioEdited(`${id}:${label}`, (d) => {
          const b = d.benefits.find((x) => x.id === id);
          if (b) recipe(b);
        });
      },

      benefitAdded(templateId) {
        const { templates, draft } = get();
        const t = templates.find((x) => x.id === templateId);
        if (!t || !draft) return;
        const id = freeBenefitId(draft, t.benefit.id);
        const benefit = normalizeBenefit({ ...t.benefit, id }, draft.years[0]);
        get().scenarioEdited(`add:${id}`, (d) => {
          d.benefits.push(benefit);
        });
        set({ selectedBenefit: id });
      },

      benefitRemoved(id) {
        get().scenarioEdited(`remove:${id}`, (d) => {
          d.benefits = d.benefits.filter((b) => b.id !== id);
        });
        const { draft, selectedBenefit } = get();
        if (selectedBenefit === id) set({ selectedBenefit: draft?.benefits[0]?.id ?? null });
      },

      benefitSelected(id) {
        set({ selectedBenefit: id });
      },

      financingEdited(index, label, recipe) {
        get().scenarioEdited(`financing${index}:${label}`, (d) => {
          const f = d.financing[index];
          if (f) recipe(f);
        });
      },

      financingAdded(option) {
        const { draft } = get();
        if (!draft) return;
        const first = Math.max(draft.years[0] + 1, draft.years[0]);
        get().scenarioEdited(`financing-add`, (d) => {
          d.financing.push({
            option,
            label: financingLabel(option),
            startYear: first,
            start: 0,
            fullYear: Math.min(first + 4, d.years[1]),
            full: 0.005,
          });
        });
      },

      financingRemoved(index) {
        get().scenarioEdited(`financing-remove`, (d) => {
          d.financing.splice(index, 1);
        });
      },

      countryEdited(label, field, recipe) {
        const { draft, country } = get();
        if (!draft || !country) return;
        const next = structuredClone(country);
        recipe(next);
        markUserChanged(next, field);
        commit(`country:${label}`, cloneDraft(draft), next);
      },

      countryReplaced(country) {
        const { draft } = get();
        if (!draft) return;
        const next = cloneDraft(draft);
        next.country = country.code;
        commit('country:replace', next, country);
      },

      undoRequested() {
        const { past, future, draft, country } = get();
        const prev = past[past.length - 1];
        if (!prev || !draft || !country) return;
        const countryChanged = prev.country !== country;
        set({
          draft: prev.draft,
          country: prev.country,
          ...(countryChanged ? { countryKey: newCountryKey(prev.country.code) } : {}),
          past: past.slice(0, -1),
          future: [{ draft, country }, ...future],
          lastEdit: null,
        });
        recalculate();
      },

      redoRequested() {
        const { past, future, draft, country } = get();
        const next = future[0];
        if (!next || !draft || !country) return;
        const countryChanged = next.country !== country;
        set({
          draft: next.draft,
          country: next.country,
          ...(countryChanged ? { countryKey: newCountryKey(next.country.code) } : {}),
          past: [...past, { draft, country }],
          future: future.slice(1),
          lastEdit: null,
        });
        recalculate();
      },

      async saveRequested(note) {
        return save(false, note);
      },

      async autosaveRequested() {
        const { draft, country, source, draftKey } = get();
        if (!draft || !country || !get().isDirty()) return;
        try {
          await deps.bridge('drafts:save', {
            key: draftKey,
            scenarioId: source?.id ?? null,
            scenario: draftToFile(draft),
            country,
          });
        } catch {
          // Autosave is a safety net; a failed attempt is retried with the next edit.
        }
      },

      pageChanged(page) {
        set({ page });
        if (page === 'library' || page === 'compare') void loadLibrary();
      },

      unitChanged(unit) {
        set({ unit });
      },

      yearChanged(year) {
        set({ year });
      },

      libraryRequested: loadLibrary,

      async librarySearched(search, tag) {
        set({ librarySearch: search, libraryTag: tag });
        await loadLibrary();
      },

      async binToggled() {
        set((s) => ({ showBin: !s.showBin }));
        await loadLibrary();
      },

      async libraryAction(action, done) {
        let ok = true;
        try {
          await action();
          set({ notice: { kind: 'info', text: done } });
        } catch (e) {
          ok = false;
          set({ notice: { kind: 'error', ...message(e) } });
        }
        await loadLibrary();
        return ok;
      },

      async compareChanged(ids) {
        set({ compareIds: ids, comparing: true });
        const compared: AppState['compared'] = [];
        for (const id of ids) {
          try {
            const stored = await deps.bridge('scenarios:get', { id });
            const countryKey = `compare:${id}:${stored.rev}`;
            const r = await deps.engine.run(stored.scenario, countryKey, stored.country).done;
            compared.push({
              id,
              name: stored.name,
              stored,
              result: r.type === 'result' ? r.result : null,
              issues: r.type === 'invalid' ? r.issues : [],
              message: r.type === 'failed' ? r.message : '',
            });
          } catch (e) {
            set({ notice: { kind: 'error', ...message(e) } });
          }
        }
        // A newer selection may have started meanwhile: only the latest one is shown.
        if (get().compareIds.join() === ids.join()) set({ compared, comparing: false });
      },

      async scenarioImported(text, fileName) {
        try {
          const json = parseJsonText(text, fileName);
          const read = readScenario(json);
          if (!read.ok) {
            set({
              notice: { kind: 'error', text: `import-failed:${fileName}`, issues: read.issues },
            });
            return;
          }
          const s = read.value;
          let country: CountryData;
          if (typeof s.country !== 'string') country = s.country;
          else if (s.country === get().trainingCountry?.code) country = get().trainingCountry!;
          else {
            const stored = readCountry(await deps.bridge('countries:get', { code: s.country }));
            if (!stored.ok)
              throw new Error(`The library's data for ${s.country} could not be read.`);
            country = stored.value;
          }
          const opened = draftFromFile(json);
          if (!opened) return;
          start({ ...opened.draft, country: country.code }, country, null);
          set({ page: 'benefits', notice: { kind: 'info', text: `imported:${fileName}` } });
        } catch (e) {
          set({ notice: { kind: 'error', ...message(e) } });
        }
      },

      async fileDialogRequested(purpose) {
        try {
          return await deps.bridge('dialog:openFile', { purpose });
        } catch (e) {
          set({ notice: { kind: 'error', ...message(e) } });
          return null;
        }
      },

      async saveFileRequested(defaultName, text) {
        try {
          const saved = await deps.bridge('dialog:saveFile', { defaultName, text });
          if (saved) set({ notice: { kind: 'info', text: `exported:${saved.path}` } });
        } catch (e) {
          set({ notice: { kind: 'error', ...message(e) } });
        }
      },

      async saveAsRequested() {
        // A copy: the same draft saved as a new scenario, leaving the original as it was.
        const { source } = get();
        return save(
          true,
          source ? `saved as a new scenario from scenario ${source.id} revision ${source.rev}` : '',
        );
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
          set({ notice: { kind: 'error', text: 'recover-failed' } });
          return;
        }
        start(opened.draft, country.value, null);
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

      noticeShown(notice) {
        set({ notice });
      },

      isDirty() {
        const { draft, country, savedJson, savedCountry } = get();
        if (!draft || !country) return false;
        return country !== savedCountry || JSON.stringify(draftToFile(draft)) !== savedJson;
      },
    };
  });
}
