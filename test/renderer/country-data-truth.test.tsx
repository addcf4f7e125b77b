/**
 * The Country page says what the engine does: which rates stop a benefit and which only warn, the
 * sources the file carries for a group of fields, which poverty line (amount and headcount) the
 * scenario uses, and the long-run paths after the data (defects 10, 11 and 12).
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import countryText from '../../models/training-country/country.json?raw';
import templatesText from '../../models/benefit-templates.json?raw';
import scenarioText from '../../models/scenarios/default.json?raw';
import { createBridge, type Transport } from '../../renderer/src/api/bridge-client';
import { CountryPage } from '../../renderer/src/features/country/CountryPage';
import { sourceRows } from '../../renderer/src/features/country/SourcesSection';
import { createAppStore, type AppStore } from '../../renderer/src/stores/app-store';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import { createRunner } from '../../renderer/src/workers/run-request';
import { readCountry, type CountryData } from '#engine';

const models = {
  trainingCountry: JSON.parse(countryText) as unknown,
  defaultScenario: JSON.parse(scenarioText) as unknown,
  templates: JSON.parse(templatesText) as unknown,
};

const transport: Transport = (channel) => {
  const ok = (value: unknown) => Promise.resolve({ ok: true as const, value });
  if (channel === 'models:bundled') return ok(models);
  if (channel === 'scenarios:list' || channel === 'drafts:list' || channel === 'countries:list') {
    return ok([]);
  }
  return Promise.resolve({
    ok: false as const,
    error: { code: 'not-found' as const, message: `no ${channel} in this test` },
  });
};

let store: AppStore;

async function renderPage() {
  const runner = createRunner();
  let nextId = 0;
  store = createAppStore({
    bridge: createBridge(transport),
    engine: {
      run(scenario, countryKey, country) {
        nextId += 1;
        const id = nextId;
        return {
          id,
          done: Promise.resolve(runner({ type: 'run', id, scenario, countryKey, country })),
        };
      },
    },
  });
  await store.getState().started();
  await waitFor(() => expect(store.getState().run.status).toBe('done'));
  render(
    <StoreProvider store={store}>
      <CountryPage />
    </StoreProvider>,
  );
}

/** The training country changed by `recipe`, read as the app reads a file. */
function trainingWith(recipe: (c: Record<string, unknown>) => void): CountryData {
  const c = structuredClone(models.trainingCountry) as Record<string, unknown>;
  recipe(c);
  const r = readCountry(c);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return r.value;
}

/**
 * Tamboria with the builder's layout: the USD 3.00 line (60,000 TBS a year, 30% below it) first and
 * the national line with its headcount (35%) but no amount, and the WHO source given for health
 * spending only.
 */
function withLines(): CountryData {
  return trainingWith((c) => {
    delete c.povertyLine;
    const rates = c.rates as Record<string, unknown>;
    delete rates.poverty;
    c.povertyLines = [
      { id: 'international-3.00', amount: 60000, headcount: 0.3 },
      { id: 'national', headcount: 0.35 },
    ];
    const sources = (c.sources as { field: string; source: string }[]).filter(
      (s) => s.field !== 'spendingPctGdp',
    );
    sources.push({
      field: 'spendingPctGdp.health',
      source: 'World Health Organization: Global Health Expenditure Database',
    });
    c.sources = sources;
  });
}

function replaceCountry(country: CountryData) {
  act(() => store.getState().countryReplaced(country));
}

function type(testId: string, value: string) {
  const field = screen.getByTestId<HTMLInputElement>(testId);
  fireEvent.focus(field);
  fireEvent.change(field, { target: { value } });
  fireEvent.blur(field);
}

describe('Country page statements match the engine (defect 10)', () => {
  beforeEach(async () => {
    await renderPage();
  });

  it('says a missing health coverage only warns, and a missing disability rate stops benefits', async () => {
    replaceCountry(
      trainingWith((c) => {
        const rates = c.rates as Record<string, unknown>;
        delete rates.healthCoverage;
        delete rates.disability;
      }),
    );
    fireEvent.click(screen.getByTestId('country-tab-parameters'));
    const health = screen.getByTestId('rate-healthCoverage-missing').textContent;
    expect(health).toContain('Health benefits are still costed');
    expect(health).not.toContain('cannot be costed');
    expect(screen.getByTestId('rate-disability-missing').textContent).toContain(
      'cannot be costed until it is given',
    );
    // What the engine does: the health benefit is refused nowhere; the disability benefit is.
    await waitFor(() => expect(store.getState().run.status).toBe('invalid'));
    const paths = store.getState().run.issues.map((i) => i.path);
    expect(paths).toContain('benefits[3].eligibility.prevalence');
    expect(paths.some((p) => p.startsWith('benefits[6]'))).toBe(false);
  });

  it('shows the WHO source of health spending under current spending by function', () => {
    replaceCountry(withLines());
    fireEvent.click(screen.getByTestId('country-tab-parameters'));
    const tag = screen.getByTestId('source-spendingPctGdp').textContent;
    expect(tag).not.toContain('not stated');
    expect(tag).toContain('Health: World Health Organization: Global Health Expenditure Database');
    const row = sourceRows(
      withLines(),
      null,
      () => '',
      'not stated',
      'en',
      (f) => f,
    ).find((r) => r.field === 'spendingPctGdp');
    expect(row?.source).toBe(
      'spendingPctGdp.health: World Health Organization: Global Health Expenditure Database',
    );
  });
});

describe('Poverty lines on the Country page (defect 11)', () => {
  beforeEach(async () => {
    await renderPage();
    replaceCountry(withLines());
    await waitFor(() => expect(store.getState().run.status).toBe('done'));
    fireEvent.click(screen.getByTestId('country-tab-parameters'));
  });

  it('labels each line for what it is and says the scenario uses the first by default', () => {
    expect(screen.getByTestId('line-international-3_00').textContent).toContain(
      'International poverty line (USD 3.00 a day, 2021 PPP)',
    );
    expect(screen.getByTestId('line-national').textContent).toContain('National poverty line');
    expect(screen.getByTestId('poverty-line-used').textContent).toBe(
      'This scenario uses the International poverty line (USD 3.00 a day, 2021 PPP).',
    );
    // No field calls the USD 3.00 amount "the national poverty line" any more.
    expect(screen.queryByTestId('param-povertyLine')).toBeNull();
    expect(screen.getByTestId<HTMLInputElement>('line-international-3_00-amount').value).toBe(
      '60,000',
    );
    expect(screen.getByTestId<HTMLInputElement>('line-national-headcount').value).toBe('35');
  });

  it('switches the scenario to the national line, and costs it once its amount is typed in', async () => {
    fireEvent.click(screen.getByTestId('line-national-use'));
    expect(store.getState().draft!.assumptions.povertyLine).toBe('national');
    expect(screen.getByTestId('poverty-line-used').textContent).toContain(
      'This scenario uses the National poverty line. It has no amount',
    );
    await waitFor(() => expect(store.getState().run.status).toBe('invalid'));

    type('line-national-amount', '80000');
    const national = store.getState().country!.povertyLines!.find((l) => l.id === 'national');
    expect(national).toEqual({ id: 'national', headcount: 0.35, amount: 80000 });
    await waitFor(() => expect(store.getState().run.status).toBe('done'));
    const used = store
      .getState()
      .run.result!.provenance.find((e) => e.field === 'povertyLines.national.amount');
    expect(used?.derivation).toContain('the line this scenario uses (chosen by the scenario');
    // The poverty line the costing used in 2025 is the typed amount.
    expect(store.getState().run.result!.baseline.povertyLine[0]).toBe(80000);
  });
});

describe('Long-run assumptions on the Country page (defect 12)', () => {
  beforeEach(async () => {
    await renderPage();
  });

  it('edits US dollar inflation and long-run growth after the last macro year', async () => {
    // Tamboria's data end in 2060; keep them to 2030 so that the long run starts in 2031.
    replaceCountry(
      trainingWith((c) => {
        const macro = c.macro as Record<string, unknown[]>;
        for (const k of Object.keys(macro)) macro[k] = macro[k]!.slice(0, 6);
      }),
    );
    fireEvent.click(screen.getByTestId('country-tab-economy'));
    expect(screen.getByTestId('long-run').textContent).toContain(
      'Long-run assumptions (after 2030)',
    );
    expect(screen.getByTestId('long-run-usdInflation').getAttribute('placeholder')).toBe(
      'none: rate held',
    );
    type('long-run-usdInflation', '2');
    type('long-run-inflation', '10');
    type('long-run-realGrowth', '4');
    const c = store.getState().country!;
    expect(c.longRun).toEqual({ usdInflation: 0.02, inflation: 0.1, realGrowth: 0.04 });
    expect(c.sources?.find((s) => s.field === 'longRun.usdInflation')?.userChanged).toBe(true);
    await waitFor(() => expect(store.getState().run.status).toBe('done'));
    const b = store.getState().run.result!.baseline;
    const k2030 = b.fxPerUsd.length - 1 - (store.getState().run.result!.years.at(-1)! - 2030);
    // fx 2031 = fx 2030 x 1.10 / 1.02; GDP 2031 = GDP 2030 x 1.04 x 1.10.
    expect(b.fxPerUsd[k2030 + 1]! / b.fxPerUsd[k2030]!).toBeCloseTo(1.1 / 1.02, 12);
    expect(b.gdp[k2030 + 1]! / b.gdp[k2030]!).toBeCloseTo(1.04 * 1.1, 12);
  });
});
