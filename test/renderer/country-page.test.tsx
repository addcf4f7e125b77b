import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import countryText from '../../models/training-country/country.json?raw';
import templatesText from '../../models/benefit-templates.json?raw';
import scenarioText from '../../models/scenarios/default.json?raw';
import { createBridge, type Transport } from '../../renderer/src/api/bridge-client';
import { CountryPage } from '../../renderer/src/features/country/CountryPage';
import {
  createAppStore,
  type AppStore,
  type EngineRunner,
} from '../../renderer/src/stores/app-store';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import { createRunner } from '../../renderer/src/workers/run-request';
import type { Channel } from '../../src/contract/bridge';

const models = {
  trainingCountry: JSON.parse(countryText) as unknown,
  defaultScenario: JSON.parse(scenarioText) as unknown,
  templates: JSON.parse(templatesText) as unknown,
};

interface Call {
  channel: Channel;
  request: unknown;
}

/** The privileged side, answered from memory; `failImport` makes storing in the library fail. */
function fakeTransport(calls: Call[], options: { failImport?: boolean } = {}): Transport {
  return (channel, request) => {
    calls.push({ channel, request });
    const ok = (value: unknown) => Promise.resolve({ ok: true as const, value });
    switch (channel) {
      case 'models:bundled':
        return ok(models);
      case 'scenarios:list':
      case 'drafts:list':
      case 'countries:list':
        return ok([]);
      case 'countries:import':
        return options.failImport
          ? Promise.resolve({
              ok: false as const,
              error: { code: 'internal' as const, message: 'the library is busy' },
            })
          : ok({ code: 'XTB', version: 1, created: true });
      default:
        return Promise.resolve({
          ok: false as const,
          error: { code: 'not-found' as const, message: `no ${channel} in this test` },
        });
    }
  };
}

/** The engine worker's runner, called synchronously. */
function syncEngine(): EngineRunner {
  const runner = createRunner();
  let nextId = 0;
  return {
    run(scenario, countryKey, country) {
      nextId += 1;
      const id = nextId;
      return {
        id,
        done: Promise.resolve(runner({ type: 'run', id, scenario, countryKey, country })),
      };
    },
  };
}

let calls: Call[];
let store: AppStore;

async function renderPage(options: { failImport?: boolean } = {}) {
  calls = [];
  const transport = fakeTransport(calls, options);
  store = createAppStore({ bridge: createBridge(transport), engine: syncEngine() });
  await store.getState().started();
  await waitFor(() => expect(store.getState().run.status).toBe('done'));
  render(
    <StoreProvider store={store}>
      <CountryPage />
    </StoreProvider>,
  );
}

function file(name: string, text: string): File {
  return new File([text], name, { type: 'application/json' });
}

async function importFile(f: File) {
  const input = screen.getByTestId('import-file');
  await act(async () => {
    fireEvent.change(input, { target: { files: [f] } });
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
}

describe('Country page', () => {
  beforeEach(async () => {
    await renderPage();
  });

  it('shows who the country is, marked fictional', () => {
    expect(screen.getByTestId('country-name').textContent).toContain('Tamboria');
    expect(screen.getByTestId('fictional-badge').textContent).toBe('Fictional');
    expect(screen.getByText('TBS')).toBeTruthy();
    expect(screen.getByText('XTA')).toBeTruthy();
  });

  it('shows the population of the base year with its totals and table', () => {
    const summary = screen.getByTestId('population-summary');
    expect(summary.textContent).toContain('Total population, 2025');
    expect(summary.textContent).toContain('Median age');
    const table = screen.getByTestId('population-table');
    expect(within(table).getByText('100+')).toBeTruthy();
    expect(within(table).getByText('0-4')).toBeTruthy();
    expect(screen.getByTestId('pyramid-chart').getAttribute('aria-label')).toContain('2025');
  });

  it('shows the base-year GDP in the macro table', () => {
    fireEvent.click(screen.getByTestId('country-tab-economy'));
    const gdp = screen.getByTestId<HTMLInputElement>('macro-gdp-2025');
    // 7.2 trillion TBS, in the user's number format.
    expect(gdp.value).toBe('7,200,000,000,000');
    expect(screen.getByTestId('macro-inflation-2025')).toHaveProperty('value', '6.5');
    expect(screen.getByTestId('macro-paths-table').textContent).toContain('country data');
  });

  it('edits the poverty line: the country changes, is marked changed by a user, and undo restores it', async () => {
    const before = store.getState().country!;
    fireEvent.click(screen.getByTestId('country-tab-parameters'));
    // A file of the earlier layout: its povertyLine is the amount of the national line.
    const field = screen.getByTestId<HTMLInputElement>('line-national-amount');
    expect(field.value).toBe('90,000');
    fireEvent.focus(field);
    fireEvent.change(field, { target: { value: '100000' } });

    const after = store.getState().country!;
    expect(after).not.toBe(before);
    expect(after.povertyLine).toBe(100000);
    expect(before.povertyLine).toBe(90000);
    expect(after.sources?.find((s) => s.field === 'povertyLine')?.userChanged).toBe(true);
    await waitFor(() => expect(store.getState().run.status).toBe('done'));
    const entry = store.getState().run.result!.provenance.find((p) => p.field === 'povertyLine');
    expect(entry?.userChanged).toBe(true);
    expect(screen.getByTestId('source-povertyLine').textContent).toContain('changed by a user');

    fireEvent.blur(field);
    fireEvent.click(screen.getByTestId('country-tab-sources'));
    expect(screen.getByTestId('changed-povertyLine')).toBeTruthy();

    act(() => store.getState().undoRequested());
    expect(store.getState().country).toBe(before);
  });

  it('refuses inflation of -200% with a message and leaves the country alone', () => {
    const before = store.getState().country!;
    fireEvent.click(screen.getByTestId('country-tab-economy'));
    const cell = screen.getByTestId<HTMLInputElement>('macro-inflation-2027');
    fireEvent.focus(cell);
    fireEvent.change(cell, { target: { value: '-200' } });

    const alert = cell.parentElement!.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Must be more than -100');
    expect(alert?.textContent).toContain('not used');
    expect(cell.getAttribute('aria-invalid')).toBe('true');
    expect(store.getState().country).toBe(before);
    expect(store.getState().country!.macro.inflation[2]).toBe(0.0483);
  });

  it('applies a valid macro edit as an undoable change of that series', () => {
    fireEvent.click(screen.getByTestId('country-tab-economy'));
    const cell = screen.getByTestId<HTMLInputElement>('macro-inflation-2027');
    fireEvent.focus(cell);
    fireEvent.change(cell, { target: { value: '7' } });
    const c = store.getState().country!;
    expect(c.macro.inflation[2]).toBeCloseTo(0.07, 12);
    expect(c.sources?.find((s) => s.field === 'macro.inflation')?.userChanged).toBe(true);
    expect(store.getState().past).toHaveLength(1);
  });

  it('edits a band of a rate in %, keeping the bands', () => {
    fireEvent.click(screen.getByTestId('country-tab-parameters'));
    const cell = screen.getByTestId<HTMLInputElement>('rate-poverty-all-15');
    expect(cell.value).toBe('26');
    fireEvent.focus(cell);
    fireEvent.change(cell, { target: { value: '20' } });
    expect(store.getState().country!.rates?.poverty).toEqual([
      [0, 14, 0.36],
      [15, 64, 0.2],
      [65, 100, 0.3],
    ]);
  });

  it('lists every problem of a malformed file with its place and changes nothing', async () => {
    const before = store.getState().country!;
    const broken = structuredClone(models.trainingCountry) as Record<string, unknown>;
    const population = broken.population as { female: number[][] };
    population.female[3] = population.female[3]!.slice(0, 100);
    (broken.macro as { gdp: number[] }).gdp[0] = -5;
    delete broken.currency;

    await importFile(file('broken.json', JSON.stringify(broken)));

    const problems = await screen.findByTestId('import-problems');
    expect(problems.textContent).toContain('Nothing was changed');
    const text = within(problems).getByTestId('import-issues').textContent;
    expect(text).toContain('population.female[3]');
    expect(text).toContain('must have 101 numbers');
    expect(text).toContain('Population › women › #4');
    expect(text).toContain('macro.gdp[0]');
    expect(text).toContain('currency');
    expect(store.getState().country).toBe(before);
    expect(calls.some((c) => c.channel === 'countries:import')).toBe(false);
  });

  it('says where a file is not valid JSON', async () => {
    const before = store.getState().country!;
    await importFile(file('cut.json', '{\n  "format": "spf.country/1",\n  "code": \n'));
    const problems = await screen.findByTestId('import-problems');
    expect(problems.textContent).toMatch(/not valid JSON at line \d+, column \d+/);
    expect(problems.textContent).toContain('The whole file');
    expect(store.getState().country).toBe(before);
  });

  it('runs the scenario on an imported country, stores it in the library, and undo brings the old one back', async () => {
    const before = store.getState().country!;
    const other = structuredClone(models.trainingCountry) as Record<string, unknown>;
    other.code = 'XTB';
    other.name = 'Other land';
    other.fictional = false;
    const text = JSON.stringify(other);

    await importFile(file('other.json', text));

    await screen.findByTestId('import-done');
    expect(store.getState().country!.code).toBe('XTB');
    expect(store.getState().draft!.country).toBe('XTB');
    expect(screen.getByTestId('country-name').textContent).toContain('Other land');
    expect(screen.queryByTestId('fictional-badge')).toBeNull();
    const stored = calls.find((c) => c.channel === 'countries:import');
    expect(stored?.request).toEqual({ fileName: 'other.json', text });
    await waitFor(() => expect(screen.getByTestId('import-done').textContent).toContain('library'));

    act(() => store.getState().undoRequested());
    expect(store.getState().country).toBe(before);
  });
});

describe('Country page, library unavailable', () => {
  it('uses an imported country even when the library cannot keep it, and says so', async () => {
    await renderPage({ failImport: true });
    const other = structuredClone(models.trainingCountry) as Record<string, unknown>;
    other.code = 'XTC';
    await importFile(file('c.json', JSON.stringify(other)));
    const failed = await screen.findByTestId('import-store-failed');
    expect(failed.textContent).toContain('the library is busy');
    expect(store.getState().country!.code).toBe('XTC');
  });
});
