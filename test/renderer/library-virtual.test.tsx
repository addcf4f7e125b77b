import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import type { ScenarioSummary } from '../../src/contract/bridge';
import { createBridge, type Transport } from '../../renderer/src/api/bridge-client';
import { LibraryPage } from '../../renderer/src/features/library/LibraryPage';
import { createAppStore, type AppStore } from '../../renderer/src/stores/app-store';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import { pageOf } from './scenario-pages';

afterEach(cleanup);

/** 1,000 scenarios: "Scenario 0000" to "Scenario 0999", id n + 1, scenario n changed n minutes in. */
const SCENARIOS: ScenarioSummary[] = Array.from({ length: 1000 }, (_, n) => ({
  id: n + 1,
  name: `Scenario ${String(n).padStart(4, '0')}`,
  country: n % 2 ? 'KEN' : 'XTA',
  revisions: 1 + (n % 5),
  updatedAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
  tags: [],
  deleted: false,
}));

function libraryOf(list: readonly ScenarioSummary[]) {
  const pages: Record<string, unknown>[] = [];
  const transport: Transport = async (channel, request) => {
    await Promise.resolve();
    if (channel === 'scenarios:page') {
      const q = request as Record<string, unknown>;
      pages.push(q);
      return { ok: true, value: pageOf(q.deleted ? [] : list, q) };
    }
    return { ok: true, value: [] };
  };
  return { transport, pages };
}

async function renderLibrary(transport: Transport): Promise<AppStore> {
  const store = createAppStore({
    bridge: createBridge(transport),
    engine: { run: () => ({ id: 0, done: new Promise(() => undefined) }) },
  });
  render(
    <StoreProvider store={store}>
      <LibraryPage />
    </StoreProvider>,
  );
  await act(async () => {
    await store.getState().libraryRequested();
  });
  return store;
}

const drawnRows = () => screen.queryAllByTestId(/^library-row-\d+$/);

it('draws only the rows in view of a library of 1,000, and says how many there are', async () => {
  const lib = libraryOf(SCENARIOS);
  const store = await renderLibrary(lib.transport);
  // The first page: 100 rows read, newest first (ids 1000 down to 901), of 1,000 in all.
  expect(store.getState().library).toHaveLength(100);
  expect(store.getState().libraryTotal).toBe(1000);
  expect(screen.getByText('1000 scenarios')).toBeTruthy();
  // With no layout the view is taken as 800 px: 800 / 44 px rows = 19 rows, and 8 more below.
  const rows = drawnRows();
  expect(rows.length).toBe(27);
  expect(rows[0]?.dataset.testid).toBe('library-row-1000');
  expect(screen.getByTestId('library-table').getAttribute('aria-rowcount')).toBe('1001');
});

it('reads the next page when the rows drawn come near the end of those read', async () => {
  const lib = libraryOf(SCENARIOS.slice(0, 40));
  const store = await renderLibrary(lib.transport);
  // 40 rows fit one page of 100: nothing more to read.
  expect(store.getState().libraryNext).toBeNull();
  cleanup();
  const big = libraryOf(SCENARIOS.slice(0, 120));
  const more = await renderLibrary(big.transport);
  // 120 rows: the first page holds 100; drawing 27 of them is not within 30 of the end (100 - 30 =
  // 70), so no second page yet; asking for it appends the last 20 (ids 20 down to 1).
  expect(big.pages).toHaveLength(1);
  await act(async () => {
    await more.getState().libraryMoreRequested();
  });
  expect(
    more
      .getState()
      .library.map((s) => s.id)
      .slice(-3),
  ).toEqual([3, 2, 1]);
  expect(more.getState().libraryNext).toBeNull();
  expect(big.pages[1]).toMatchObject({ cursor: '100', limit: 100 });
});

it('sorts by a column header, the same header again the other way, saying so with aria-sort', async () => {
  const lib = libraryOf(SCENARIOS);
  await renderLibrary(lib.transport);
  const nameHeader = () => screen.getByTestId('library-sort-name').closest('th')!;
  const updatedHeader = () => screen.getByTestId('library-sort-updated').closest('th')!;
  expect(updatedHeader().getAttribute('aria-sort')).toBe('descending');
  expect(nameHeader().getAttribute('aria-sort')).toBe('none');
  fireEvent.click(screen.getByTestId('library-sort-name'));
  await waitFor(() => expect(nameHeader().getAttribute('aria-sort')).toBe('ascending'));
  expect(lib.pages.at(-1)).toMatchObject({ sort: 'name', direction: 'asc' });
  await waitFor(() => expect(drawnRows()[0]?.dataset.testid).toBe('library-row-1'));
  expect(updatedHeader().getAttribute('aria-sort')).toBe('none');
  fireEvent.click(screen.getByTestId('library-sort-name'));
  await waitFor(() => expect(nameHeader().getAttribute('aria-sort')).toBe('descending'));
  // Z to A: "Scenario 0999" (id 1000) first.
  await waitFor(() => expect(drawnRows()[0]?.dataset.testid).toBe('library-row-1000'));
  expect(lib.pages.at(-1)).toMatchObject({ sort: 'name', direction: 'desc' });
});

it('reads every page left when asked to show all, for those who would rather not scroll', async () => {
  const lib = libraryOf(SCENARIOS.slice(0, 250));
  const store = await renderLibrary(lib.transport);
  // 250 scenarios in pages of 100: 100 read, then 200, then 250 (three pages in all).
  fireEvent.click(screen.getByRole('button', { name: 'Show all 250 scenarios' }));
  await waitFor(() => expect(store.getState().library).toHaveLength(250));
  expect(lib.pages).toHaveLength(3);
  expect(store.getState().libraryNext).toBeNull();
  expect(screen.queryByRole('button', { name: 'Show all 250 scenarios' })).toBeNull();
});
