import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResultsPage } from '../../renderer/src/features/results/ResultsPage';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import { settle, startedStore } from './fake-app';

afterEach(() => {
  vi.restoreAllMocks();
});

async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(element);
    await settle();
  });
}

describe('Results: beneficiaries in the unit the title states', () => {
  it('shows, copies and exports beneficiaries in millions of persons', async () => {
    const { store } = await startedStore();
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => Promise.resolve(void copied.push(text)) },
    });
    const files: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      files.push(b as Blob);
      return 'blob:x';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(
      <StoreProvider store={store}>
        <ResultsPage />
      </StoreProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Beneficiaries (millions)' })).toBeTruthy();
    // The engine's 2030 beneficiaries (default scenario, every benefit at full coverage by 2030):
    // child benefit 8,928,658 persons and health care 15,679,366.2. In millions: 8,928,658 / 10^6 =
    // 8.93 on screen (two decimals), 8.928658 in copies and CSV (to the whole person).
    const result = store.getState().run.result!;
    expect(result.years[5]).toBe(2030);
    expect(result.benefits[0]!.beneficiaries[5]).toBe(8928658);
    const table = screen.getByTestId('people-table');
    const row2030 = table.querySelectorAll('tbody tr')[5]!;
    const cells = [...row2030.querySelectorAll('td')].map((td) => td.textContent);
    // Before the fix the table showed 8,928,658 under "Beneficiaries (millions)".
    expect(cells[0]).toBe('8.93');
    expect(cells.at(-1)).toBe('15.68');

    await click(within(table).getByText('Copy for Excel'));
    const copiedRow = copied[0]!.split('\n').find((l) => l.startsWith('2030\t'))!;
    expect(copiedRow.split('\t')[1]).toBe('8.928658');
    expect(copiedRow.split('\t').at(-1)).toBe('15.679366');

    await click(screen.getByTestId('people-table-csv'));
    const csv = await files[0]!.text();
    const csvRow = csv.split('\r\n').find((l) => l.startsWith('2030,'))!;
    expect(csvRow.split(',')[1]).toBe('8.928658');
  });
});
