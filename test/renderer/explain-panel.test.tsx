/**
 * "Why this number?" in the app: the headline cost opens a panel with its formula and terms, each
 * term expandable, Escape closes it; table cells of the results open the same panel for their
 * benefit and year; a stored scenario's values name its revision.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LiveSummary } from '../../renderer/src/features/benefits/LiveSummary';
import { ExplainPanel } from '../../renderer/src/features/explain/ExplainPanel';
import { ResultsPage } from '../../renderer/src/features/results/ResultsPage';
import { FinancingTable } from '../../renderer/src/features/financing/FinancingTable';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import type { AppStore } from '../../renderer/src/stores/app-store';
import { settle, startedStore } from './fake-app';

function renderWith(store: AppStore, page: 'summary' | 'results') {
  return render(
    <StoreProvider store={store}>
      {page === 'summary' ? <LiveSummary /> : <ResultsPage />}
      <ExplainPanel />
    </StoreProvider>,
  );
}

async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(element);
    await settle();
  });
}

describe('the headline cost explains itself', () => {
  it('opens the panel with its terms, expands one, and closes on Escape', async () => {
    const { store } = await startedStore();
    renderWith(store, 'summary');
    const opener = screen.getByTestId('explain-total-cost');
    opener.focus(); // as a click or Tab does in a browser
    await click(opener);
    const panel = screen.getByRole('dialog', { name: 'Why this number?' });
    // The default package in 2030 (its first year of full coverage): the sum of its seven benefits.
    expect(within(panel).getByText('Total cost of the package, 2030')).toBeTruthy();
    const child = panel.querySelector('[data-term="cost[child]"]')!;
    expect(child.querySelector('summary')!.textContent).toBe(
      'Cost of Universal child benefit, 2030 = 262,842,334,921 TBS a year',
    );
    // The child benefit: beneficiaries × benefit per beneficiary × (1 + admin rate), 8,928,658
    // children × 28,036.2 TBS × 1.05 (test/engine/explain.test.ts works it through).
    const terms = [...child.querySelectorAll(':scope > details > ul > li')].map((li) =>
      li.getAttribute('data-term'),
    );
    expect(terms).toEqual(['beneficiaries', 'benefitPerBeneficiary', 'adminRate']);
    expect(child.querySelector('code')!.textContent).toBe(
      'beneficiaries × benefitPerBeneficiary × (1 + adminRate)',
    );
    const admin = child.querySelector('[data-term="adminRate"]')!;
    expect(admin.textContent).toContain('Administration cost rate = 5%');
    expect(admin.textContent).toContain('set in the scenario (benefits[0].adminRate)');

    const details = child.querySelector('details')!;
    expect(details.open).toBe(false);
    await click(child.querySelector('summary')!);
    expect(details.open).toBe(true);

    await act(async () => {
      fireEvent.keyDown(window, { key: 'Escape' });
      await settle();
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('speaks French when the interface does', async () => {
    const { store } = await startedStore();
    const lang = 'fr';
    store.getState().explainRequested({ year: 2030, measure: 'pctGdp' }, lang);
    expect(store.getState().explained!.tree!.label).toBe('Coût en part du PIB, 2030');
  });
});

describe('the results table explains its cells', () => {
  it('a beneficiaries cell opens the benefit’s beneficiaries: eligible × coverage', async () => {
    const { store } = await startedStore();
    renderWith(store, 'results');
    const row2030 = screen.getByTestId('people-table').querySelectorAll('tbody tr')[5]!;
    await click(within(row2030 as HTMLElement).getAllByRole('button')[0]!);
    const panel = screen.getByRole('dialog');
    expect(panel.querySelector('.explain__root')!.textContent).toBe(
      'Beneficiaries, 2030 = 8,928,658 persons',
    );
    expect(store.getState().explained!.query).toEqual({
      year: 2030,
      benefit: 'child',
      measure: 'beneficiaries',
    });
  });
});

describe('sources of a stored scenario', () => {
  it('name the revision the draft came from', async () => {
    const { store } = await startedStore();
    store.setState({ source: { id: 7, rev: 3 } });
    store.getState().explainRequested({ year: 2030, benefit: 'child', measure: 'cost' }, 'en');
    const admin = store.getState().explained!.tree!.terms.find((t) => t.name === 'adminRate')!;
    expect(admin.source.text).toBe('changed by the user, revision 3 (benefits[0].adminRate)');
  });

  it('a number that cannot be explained says why', async () => {
    const { store } = await startedStore();
    store.getState().explainRequested({ year: 1990, measure: 'cost' }, 'en');
    const { tree, issues } = store.getState().explained!;
    expect(tree).toBeNull();
    expect(issues[0]!.message).toBe('the year 1990 is outside the scenario years 2025-2060');
  });
});

describe('while the draft is being costed', () => {
  it('the panel waits for the costing, then shows the tree', async () => {
    const { store } = await startedStore();
    renderWith(store, 'summary');
    await act(async () => {
      store.setState((s) => ({ run: { ...s.run, status: 'running' } }));
      store.getState().explainRequested({ year: 2030, measure: 'cost' }, 'en');
      await settle();
    });
    expect(screen.getByRole('status').textContent).toBe('Calculating…');
    await act(async () => {
      store.setState((s) => ({ run: { ...s.run, status: 'done' } }));
      await settle();
    });
    expect(screen.getByRole('dialog').querySelector('.explain__root')!.textContent).toContain(
      'Total cost of the package, 2030',
    );
  });
});

describe('fractions read as percentages in the panel', () => {
  it('a share of GDP and a coverage are shown in %, other units as the engine states them', async () => {
    const { shownValue } = await import('../../renderer/src/features/explain/ExplainPanel');
    // 0.0885422 of GDP is 8.85422% of GDP; a coverage of 0.9 is 90%; persons stay persons.
    expect(shownValue({ value: 0.0885422, unit: 'fraction of GDP' }, 'en', 'en', 'of GDP')).toEqual(
      {
        value: '8.85422%',
        unit: 'of GDP',
      },
    );
    expect(shownValue({ value: 0.9, unit: 'fraction' }, 'en', 'en', 'of GDP')).toEqual({
      value: '90%',
      unit: '',
    });
    // French writes the percent sign after a narrow no-break space, and the unit in French.
    const fr = shownValue({ value: 0.9, unit: 'fraction' }, 'fr', 'fr', 'du PIB');
    expect(fr.value.replace(/\s/gu, ' ')).toBe('90 %');
    expect(shownValue({ value: 8928658, unit: 'persons' }, 'en', 'en', 'of GDP')).toEqual({
      value: '8,928,658',
      unit: 'persons',
    });
  });
});

describe('the financing table explains its cost and gap', () => {
  it('a gap cell opens max(0, cost − resources) for its year', async () => {
    const { store } = await startedStore();
    render(
      <StoreProvider store={store}>
        <FinancingTable result={store.getState().run.result!} />
        <ExplainPanel />
      </StoreProvider>,
    );
    // Rows are the years from 2025: 2030 is the sixth; its buttons are the cost (column 1) and the
    // gap (column 3). The default package's 2030 gap is 731,744,596,788 TBS (spf explain, above).
    const row2030 = screen.getByTestId('financing-table').querySelectorAll('tbody tr')[5]!;
    const buttons = within(row2030 as HTMLElement).getAllByRole('button');
    expect(buttons).toHaveLength(2);
    await click(buttons[1]!);
    expect(store.getState().explained!.query).toEqual({ year: 2030, measure: 'gap' });
    expect(screen.getByRole('dialog').querySelector('.explain__root')!.textContent).toContain(
      '731,744,596,788',
    );
  });
});

describe('a cost cell explains the unit the table shows', () => {
  it('in US dollars: the nominal cost over the exchange rate', async () => {
    const { store } = await startedStore();
    store.getState().unitChanged('usd');
    renderWith(store, 'results');
    // Row 2030, first benefit (the child benefit): cost in USD = 262,842,334,921 TBS / 141.07.
    const row2030 = screen.getByTestId('cost-table').querySelectorAll('tbody tr')[5]!;
    await click(within(row2030 as HTMLElement).getAllByRole('button')[0]!);
    expect(store.getState().explained!.query).toEqual({
      year: 2030,
      benefit: 'child',
      measure: 'costUsd',
    });
    expect(screen.getByRole('dialog').querySelector('.explain__root')!.textContent).toContain(
      'in US dollars',
    );
  });
});
