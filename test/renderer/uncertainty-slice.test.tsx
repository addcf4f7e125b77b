import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HowSurePanel } from '../../renderer/src/features/uncertainty/HowSurePanel';
import { MonteCarloSection } from '../../renderer/src/features/uncertainty/MonteCarloSection';
import { draftToFile } from '../../renderer/src/stores/draft';
import { GLANCE_DRAWS } from '../../renderer/src/stores/slices/uncertainty-slice';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import { settle } from './fake-app';
import { storeWithUncertainty, until } from './uncertainty-fakes';

const NAME = 'Full floor package, phased in 2026-2030';

describe('the uncertainty slice', () => {
  it('writes ranges, spread and threshold into the draft, saved with it and undone like any edit', async () => {
    const { store } = await storeWithUncertainty();
    const s = () => store.getState();
    expect(s().draft!.uncertainty).toBeUndefined();
    s().uncertaintyRangeEdited('povertyLine', 'high', 0.2);
    s().uncertaintyInputToggled('migration', false);
    s().uncertaintySpreadEdited(0.5);
    s().gapThresholdEdited(0.03);
    expect(s().draft!.uncertainty).toEqual({
      spread: 0.5,
      inputs: { povertyLine: { enabled: true, high: 0.2 }, migration: { enabled: false } },
      gapThreshold: 0.03,
    });
    expect(draftToFile(s().draft!).uncertainty).toEqual(s().draft!.uncertainty);
    // Clearing an end leaves the input with the default.
    s().uncertaintyRangeEdited('povertyLine', 'high', undefined);
    expect(s().draft!.uncertainty!.inputs.povertyLine).toEqual({ enabled: true });
    for (let i = 0; i < 5; i++) s().undoRequested();
    expect(s().draft!.uncertainty).toBeUndefined();
  });

  it('with the spread at 0, every Monte Carlo band is the costing itself', async () => {
    const { store } = await storeWithUncertainty();
    store.getState().uncertaintySpreadEdited(0);
    await settle();
    const costed = store.getState().run.result!;
    const running = store.getState().monteCarloRequested('en', 300, 5);
    expect(store.getState().monteCarlo.status).toBe('running');
    await running;
    const mc = store.getState().monteCarlo;
    expect(mc.status).toBe('done');
    expect(mc.received).toBe(300);
    // Every input fixed at its central value: each draw is the scenario's own result.
    for (const key of ['p5', 'p50', 'p95', 'mean'] as const) {
      expect(mc.result!.total.pctGdp[key]).toEqual(costed.total.pctGdp);
    }
  });

  it('a cancelled run says so and keeps the draws received', async () => {
    const { store } = await storeWithUncertainty();
    const running = store.getState().monteCarloRequested('en', 20_000, 5);
    await until(() => store.getState().monteCarlo.received > 0);
    store.getState().monteCarloCancelled();
    await running;
    const mc = store.getState().monteCarlo;
    expect(mc.status).toBe('cancelled');
    expect(mc.received).toBeGreaterThan(0);
    expect(mc.received).toBeLessThan(20_000);
  });

  it('saves the low and the high scenario to the library, with a notice naming both', async () => {
    const { store, fake } = await storeWithUncertainty();
    expect(await store.getState().scenarioPairSaved('en')).toBe(true);
    const saved = [...fake.scenarios.values()].map((x) => x.name);
    expect(saved).toEqual([`${NAME} — low`, `${NAME} — high`]);
    expect(store.getState().notice).toEqual({
      kind: 'pair-saved',
      low: `${NAME} — low`,
      high: `${NAME} — high`,
    });
    // The poverty line lives in the country data: the low scenario carries a copy at 90% of the
    // training country's 90,000 a year, and is saved with it.
    const low = fake.scenarios.get(1)!.revisions[0]!;
    expect((low.country as { povertyLine: number }).povertyLine).toBeCloseTo(81_000, 6);
    expect((low.scenario as { country: string }).country).toBe('XTA');
  });
});

describe('How sure? on the benefits page', () => {
  it('shows the headline cost with its band and the three inputs that move it most', async () => {
    const { store } = await storeWithUncertainty();
    render(
      <StoreProvider store={store}>
        <HowSurePanel />
      </StoreProvider>,
    );
    // The panel asks once typing pauses (600 ms), then the worker answers.
    await act(() => new Promise((r) => setTimeout(r, 700)));
    await act(() => until(() => store.getState().glance.status === 'done'));
    const band = screen.getByTestId('how-sure-band');
    // The default package: 8.85% of GDP in 2030, its first year of full coverage.
    expect(band.textContent).toContain('8.85%');
    expect(band.textContent).toContain('of GDP in 2030');
    expect(band.textContent).toContain(`(${GLANCE_DRAWS} draws)`);
    const items = within(screen.getByTestId('how-sure-inputs')).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    // The poverty line moves the cost most: −10% to +10% gives 8.30% to 9.41% of GDP.
    expect(items[0]!.textContent).toContain('Poverty line (amount)');
    expect(items[0]!.textContent).toContain('−10.0% to +10.0%: 8.30% to 9.41% of GDP');
    const p5 = store.getState().glance.bands!.total.pctGdp.p5[5]!;
    expect(p5).toBeLessThan(0.0885);
  });
});

describe('the Monte Carlo section', () => {
  it('shows the bands of the scenario they were drawn for, and none once another is opened', async () => {
    const { store } = await storeWithUncertainty();
    render(
      <StoreProvider store={store}>
        <MonteCarloSection />
      </StoreProvider>,
    );
    await act(() => store.getState().monteCarloRequested('en', 100, 3));
    expect(screen.getByTestId('mc-status').textContent).toBe('100 draws done.');
    // 36 years, 2025 to 2060, one row each.
    expect(screen.getByTestId('percentile-table').querySelectorAll('tbody tr')).toHaveLength(36);
    await act(() => store.getState().newScenarioRequested());
    expect(screen.queryByTestId('percentile-table')).toBeNull();
    expect(screen.getByText('Press Run to draw the bands.')).toBeTruthy();
  });
});
