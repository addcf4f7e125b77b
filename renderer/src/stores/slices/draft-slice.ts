import { financingLabel, normalizeBenefit, type CountryData } from '#engine';
import { noticeTone } from '../notices';
import { cloneDraft, draftToFile, freeBenefitId, type ScenarioDraft } from '../draft';
import type { AppState, DraftActions, DraftState, SliceContext } from '../types';
import { idleRun, recalculate } from './run-slice';

const UNDO_LIMIT = 200;
/** Edits of the same field closer together than this are one step of undo (typing a number). */
const COALESCE_MS = 1200;

let countryCounter = 0;
export function newCountryKey(code: string): string {
  countryCounter += 1;
  return `${code}#${countryCounter}`;
}

export function newDraftKey(): string {
  return `draft-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
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

/** Opens a draft afresh: no undo history, nothing unsaved, costed at once. */
export function startDraft(
  ctx: SliceContext,
  draft: ScenarioDraft,
  country: CountryData,
  source: AppState['source'],
): void {
  ctx.set({
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
    run: idleRun(),
    // "Saved as revision 1" spoke of the scenario that was open before.
    notice: null,
  });
  recalculate(ctx);
}

/** Applies an edit as one undoable step and recalculates. */
function commit(
  ctx: SliceContext,
  label: string,
  next: ScenarioDraft,
  nextCountry?: CountryData,
): void {
  const { draft, country, past, lastEdit, notice } = ctx.get();
  if (!draft || !country) return;
  const t = ctx.now();
  const coalesce = lastEdit !== null && lastEdit.label === label && t - lastEdit.at < COALESCE_MS;
  const changes: Partial<AppState> = {
    draft: next,
    past: coalesce ? past : [...past, { draft, country }].slice(-UNDO_LIMIT),
    future: [],
    lastEdit: { label, at: t },
  };
  // A confirmation ("Saved as revision 2") no longer holds once the scenario changes again.
  if (notice && noticeTone(notice) === 'info') changes.notice = null;
  if (nextCountry) {
    changes.country = nextCountry;
    changes.countryKey = newCountryKey(nextCountry.code);
  }
  ctx.set(changes);
  recalculate(ctx);
}

/** Goes back (or forward) to `to` in the undo history, with the history as it is after the step. */
function step(
  ctx: SliceContext,
  to: { draft: ScenarioDraft; country: CountryData },
  history: Pick<AppState, 'past' | 'future'>,
): void {
  const { country } = ctx.get();
  ctx.set({
    draft: to.draft,
    country: to.country,
    ...(to.country !== country ? { countryKey: newCountryKey(to.country.code) } : {}),
    ...history,
    lastEdit: null,
  });
  recalculate(ctx);
}

export function createDraftSlice(ctx: SliceContext): DraftState & DraftActions {
  const { set, get } = ctx;
  return {
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

    scenarioEdited(label, recipe) {
      const { draft } = get();
      if (!draft) return;
      const next = cloneDraft(draft);
      recipe(next);
      commit(ctx, label, next);
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
      commit(ctx, `country:${label}`, cloneDraft(draft), next);
    },

    countryReplaced(country) {
      const { draft } = get();
      if (!draft) return;
      const next = cloneDraft(draft);
      next.country = country.code;
      commit(ctx, 'country:replace', next, country);
    },

    undoRequested() {
      const { past, future, draft, country } = get();
      const prev = past[past.length - 1];
      if (!prev || !draft || !country) return;
      step(ctx, prev, { past: past.slice(0, -1), future: [{ draft, country }, ...future] });
    },

    redoRequested() {
      const { past, future, draft, country } = get();
      const next = future[0];
      if (!next || !draft || !country) return;
      step(ctx, next, { past: [...past, { draft, country }], future: future.slice(1) });
    },

    isDirty() {
      const { draft, country, savedJson, savedCountry } = get();
      if (!draft || !country) return false;
      return country !== savedCountry || JSON.stringify(draftToFile(draft)) !== savedJson;
    },
  };
}
