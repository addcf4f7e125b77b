import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CostingResult } from '#engine';
import { FinancingPage } from '../../renderer/src/features/financing/FinancingPage';
import { spendingSource } from '../../renderer/src/features/financing/SpendingGapPanel';
import { formatMillions, formatPercent } from '../../renderer/src/lib/format';
import { waterfall } from '../../renderer/src/report/waterfall';
import type { AppStore } from '../../renderer/src/stores/app-store';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import { settle, startedStore } from './fake-app';

async function renderPage(): Promise<AppStore> {
  const { store } = await startedStore();
  render(
    <StoreProvider store={store}>
      <FinancingPage />
    </StoreProvider>,
  );
  return store;
}

const result = (store: AppStore): CostingResult => store.getState().run.result!;
/** Lets the engine answer an edit and React show it. */
const recalculated = () => act(() => settle());

/** The cells of a table's rows, as text. */
function cells(testId: string): string[][] {
  return [...screen.getByTestId(testId).querySelectorAll('tbody tr')].map((r) =>
    [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? ''),
  );
}

describe('the waterfall from cost to gap', () => {
  it('adds up, for every year, from the cost through each option to the costing gap', async () => {
    const { store } = await startedStore();
    const r = result(store);
    for (const [i, year] of r.years.entries()) {
      const w = waterfall(r, year);
      const walked = w.steps.slice(0, -1).reduce((sum, s) => sum + s.value, 0);
      const gap = r.financing.gap[i]!;
      // Rounding only: the walk takes the options off one by one, the engine all at once.
      const near = (a: number) => expect(Math.abs(a - gap)).toBeLessThanOrEqual(1e-9 * (1 + gap));
      near(w.steps.at(-1)!.value);
      // Where the options do not cover the cost, the walk ends at the gap.
      if (w.surplus === 0) near(walked);
      else expect(gap).toBe(0);
    }
  });

  it('shows the chosen year: cost, minus each option, the gap, in money and % of GDP', async () => {
    const store = await renderPage();
    const r = result(store);
    // The first year every benefit is fully phased in, as in the report.
    expect(screen.getByTestId<HTMLSelectElement>('waterfall-year').value).toBe('2030');
    fireEvent.change(screen.getByTestId('waterfall-year'), { target: { value: '2035' } });
    await recalculated();
    expect(within(screen.getByTestId('waterfall-panel')).getByRole('heading').textContent).toBe(
      'From the cost to the gap in 2035',
    );
    const i = r.years.indexOf(2035);
    const rows = cells('waterfall-table');
    expect(rows.map((row) => row[0])).toEqual([
      'Cost of the package',
      'Raise tax revenue',
      'Reallocate public expenditure',
      'Extend social security coverage and contributions',
      'Curb illicit financial flows',
      'Financing gap',
    ]);
    expect(rows[0]!.slice(1)).toEqual([
      formatMillions(r.total.cost[i]!, 'en'),
      formatPercent(r.total.pctGdp[i]!, 'en'),
    ]);
    expect(rows.at(-1)!.slice(1)).toEqual([
      formatMillions(r.financing.gap[i]!, 'en'),
      formatPercent(r.financing.gapPctGdp[i]!, 'en'),
    ]);
    expect(rows[1]![1]).toBe(formatMillions(-r.financing.options[0]!.resources[i]!, 'en'));
    // The spending gap follows the same year.
    expect(screen.getByTestId<HTMLSelectElement>('spending-year').value).toBe('2035');
  });

  it('states a surplus instead of drawing a negative gap', async () => {
    const store = await renderPage();
    act(() => store.getState().financingEdited(0, 'full', (f) => void (f.full = 0.2)));
    await recalculated();
    expect(screen.getByTestId('waterfall-surplus').textContent).toMatch(
      /^In 2030 the options raise [\d.]+% of GDP more than the package costs: there is no gap\.$/,
    );
    expect(cells('waterfall-table').at(-1)!.slice(1)).toEqual(['0.0', '0.00%']);
  });
});

describe('the gap against current spending', () => {
  it('uses the country data until a figure is typed in, then the typed figure', async () => {
    const store = await renderPage();
    const childrenRow = () => cells('spending-table').find((row) => row[0] === 'Children')!;
    const i = result(store).years.indexOf(2030);
    const cost = result(store).spendingGap.find((g) => g.function === 'children')!.costPctGdp[i]!;
    expect(childrenRow()[2]).toBe('0.10%');
    expect(childrenRow()[3]).toBe('Country data');
    expect(screen.getByTestId('spending-children-source').textContent).toBe('Country data');

    fireEvent.change(screen.getByTestId('spending-children'), { target: { value: '1.5' } });
    await recalculated();
    expect(store.getState().draft!.fiscal.currentSpendingPctGdp.children).toBeCloseTo(0.015, 12);
    const gap = result(store).spendingGap.find((g) => g.function === 'children')!;
    expect(gap.currentPctGdp).toBeCloseTo(0.015, 12);
    expect(gap.gapPctGdp[i]).toBeCloseTo(cost - 0.015, 12);
    expect(childrenRow().slice(2)).toEqual([
      '1.50%',
      'Typed in',
      formatPercent(cost, 'en'),
      formatPercent(cost - 0.015, 'en'),
    ]);
    expect(screen.getByTestId('spending-children-source').textContent).toBe('Typed in');

    // Back to the country's figure in one click; the edit is undoable like any other.
    fireEvent.click(screen.getByTestId('spending-children-reset'));
    await recalculated();
    expect(store.getState().draft!.fiscal.currentSpendingPctGdp).toEqual({});
    expect(childrenRow()[3]).toBe('Country data');
    act(() => store.getState().undoRequested());
    await recalculated();
    expect(childrenRow()[2]).toBe('1.50%');
  });

  it('says which figure is used for a function', () => {
    expect(spendingSource('health', { health: 0.02 }, { health: 0.01 })).toBe('scenario');
    expect(spendingSource('health', {}, { health: 0.01 })).toBe('data');
    expect(spendingSource('health', {}, undefined)).toBe('none');
  });
});

describe('the debt path', () => {
  it('warns in the first year debt passes the ceiling, and follows the fiscal settings', async () => {
    const store = await renderPage();
    expect(screen.getByTestId('debt-below').textContent).toBe(
      'Public debt stays below the ceiling of 70% of GDP in every year.',
    );
    act(() => store.getState().financingAdded('borrowing'));
    await recalculated();
    const k = store.getState().draft!.financing.length - 1;
    act(() => store.getState().financingEdited(k, 'full', (f) => void (f.full = 0.05)));
    await recalculated();
    const year = result(store).financing.debt.firstYearAboveCeiling;
    expect(year).not.toBeNull();
    expect(screen.getByTestId('debt-warning').textContent).toBe(
      `Debt passes the ceiling. With the reform's borrowing, public debt passes the ceiling of 70% of GDP in ${year}.`,
    );
    // The engine's own warning names the same year.
    expect(result(store).warnings.some((w) => w.includes(`in ${year}`))).toBe(true);

    fireEvent.change(screen.getByTestId('interest-rate'), { target: { value: '9' } });
    await recalculated();
    expect(store.getState().draft!.fiscal.interestRate).toBeCloseTo(0.09, 12);
    fireEvent.change(screen.getByTestId('debt-ceiling'), { target: { value: '400' } });
    await recalculated();
    expect(store.getState().draft!.fiscal.debtCeilingPctGdp).toBeCloseTo(4, 12);
    expect(screen.queryByTestId('debt-warning')).toBeNull();
    expect(screen.getByTestId('debt-below').textContent).toContain('400%');

    // A ceiling below the data's own ratio (52% of GDP in 2025) is passed before any borrowing.
    fireEvent.change(screen.getByTestId('debt-ceiling'), { target: { value: '40' } });
    await recalculated();
    expect(screen.getByTestId('debt-warning').textContent).toBe(
      'Debt passes the ceiling. Public debt in the data is already above the ceiling of 40% of GDP: 52% in 2025, before any borrowing for the reform.',
    );
  });

  it('keeps the options editor and offers a PNG of every chart and the exports', async () => {
    await renderPage();
    expect(screen.getByTestId('option-tax')).toBeTruthy();
    for (const chart of ['gap-chart', 'balance-chart', 'waterfall-chart', 'debt-chart']) {
      expect(screen.getByTestId(`${chart}-png`).textContent).toBe('Download PNG');
    }
    expect(screen.getByTestId('spending-chart-png')).toBeTruthy();
    expect(screen.getByTestId<HTMLButtonElement>('export-workbook').disabled).toBe(false);
  });
});
