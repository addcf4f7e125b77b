import { describe, expect, it } from 'vitest';
import { draftToFile } from '../../renderer/src/stores/draft';
import trainingCountry from '../../models/training-country/country.json';
import { settle, startedStore } from './fake-app';

/** The cost as % of GDP in 2030, the first year every default benefit is fully phased in. */
function pct2030(s: Awaited<ReturnType<typeof startedStore>>['store']): number {
  const r = s.getState().run.result!;
  return r.total.pctGdp[r.years.indexOf(2030)]!;
}

describe('the workspace store', () => {
  it('starts on the training country with the default package costed', async () => {
    const { store } = await startedStore();
    const s = store.getState();
    expect(s.country?.code).toBe('XTA');
    expect(s.draft?.benefits.map((b) => b.id)).toEqual([
      'child',
      'orphan',
      'maternity',
      'disability',
      'oldAge',
      'employment',
      'health',
    ]);
    expect(s.run.status).toBe('done');
    // `npx spf cost` prints 8.85% of GDP for 2030 for the same inputs.
    expect(pct2030(store)).toBeCloseTo(0.0885, 4);
    expect(s.isDirty()).toBe(false);
  });

  it('recalculates after an edit: doubling the child benefit adds its cost once more', async () => {
    const { store } = await startedStore();
    const r = store.getState().run.result!;
    const i = r.years.indexOf(2030);
    const child = r.benefits.find((b) => b.id === 'child')!.pctGdp[i]!;
    const before = pct2030(store);
    store.getState().benefitEdited('child', 'share', (b) => void (b.benefit.share = 0.5));
    await settle();
    // Cost is linear in the share: 25% -> 50% of the poverty line doubles the child benefit's cost.
    expect(pct2030(store)).toBeCloseTo(before + child, 12);
    expect(store.getState().isDirty()).toBe(true);
  });

  it('undoes and redoes edits, one step per field however fast the typing', async () => {
    let t = 0;
    const { store } = await startedStore({ now: () => t });
    const share = (v: number) =>
      store.getState().benefitEdited('child', 'share', (b) => void (b.benefit.share = v));
    share(0.3);
    t += 100;
    share(0.35); // same field within the coalescing window: the same undo step
    t += 5000;
    store.getState().benefitEdited('child', 'months', (b) => void (b.benefit.months = 6));
    const value = () => store.getState().draft!.benefits[0]!.benefit;
    expect(value()).toMatchObject({ share: 0.35, months: 6 });
    store.getState().undoRequested();
    expect(value()).toMatchObject({ share: 0.35, months: 12 });
    store.getState().undoRequested();
    expect(value()).toMatchObject({ share: 0.25, months: 12 });
    expect(store.getState().past).toHaveLength(0);
    store.getState().redoRequested();
    store.getState().redoRequested();
    expect(value()).toMatchObject({ share: 0.35, months: 6 });
    // A new edit after undo drops the redo steps.
    store.getState().undoRequested();
    share(0.2);
    expect(store.getState().future).toHaveLength(0);
  });

  it('saves as revisions, clears the dirty flag and the autosaved draft', async () => {
    const { store, fake } = await startedStore();
    store.getState().scenarioEdited('name', (d) => void (d.name = 'Group 3'));
    await store.getState().autosaveRequested();
    expect(fake.drafts.size).toBe(1);
    expect(await store.getState().saveRequested('first')).toBe(true);
    await settle();
    expect(store.getState().source).toEqual({ id: 1, rev: 1 });
    expect(store.getState().isDirty()).toBe(false);
    expect(fake.drafts.size).toBe(0);
    store.getState().benefitEdited('child', 'share', (b) => void (b.benefit.share = 0.3));
    await store.getState().saveRequested();
    expect(store.getState().source).toEqual({ id: 1, rev: 2 });
    const saved = fake.scenarios.get(1)!;
    expect(saved.revisions.map((r) => r.note)).toEqual(['first', '']);
    expect(saved.revisions[1]!.scenario).toEqual(draftToFile(store.getState().draft!));
  });

  it('sends edited country data with the save, and marks them as changed by a user', async () => {
    const { store, fake } = await startedStore();
    store
      .getState()
      .countryEdited('povertyLine', 'povertyLine', (c) => void (c.povertyLine = 100000));
    await settle();
    const c = store.getState().country!;
    expect(c.sources?.find((s) => s.field === 'povertyLine')?.userChanged).toBe(true);
    expect(store.getState().isDirty()).toBe(true);
    await store.getState().saveRequested();
    expect(
      (fake.scenarios.get(1)!.revisions[0]!.country as { povertyLine: number }).povertyLine,
    ).toBe(100000);
    // Undo brings back the original country data.
    store.getState().undoRequested();
    expect(store.getState().country?.povertyLine).toBe(90000);
  });

  it('reopens a saved scenario and offers back autosaved work after a restart', async () => {
    const { store, fake } = await startedStore();
    store.getState().scenarioEdited('name', (d) => void (d.name = 'Kept'));
    await store.getState().saveRequested();
    store.getState().benefitEdited('child', 'share', (b) => void (b.benefit.share = 0.4));
    await store.getState().autosaveRequested();
    // A new session with the same library: the unsaved change is offered back.
    const next = await (async () => {
      const { createAppStore } = await import('../../renderer/src/stores/app-store');
      const { inlineEngine } = await import('./fake-app');
      const s = createAppStore({ bridge: fake.bridge, engine: inlineEngine() });
      await s.getState().started();
      await settle();
      return s;
    })();
    const drafts = next.getState().recoverable;
    expect(drafts).toHaveLength(1);
    next.getState().draftRecovered(drafts[0]!.key);
    await settle();
    expect(next.getState().draft?.benefits[0]?.benefit.share).toBe(0.4);
    expect(next.getState().isDirty()).toBe(true);
    await next.getState().saveRequested();
    expect(next.getState().source).toEqual({ id: 1, rev: 2 });
  });

  it('keeps the last result and reports located issues for an edit that cannot be costed', async () => {
    const { store } = await startedStore();
    const before = pct2030(store);
    store.getState().benefitEdited('child', 'fullYear', (b) => void (b.coverage.fullYear = 2020));
    await settle();
    const run = store.getState().run;
    expect(run.status).toBe('invalid');
    expect(run.issues).toEqual([
      {
        path: 'benefits[0].coverage.fullYear',
        message: 'must be >= startYear 2026',
        code: 'scenario.atLeastStartYear',
        params: { startYear: 2026 },
      },
    ]);
    expect(pct2030(store)).toBe(before);
  });

  it('starts a new scenario on a library country, described for that country and no other', async () => {
    const { store, fake } = await startedStore();
    const kenya = { ...structuredClone(trainingCountry), code: 'KEN', name: 'Kenya' };
    fake.countries.set('KEN', kenya);
    await store.getState().newScenarioRequested('KEN');
    await settle();
    const s = store.getState();
    expect(s.country?.code).toBe('KEN');
    expect(s.draft?.country).toBe('KEN');
    // Seven guarantees of models/scenarios/default.json, phased in from 2026 (all start then) to
    // 2030 (all full then), over its years 2025-2060. Before, the template's "Runs on the fictional
    // training country Tamboria" came along to every country.
    expect(s.draft?.description).toBe(
      'The default package of 7 floor guarantees (Universal child benefit, Orphan benefit, ' +
        'Maternity cash benefit, Disability benefit, Universal old-age pension, ' +
        'Employment guarantee, ' +
        'Essential health care), phased in from 2026 to 2030, costed 2025-2060 on Kenya.',
    );
    expect(s.draft?.description).not.toMatch(/Tamboria/);
    expect(s.isDirty()).toBe(false);
    // An unknown code leaves the open scenario as it was, with the reason.
    await store.getState().newScenarioRequested('ZZZ');
    expect(store.getState().country?.code).toBe('KEN');
    expect(store.getState().notice).toMatchObject({
      kind: 'error',
      text: '"ZZZ" is not a country',
    });
  });

  it('saves a renamed scenario as a revision of itself, and Save as new leaves it as it was', async () => {
    const { store, fake } = await startedStore();
    store.getState().scenarioEdited('name', (d) => void (d.name = 'central'));
    await store.getState().saveRequested();
    store.getState().scenarioEdited('name', (d) => void (d.name = 'central, 2030'));
    await store.getState().saveRequested();
    expect(store.getState().source).toEqual({ id: 1, rev: 2 });
    // Save as new: scenario 2, and scenario 1 keeps its two revisions.
    store.getState().benefitEdited('child', 'share', (b) => void (b.benefit.share = 0.5));
    await settle();
    expect(await store.getState().saveAsRequested()).toBe(true);
    expect(store.getState().source).toEqual({ id: 2, rev: 1 });
    expect(fake.scenarios.get(1)!.revisions).toHaveLength(2);
    expect(fake.scenarios.get(2)!.revisions[0]!.note).toBe(
      'saved as a new scenario from scenario 1 revision 2',
    );
    expect(store.getState().notice).toEqual({ kind: 'saved-new', revision: 1 });
  });

  it('keeps the headline cost with each save, and drops a stale "saved" notice on the next change', async () => {
    const { store, fake } = await startedStore();
    await store.getState().saveRequested();
    // 2030 is the year every default benefit is fully phased in: 8.85% of GDP (npx spf cost).
    const headline = fake.scenarios.get(1)!.revisions[0]!.headline!;
    expect(headline.year).toBe(2030);
    expect(headline.pctGdp).toBeCloseTo(0.0885, 4);
    expect(headline.currency).toBe('TBS');
    expect(store.getState().notice).toEqual({ kind: 'saved', revision: 1 });
    store.getState().benefitEdited('child', 'share', (b) => void (b.benefit.share = 0.3));
    expect(store.getState().notice).toBeNull();
    await store.getState().saveRequested();
    expect(store.getState().notice).toEqual({ kind: 'saved', revision: 2 });
    await store.getState().newScenarioRequested();
    expect(store.getState().notice).toBeNull();
  });

  it('waits for the costing of the last edit, so a save right after typing keeps its headline', async () => {
    const { store, fake } = await startedStore();
    const r = store.getState().run.result!;
    const i = r.years.indexOf(2030);
    const child = r.benefits.find((b) => b.id === 'child')!.pctGdp[i]!;
    // Ctrl+S straight after the keystroke: the costing of 50% is still running when the save starts.
    store.getState().benefitEdited('child', 'share', (b) => void (b.benefit.share = 0.5));
    expect(store.getState().run.status).toBe('running');
    await store.getState().saveRequested();
    // Twice the share, twice the child benefit: 8.85% + its 2.29% = 11.14% of GDP in 2030.
    const headline = fake.scenarios.get(1)!.revisions[0]!.headline!;
    expect(headline.pctGdp).toBeCloseTo(pct2030(store), 12);
    expect(headline.pctGdp).toBeCloseTo(0.0885 + child, 4);
    expect(headline.pctGdp).toBeCloseTo(0.1114, 4);
  });
});
