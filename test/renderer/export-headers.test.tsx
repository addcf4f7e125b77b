import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FinancingPage } from '../../renderer/src/features/financing/FinancingPage';
import { ResultsPage } from '../../renderer/src/features/results/ResultsPage';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import { settle, startedStore } from './fake-app';

let files: Blob[];
let copied: string[];

beforeEach(() => {
  files = [];
  copied = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: (text: string) => Promise.resolve(void copied.push(text)) },
  });
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    files.push(b as Blob);
    return 'blob:x';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});

afterEach(() => vi.restoreAllMocks());

async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(element);
    await settle();
  });
}

/** The header row and the 2030 row of the last CSV file downloaded. */
async function lastCsv(): Promise<{ header: string; row2030: string }> {
  const lines = (await files.at(-1)!.text()).split('\r\n');
  return { header: lines[0]!, row2030: lines.find((l) => l.startsWith('2030,'))! };
}

describe('exported tables state the unit of every number', () => {
  it('Results: cost by benefit in whole currency units or fractions, shares as fractions', async () => {
    const { store } = await startedStore();
    render(
      <StoreProvider store={store}>
        <ResultsPage />
      </StoreProvider>,
    );
    await click(screen.getByTestId('unit-nominal'));
    const cost = screen.getByTestId('cost-table');
    // On screen the 2030 total reads 1,016,442 (million TBS); the file holds the amount in TBS.
    expect(cost.querySelectorAll('tbody tr')[5]!.querySelectorAll('td')[7]!.textContent).toBe(
      '1,016,442',
    );
    await click(screen.getByTestId('cost-table-csv'));
    let csv = await lastCsv();
    // Papa quotes nothing here: the units carry no comma.
    expect(csv.header.split(',')[1]).toBe('Universal child benefit (TBS at current prices)');
    expect(csv.header.split(',').at(-1)).toBe('Total (TBS at current prices)');
    expect(Number(csv.row2030.split(',').at(-1)) / 1e6).toBeCloseTo(1016442, 0);

    // Copy for Excel carries the same headers.
    await click(within(cost).getByText('Copy for Excel'));
    expect(copied[0]!.split('\n')[0]!.split('\t').at(-1)).toBe('Total (TBS at current prices)');

    // % of GDP: the table shows 8.85%, the file 0.0885…, a fraction of GDP (npx spf cost: 8.85% in 2030).
    await click(screen.getByTestId('unit-pctGdp'));
    await click(screen.getByTestId('cost-table-csv'));
    csv = await lastCsv();
    expect(csv.header.split(',').at(-1)).toBe('Total (fraction of GDP: 1 = 100%)');
    expect(Number(csv.row2030.split(',').at(-1))).toBeCloseTo(0.0885, 4);

    await click(screen.getByTestId('share-table-csv'));
    csv = await lastCsv();
    // "Total cost, % of GDP" has a comma of its own, so the CSV quotes it.
    expect(csv.header).toContain('"Total cost, % of GDP (fraction: 1 = 100%)"');

    await click(screen.getByTestId('people-table-csv'));
    csv = await lastCsv();
    expect(csv.header.split(',')[1]).toBe('Universal child benefit (millions of persons)');
  });

  it('Financing: money in whole currency units, shares as fractions', async () => {
    const { store } = await startedStore();
    render(
      <StoreProvider store={store}>
        <FinancingPage />
      </StoreProvider>,
    );
    const table = screen.getByTestId('financing-table');
    await click(within(table).getByText('Download CSV'));
    const csv = await lastCsv();
    expect(csv.header).toBe(
      'Year,Cost (TBS),Resources (TBS),Gap (TBS),"Gap, % of GDP (fraction: 1 = 100%)",' +
        '"Left for international support, % of GDP (fraction: 1 = 100%)",' +
        '"Balance after reform, % of GDP (fraction: 1 = 100%)"',
    );
    // The cost column is the package's cost in TBS: 1,016,442 million in 2030, as on Results.
    expect(Number(csv.row2030.split(',')[1]) / 1e6).toBeCloseTo(1016442, 0);
  });
});
