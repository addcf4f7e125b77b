import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CrisisPage } from '../../renderer/src/features/crisis/CrisisPage';
import { monthLabel, paidMonths } from '../../renderer/src/features/crisis/crisis-charts';
import type { AppStore } from '../../renderer/src/stores/app-store';
import { draftToFile } from '../../renderer/src/stores/draft';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import { readScenario } from '#engine';
import { settle, startedStore } from './fake-app';

async function renderPage(): Promise<AppStore> {
  const { store } = await startedStore();
  render(
    <StoreProvider store={store}>
      <CrisisPage />
    </StoreProvider>,
  );
  return store;
}

const recalculated = () => act(() => settle());

/** Types into a number field as a user does, then lets the engine answer. */
async function type(testId: string, text: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value: text } });
  await recalculated();
}

function rows(testId: string): string[][] {
  return [...screen.getByTestId(testId).querySelectorAll('tbody tr')].map((r) =>
    [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? ''),
  );
}

describe('the crisis measures page', () => {
  it('explains the calculator when the scenario has no measure', async () => {
    await renderPage();
    const empty = screen.getByTestId('crisis-empty');
    expect(within(empty).getByRole('heading', { level: 3 }).textContent).toBe(
      'What the rapid calculator does',
    );
    expect(empty.textContent).toContain('costs such measures month by month');
    expect(
      within(empty)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'Add an emergency transfer',
      'Add an extension of unemployment benefits',
      'Add a top-up of a benefit',
    ]);
  });

  it('adds an emergency transfer and shows its months, its years and the totals', async () => {
    const store = await renderPage();
    fireEvent.click(screen.getByTestId('crisis-add-transfer'));
    await recalculated();
    const measure = store.getState().draft!.crisis[0]!;
    expect(measure).toMatchObject({
      id: 'transfer',
      kind: 'transfer',
      label: 'Emergency cash transfer',
      unit: 'households',
      // Tamboria's poverty line, 90,000 TBS a year, is 7,500 a month.
      amountPerMonth: 7500,
      startYear: 2026,
      startMonth: 1,
      months: 3,
    });
    await type('crisis-0-recipients', '500,000');
    await type('crisis-0-amount', '2,000');
    fireEvent.change(screen.getByTestId('crisis-0-start-month'), { target: { value: '11' } });
    await recalculated();
    await type('crisis-0-admin', '3');

    // 500,000 households x 2,000 TBS = 1,000 million a month, + 3% administration = 1,030 million;
    // November 2026 to January 2027: 3 months, 3,090 million TBS, two of them in 2026.
    const monthly = rows('crisis-monthly-table');
    expect(monthly.map((r) => r[0])).toEqual(['Nov 2026', 'Dec 2026', 'Jan 2027']);
    expect(monthly[0]).toEqual([
      'Nov 2026',
      'Emergency cash transfer',
      '500,000',
      '2,000.00',
      '1,000',
      '30.0',
      '1,030',
    ]);
    const yearly = rows('crisis-yearly-table');
    expect(yearly.map((r) => r.slice(0, 2))).toEqual([
      ['2026', '2,060'],
      ['2027', '1,030'],
      ['Total', '3,090'],
    ]);
    expect(screen.getByTestId('crisis-total-cost').textContent).toBe('3,090');
    const crisis = store.getState().run.result!.crisis;
    expect(crisis.cost).toBeCloseTo(3.09e9, 3);
    expect(screen.getByTestId('crisis-total-pct-gdp').textContent).toBe(
      new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 3 }).format(
        crisis.pctGdp,
      ),
    );
    // What is saved is a valid scenario file.
    expect(readScenario(draftToFile(store.getState().draft!)).ok).toBe(true);
  });

  it('shows the engine message next to the field it is about', async () => {
    const store = await renderPage();
    fireEvent.click(screen.getByTestId('crisis-add-extension'));
    await recalculated();
    await type('crisis-0-start-year', '2060');
    expect(store.getState().run.status).toBe('done');
    await type('crisis-0-months', '24');
    expect(store.getState().run.status).toBe('invalid');
    const editor = screen.getByTestId('crisis-measure-0');
    expect(within(editor).getByRole('alert').textContent).toBe(
      'the measure runs 2060-2061, outside the scenario years 2025-2060',
    );
    await type('crisis-0-months', '12');
    expect(store.getState().run.status).toBe('done');
    expect(within(screen.getByTestId('crisis-measure-0')).queryByRole('alert')).toBeNull();
  });

  it('tops up a benefit of the package by a share or a fixed amount', async () => {
    const store = await renderPage();
    fireEvent.click(screen.getByTestId('crisis-add-topUp'));
    await recalculated();
    const first = store.getState().draft!.benefits[0]!;
    expect(store.getState().draft!.crisis[0]).toMatchObject({
      kind: 'topUp',
      benefit: first.id,
      share: 1,
      amountPerMonth: null,
      label: `Top-up of ${first.label}`,
    });
    const second = store.getState().draft!.benefits[1]!;
    fireEvent.change(screen.getByTestId('crisis-0-benefit'), { target: { value: second.id } });
    await recalculated();
    expect(store.getState().draft!.crisis[0]).toMatchObject({
      benefit: second.id,
      label: `Top-up of ${second.label}`,
    });
    fireEvent.click(screen.getByTestId('crisis-0-mode-amount'));
    await recalculated();
    await type('crisis-0-amount', '500');
    expect(store.getState().draft!.crisis[0]).toMatchObject({ share: null, amountPerMonth: 500 });
    expect(store.getState().run.status).toBe('done');
    expect(store.getState().run.result!.crisis.measures[0]!.months[0]!.amountPerRecipient).toBe(
      500,
    );
    expect(screen.getByTestId('crisis-chart-png')).toBeTruthy();
  });

  it('removes a measure in one undoable step', async () => {
    const store = await renderPage();
    fireEvent.click(screen.getByTestId('crisis-add-transfer'));
    fireEvent.click(screen.getByTestId('crisis-add-transfer'));
    await recalculated();
    expect(store.getState().draft!.crisis.map((c) => c.id)).toEqual(['transfer', 'transfer-2']);
    fireEvent.click(screen.getByTestId('crisis-0-remove'));
    await recalculated();
    expect(store.getState().draft!.crisis.map((c) => c.id)).toEqual(['transfer-2']);
    act(() => store.getState().undoRequested());
    await recalculated();
    expect(store.getState().draft!.crisis).toHaveLength(2);
  });

  it('lists the months paid in calendar order, named in the user language', () => {
    const months = (year: number, month: number) => ({
      year,
      month,
      recipients: 1,
      amountPerRecipient: 1,
      transfers: 1,
      admin: 0,
      cost: 1,
    });
    const measure = (ms: ReturnType<typeof months>[]) => ({
      id: 'x',
      kind: 'transfer' as const,
      label: 'x',
      months: ms,
      byYear: [],
      transfers: 0,
      admin: 0,
      cost: 0,
      pctGdp: 0,
      pctExpenditure: 0,
    });
    const keys = paidMonths({
      measures: [measure([months(2027, 1), months(2026, 12)]), measure([months(2026, 12)])],
      byYear: [],
      cost: 0,
      pctGdp: 0,
      pctExpenditure: 0,
    });
    expect(keys).toEqual([2026 * 12 + 11, 2027 * 12]);
    expect(monthLabel(2026, 4, 'en')).toBe('Apr 2026');
    expect(monthLabel(2026, 4, 'fr')).toBe('avr. 2026');
  });
});
