import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setBridgeTransport } from '../../renderer/src/api/bridge';
import { createBridge, type Transport } from '../../renderer/src/api/bridge-client';
import { ComparePage } from '../../renderer/src/features/compare/ComparePage';
import {
  createAppStore,
  type AppStore,
  type EngineRunner,
} from '../../renderer/src/stores/app-store';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import { createRunner } from '../../renderer/src/workers/run-request';
import type { ComparisonSet, ScenarioSummary, StoredScenario } from '../../src/contract/bridge';

/** The bundled models, read as the app ships them (tests run from the repository root). */
const read = (path: string): unknown => JSON.parse(readFileSync(`models/${path}`, 'utf8'));
const models = {
  trainingCountry: read('training-country/country.json'),
  defaultScenario: read('scenarios/default.json'),
  templates: read('benefit-templates.json'),
};

type File = Record<string, unknown> & { benefits: Record<string, unknown>[] };

/** Stands in for the library's hash of the canonical country JSON: equal data, equal hash. */
const dataHash = (country: unknown): string =>
  createHash('sha256').update(JSON.stringify(country)).digest('hex');

/** A small library in memory with the channels the compare page uses. */
function fakeLibrary() {
  const scenarios = new Map<number, { name: string; scenario: File; country: unknown }>();
  const sets: ComparisonSet[] = [];
  const calls: string[] = [];
  const handlers: Record<string, (q: Record<string, unknown>) => unknown> = {
    'models:bundled': () => models,
    'drafts:list': () => [],
    'scenarios:list': (q) =>
      q.deleted
        ? []
        : [...scenarios].map(([id, s]): ScenarioSummary => ({
            id,
            name: s.name,
            country: 'XTA',
            revisions: 1,
            updatedAt: new Date(Date.UTC(2026, 0, id)).toISOString(),
            tags: [],
            deleted: false,
          })),
    'scenarios:get': (q) => {
      const s = scenarios.get(q.id as number);
      if (!s) throw new Error(`scenario ${String(q.id)} does not exist`);
      const stored: StoredScenario = {
        id: q.id as number,
        name: s.name,
        rev: 1,
        revisions: [
          { rev: 1, savedAt: '2026-01-01T00:00:00.000Z', note: '', name: s.name, headline: null },
        ],
        tags: [],
        notes: [],
        scenario: s.scenario,
        country: s.country,
        // The training country as bundled is library version 1; edited data travel inline.
        countryVersion: s.country === models.trainingCountry ? 1 : null,
        countryHash: dataHash(s.country),
      };
      return stored;
    },
    'sets:list': () => sets.map((s) => ({ ...s })),
    'sets:save': (q) => {
      sets.push({ name: q.name as string, ids: q.ids as number[] });
      return null;
    },
    'countries:list': () => [
      {
        code: 'XTA',
        name: 'Tamboria',
        versions: 1,
        latestVersion: 1,
        importedAt: '2025-11-22T06:40:00.000Z',
        bundled: true,
      },
    ],
    'countries:get': () => models.trainingCountry,
  };
  const transport: Transport = async (channel, request) => {
    calls.push(channel);
    await Promise.resolve();
    const h = handlers[channel];
    if (!h) return { ok: false, error: { code: 'not-found', message: `no ${channel} here` } };
    try {
      return { ok: true, value: h(request as Record<string, unknown>) };
    } catch (e) {
      return { ok: false, error: { code: 'not-found', message: (e as Error).message } };
    }
  };
  /** Adds the default package under a name, with an edit applied. */
  const save = (name: string, edit: (f: File) => void = () => undefined, country?: unknown) => {
    const scenario = structuredClone(models.defaultScenario) as File;
    scenario.name = name;
    edit(scenario);
    const id = scenarios.size + 1;
    scenarios.set(id, { name, scenario, country: country ?? models.trainingCountry });
    return id;
  };
  return { transport, save, sets, calls };
}

function inlineEngine(): EngineRunner {
  const runner = createRunner();
  let id = 0;
  return {
    run(scenario, countryKey, country) {
      id += 1;
      return {
        id,
        done: Promise.resolve(runner({ type: 'run', id, scenario, countryKey, country })),
      };
    },
  };
}

const child = (f: File) =>
  f.benefits.find((b) => b.id === 'child') as { benefit: { share: number } };

let lib: ReturnType<typeof fakeLibrary>;
let store: AppStore;

async function renderPage(ids: number[] = []) {
  store = createAppStore({ bridge: createBridge(lib.transport), engine: inlineEngine() });
  await act(async () => {
    await store.getState().started();
    if (ids.length) await store.getState().compareChanged(ids);
  });
  render(
    <StoreProvider store={store}>
      <ComparePage />
    </StoreProvider>,
  );
  await screen.findByTestId('compare-picker');
}

const headline = () => screen.getByTestId('compare-headline');
const diffRow = (path: string) =>
  screen.getAllByTestId('diff-row').find((r) => r.getAttribute('data-path') === path);

beforeEach(() => {
  lib = fakeLibrary();
  setBridgeTransport(lib.transport);
});

afterEach(() => {
  setBridgeTransport(null);
  Reflect.deleteProperty(window, 'confirm');
  vi.restoreAllMocks();
});

describe('the compare page', () => {
  it('asks for two scenarios, then shows both side by side in the headline table', async () => {
    lib.save('Full floor');
    lib.save('Child benefit at 40%', (f) => (child(f).benefit.share = 0.4));
    lib.save('Not chosen');
    await renderPage();
    expect(screen.getByTestId('compare-hint').textContent).toMatch(/Choose 2 to 4/);

    fireEvent.click(screen.getByTestId('compare-pick-1'));
    await waitFor(() => expect(screen.getByTestId('compare-hint').textContent).toMatch(/one more/));
    fireEvent.click(screen.getByTestId('compare-pick-2'));
    await waitFor(() => expect(screen.getByTestId('compare-headline')).toBeTruthy());

    const heads = within(headline())
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(heads).toEqual(['Measure', 'Full floor', 'Child benefit at 40%']);
    const costRow = within(headline()).getByRole('row', { name: /Cost, % of GDP, first year/ });
    const cells = within(costRow)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toHaveLength(2);
    expect(cells.every((c) => /^\d+\.\d\d%$/.test(c ?? ''))).toBe(true);
    expect(Number.parseFloat(cells[1]!)).toBeGreaterThan(Number.parseFloat(cells[0]!));
    expect(store.getState().compareIds).toEqual([1, 2]);
    // Charts come with their tables, one column per scenario.
    const total = screen.getByTestId('compare-total-table');
    expect(
      within(total)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Year', 'Full floor', 'Child benefit at 40%']);
    expect(
      within(screen.getByTestId('compare-benefit-table')).getByText('Universal child benefit'),
    ).toBeTruthy();
  });

  it('starts from the scenarios chosen in the library, and lists a changed benefit level', async () => {
    lib.save('Full floor');
    lib.save('Child benefit at 40%', (f) => (child(f).benefit.share = 0.4));
    await renderPage([1, 2]);
    await waitFor(() => expect(screen.getByTestId('compare-diff')).toBeTruthy());
    expect(screen.getByTestId<HTMLInputElement>('compare-pick-1').checked).toBe(true);
    const row = diffRow('benefits[child].benefit.share')!;
    expect(within(row).getByRole('rowheader').textContent).toBe(
      'Universal child benefit › Benefit level',
    );
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['25%', '40%']);
    expect(screen.getAllByTestId('diff-row')).toHaveLength(1);
    expect(screen.getByTestId('compare-diff').textContent).toMatch(/One difference/);
    expect(screen.getByTestId('compare-diff').textContent).toMatch(/Costed on.*Tamboria/);
  });

  it('shows a benefit that only one scenario has, with its settings on request', async () => {
    lib.save('Full floor');
    lib.save('Without health care', (f) => {
      f.benefits = f.benefits.filter((b) => b.id !== 'health');
      f.years = [2025, 2040];
    });
    await renderPage([1, 2]);
    await waitFor(() => expect(screen.getByTestId('compare-diff')).toBeTruthy());
    const years = diffRow('years')!;
    expect(
      within(years)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2025–2060', '2025–2040']);
    const health = screen
      .getAllByTestId('diff-row')
      .find((r) => r.textContent?.startsWith('Essential health care › In the scenario'))!;
    expect(
      within(health)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Included', '—']);
    expect(diffRow('benefits[health].benefit.share')).toBeUndefined();
    fireEvent.click(within(health).getByRole('button', { name: /Show its \d+ settings/ }));
    const share = diffRow('benefits[health].benefit.share')!;
    expect(
      within(share)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['5%', '—']);
  });

  it('shows a scenario that cannot be costed with the reason, not silently dropped', async () => {
    lib.save('Full floor');
    lib.save('Broken', (f) => {
      (f.benefits[0] as { coverage: { fullYear: number } }).coverage.fullYear = 2020;
    });
    await renderPage([1, 2]);
    const problems = await screen.findByTestId('compare-problems');
    expect(problems.textContent).toMatch(
      /“Broken” could not be costed: benefits\[0\]\.coverage\.fullYear/,
    );
    expect(
      within(headline())
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Measure', 'Full floor', 'Broken']);
    expect(within(headline()).getByText(/Not costed: the reason is given above/)).toBeTruthy();
    // Its parameters can still be compared.
    expect(diffRow('benefits[child].coverage.fullYear')).toBeTruthy();
  });

  it('says when scenarios were costed on different data for the same country', async () => {
    const edited = structuredClone(models.trainingCountry) as { notes?: string };
    edited.notes = 'GDP revised by the ministry';
    lib.save('Full floor');
    lib.save('Full floor, revised data', () => undefined, edited);
    await renderPage([1, 2]);
    await waitFor(() =>
      expect(screen.getByTestId('compare-diff').textContent).toMatch(
        /different data for the same country/,
      ),
    );
    await waitFor(() =>
      expect(screen.getByTestId('compare-diff').textContent).toMatch(/library version 1/),
    );
    expect(screen.getByTestId('compare-diff').textContent).toMatch(/data edited in the scenario/);
  });

  it('does not warn about data when the same country data were reached in different ways', async () => {
    // Three scenarios on the same data: two link library version 1, one carries an identical copy
    // inline (as a new scenario saved by the app used to). Before comparing by content the copy was
    // labelled "data edited in the scenario" and the page warned of different data.
    lib.save('A');
    lib.save('B', (f) => void (child(f).benefit.share = 0.5));
    lib.save('C', () => undefined, structuredClone(models.trainingCountry));
    await renderPage([1, 2, 3]);
    await waitFor(() => expect(diffRow('benefits[child].benefit.share')).toBeTruthy());
    const text = screen.getByTestId('compare-diff').textContent ?? '';
    expect(text).not.toMatch(/different data for the same country/);
    expect(text).not.toMatch(/data edited in the scenario/);
    // All three scenarios there are are selected: "3 of 3", not "3 of 4" (the most at once).
    expect(screen.getByText('3 of 3 selected')).toBeTruthy();
  });

  it('saves the selection as a named set and loads it again', async () => {
    lib.save('A');
    lib.save('B');
    lib.save('C');
    await renderPage([1, 3]);
    fireEvent.change(screen.getByTestId('compare-set-name'), {
      target: { value: 'Workshop day 2' },
    });
    fireEvent.click(screen.getByTestId('compare-set-save'));
    await waitFor(() => expect(lib.sets).toEqual([{ name: 'Workshop day 2', ids: [1, 3] }]));

    fireEvent.click(screen.getByTestId('compare-pick-1'));
    fireEvent.click(screen.getByTestId('compare-pick-2'));
    await waitFor(() => expect(store.getState().compareIds).toEqual([3, 2]));
    await waitFor(() =>
      expect(screen.getByTestId('compare-set-select').textContent).toMatch(
        /Workshop day 2 \(2 scenarios\)/,
      ),
    );
    fireEvent.change(screen.getByTestId('compare-set-select'), {
      target: { value: 'Workshop day 2' },
    });
    fireEvent.click(screen.getByTestId('compare-set-load'));
    await waitFor(() => expect(store.getState().compareIds).toEqual([1, 3]));
    await waitFor(() =>
      expect(
        within(headline())
          .getAllByRole('columnheader')
          .map((h) => h.textContent),
      ).toEqual(['Measure', 'A', 'C']),
    );
  });
});
