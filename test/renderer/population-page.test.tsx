import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PopulationPage } from '../../renderer/src/features/population/PopulationPage';
import type { AppStore } from '../../renderer/src/stores/app-store';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import { settle, startedStore } from './fake-app';

async function renderPage(): Promise<AppStore> {
  const { store } = await startedStore();
  render(
    <StoreProvider store={store}>
      <PopulationPage />
    </StoreProvider>,
  );
  return store;
}

/** Types into an input as a user does: focus, then the new text. */
async function type(testId: string, text: string): Promise<void> {
  const input = screen.getByTestId(testId);
  await act(async () => {
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: text } });
    await settle();
  });
}

async function click(testId: string): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByTestId(testId));
    await settle();
  });
}

async function select(testId: string, value: string): Promise<void> {
  await act(async () => {
    fireEvent.change(screen.getByTestId(testId), { target: { value } });
    await settle();
  });
}

const YEAR_2040 = 15;
const child = (store: AppStore) =>
  store.getState().run.result!.benefits.find((b) => b.id === 'child')!;

describe('Population outlook page', () => {
  it("shows the projection with the country's rates and says the costing uses the country's own population", async () => {
    const store = await renderPage();
    const o = store.getState().run.population!;
    expect(o.applied).toBe(false);
    expect(o.variant).toBeNull();
    expect(o.years[0]).toBe(2025);
    expect(o.years.at(-1)).toBe(2060);
    expect(screen.getByTestId('outlook-explain').textContent).toMatch(
      /uses the country's own population figures/,
    );
    // The last year's figures: 37.71 million with the country's rates (the file has 37.90).
    expect(within(screen.getByTestId('outlook-fact-total')).getByText('37.71')).toBeTruthy();
    const rows = within(screen.getByTestId('outlook-total-table')).getAllByRole('row');
    expect(rows).toHaveLength(1 + 36);
    expect(rows[1]!.textContent).toContain('24,000,008');
    expect(screen.getByTestId<HTMLInputElement>('variant-on').checked).toBe(false);
  });

  it('switching the variant on and a lower TFR reduces the child population and the child benefit cost', async () => {
    const store = await renderPage();
    const own = child(store).cost[YEAR_2040]!;
    await click('variant-on');
    expect(store.getState().draft!.demography).toEqual({});
    expect(screen.getByTestId('outlook-explain').textContent).toMatch(
      /costing uses this projected population and its births for every year from 2025 to 2060/,
    );
    const base = child(store).cost[YEAR_2040]!;
    // On the country's own rates the projection is close to the file's population.
    expect(Math.abs(base / own - 1)).toBeLessThan(0.015);

    await select('fertility-mode', 'multiplier');
    await type('tfr-multiplier', '0.7');
    expect(store.getState().draft!.demography).toEqual({ fertility: { tfrMultiplier: 0.7 } });
    const run = store.getState().run;
    expect(run.status).toBe('done');
    const o = run.population!;
    expect(o.applied).toBe(true);
    const k = YEAR_2040;
    expect(o.variant!.tfr[k]!).toBeCloseTo(0.7 * o.base.tfr[k]!, 10);
    expect(o.variant!.share0to14[k]!).toBeLessThan(o.base.share0to14[k]!);
    expect(o.variant!.births[k]!).toBeLessThan(0.75 * o.base.births[k]!);
    // The costing follows: fewer eligible children and a cheaper child benefit.
    expect(child(store).cost[k]!).toBeLessThan(0.85 * base);
    expect(run.result!.baseline.population[k]).toBeCloseTo(o.variant!.total[k]!, 0);
    // The page shows the variant's last-year share of children with the base's beside it.
    const fact = screen.getByTestId('outlook-fact-children');
    expect(fact.textContent).toMatch(/country's rates: 2\d\.\d%/);
    const pyramidRows = within(screen.getByTestId('outlook-pyramid-table')).getAllByRole('row');
    expect(pyramidRows[0]!.textContent).toContain('Women, variant');
    expect(pyramidRows[1]!.textContent).toMatch(/^0-4/);
  });

  it('shows an invalid value with a located message from the engine and keeps the last projection', async () => {
    const store = await renderPage();
    await click('variant-on');
    await select('fertility-mode', 'multiplier');
    await type('tfr-multiplier', '6');
    const run = store.getState().run;
    expect(run.status).toBe('invalid');
    expect(run.issues.map((i) => i.path)).toContain('demography.fertility.tfrMultiplier');
    const field = screen.getByTestId('tfr-multiplier').closest('.field')!;
    expect(within(field as HTMLElement).getByRole('alert').textContent).toMatch(/5/);
    expect(screen.getByTestId('variant-issues').textContent).toContain(
      'demography.fertility.tfrMultiplier',
    );
    // The charts keep the last valid projection.
    expect(screen.getByTestId('outlook-total-table')).toBeTruthy();
    await type('tfr-multiplier', '0.9');
    expect(store.getState().run.status).toBe('done');
    expect(screen.queryByTestId('variant-issues')).toBeNull();
  });

  it('takes a TFR path and net migration of its own, mortality improvement and a sex ratio', async () => {
    const store = await renderPage();
    await click('variant-on');
    await select('fertility-mode', 'path');
    await type('tfr-path', '3.5; 3; 2.5');
    await select('migration-mode', 'perYear');
    await type('migration-per-year', '-40000');
    await type('mortality-improvement', '1');
    await click('srb-country');
    await type('srb', '1.07');
    expect(store.getState().draft!.demography).toEqual({
      fertility: { tfr: [3.5, 3, 2.5] },
      netMigration: { perYear: -40000 },
      mortalityImprovement: 0.01,
      sexRatioAtBirth: 1.07,
    });
    const o = store.getState().run.population!;
    [3.5, 3, 2.5, 2.5].forEach((v, i) => expect(o.variant!.tfr[1 + i]).toBeCloseTo(v, 10));
    expect(o.variant!.netMigration[3]).toBeCloseTo(-40000, 6);
    expect(o.variant!.e0Female[20]!).toBeGreaterThan(o.base.e0Female[20]! + 2);
    // A list that is not numbers is refused on the spot.
    await type('tfr-path', '3.5; x');
    expect(screen.getByText(/Type numbers separated by semicolons/)).toBeTruthy();
  });

  it('switched off, keeps the settings and costs on the country population exactly as before', async () => {
    const store = await renderPage();
    const before = store.getState().run.result!.total.cost;
    await click('variant-on');
    await select('fertility-mode', 'multiplier');
    await type('tfr-multiplier', '0.5');
    expect(store.getState().run.result!.total.cost).not.toEqual(before);
    await click('variant-on');
    expect(store.getState().draft!.demography).toEqual({
      project: false,
      fertility: { tfrMultiplier: 0.5 },
    });
    expect(store.getState().run.result!.total.cost).toEqual(before);
    const o = store.getState().run.population!;
    expect(o.applied).toBe(false);
    expect(o.variant).not.toBeNull();
    expect(screen.getByTestId('outlook-explain').textContent).toMatch(/switched off/);
  });

  it('explains when the country has no demographic rates', async () => {
    const { store } = await startedStore();
    const country = structuredClone(store.getState().country!);
    delete country.demography;
    await act(async () => {
      store.getState().countryReplaced(country);
      await settle();
    });
    render(
      <StoreProvider store={store}>
        <PopulationPage />
      </StoreProvider>,
    );
    expect(screen.getByTestId('outlook-explain').textContent).toMatch(/has no demographic rates/);
    await click('variant-on');
    await waitFor(() => expect(store.getState().run.status).toBe('invalid'));
    expect(screen.getByTestId('variant-issues').textContent).toMatch(/gives no demographic rates/);
  });
});
