import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { CountryGap, GlobalGap } from '#engine';
import { BridgeCallError, type BridgeCall } from '../../renderer/src/api/bridge-client';
import { WorldPage } from '../../renderer/src/features/world/WorldPage';
import { createAppStore } from '../../renderer/src/stores/app-store';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import type { CountryDbEntry } from '../../src/contract/country-db';
import trainingCountry from '../../models/training-country/country.json';
import { fakeBridge, inlineEngine, settle } from './fake-app';
import { countryGapOf } from './world-fixtures';

const country = (iso3: string, more: Partial<CountryGap>): CountryGap =>
  countryGapOf(iso3, { incomeGroup: 'lowerMiddle', gdpUsd: 100e9, ...more });

/** Kenya: cost 5% of GDP, spending 2%, gap 3% of a GDP of USD 116.7 bn = USD 3.5 bn. */
const GAP: GlobalGap = {
  year: 2025,
  package: 'ILO package',
  countries: [
    country('KEN', {
      name: 'Kenya',
      costPctGdp: 0.05,
      currentSpendingPctGdp: 0.02,
      gapPctGdp: 0.03,
      gapUsd: 3.5e9,
      spendingUnknown: ['children'],
    }),
    country('TZA', { name: 'Tanzania', costPctGdp: 0.06, gapPctGdp: 0.04, gapUsd: 3.2e9 }),
    country('DEU', {
      name: 'Germany',
      incomeGroup: 'high',
      region: 'Europe',
      costPctGdp: 0.03,
      currentSpendingPctGdp: 0.12,
    }),
  ],
  groups: [
    {
      name: 'all',
      kind: 'all',
      countries: 3,
      gdpUsd: 300e9,
      costUsd: 14e9,
      gapUsd: 6.7e9,
      costPctGdp: 14 / 300,
      gapPctGdp: 6.7 / 300,
      byFunction: {},
    },
  ],
  skipped: [{ iso3: 'SOM', reason: 'no IMF rows' }],
};

const entry = (iso3: string, m49: number, names: CountryDbEntry['names']) =>
  ({ iso3, m49, names }) as CountryDbEntry;
const ENTRIES = [
  entry('KEN', 404, { en: 'Kenya', fr: 'Kenya', es: 'Kenia' }),
  entry('TZA', 834, { en: 'Tanzania', fr: 'Tanzanie', es: 'Tanzania' }),
  entry('DEU', 276, { en: 'Germany', fr: 'Allemagne', es: 'Alemania' }),
];

/** A started store whose fake privileged side also answers the World page's three channels. */
async function renderWorld(options: { gapFails?: boolean } = {}) {
  const fake = fakeBridge();
  const years: unknown[] = [];
  const bridge = (async (channel: string, request: Record<string, unknown>) => {
    await Promise.resolve();
    if (channel === 'gap:all') {
      years.push(request.year);
      if (options.gapFails)
        throw new BridgeCallError({ code: 'internal', message: 'the engine stopped' });
      return { ...GAP, year: typeof request.year === 'number' ? request.year : GAP.year };
    }
    if (channel === 'countryDb:list') return { countries: ENTRIES, unbuildable: [], sources: [] };
    if (channel === 'countryDb:import') {
      fake.countries.set('KEN', {
        ...structuredClone(trainingCountry),
        code: 'KEN',
        name: 'Kenya',
      });
      return { code: 'KEN', version: 1, created: true };
    }
    return fake.bridge(channel as never, request as never);
  }) as unknown as BridgeCall;
  const store = createAppStore({ bridge, engine: inlineEngine() });
  await store.getState().started();
  await settle();
  render(
    <StoreProvider store={store}>
      <WorldPage />
    </StoreProvider>,
  );
  return { store, years };
}

const tableRows = () =>
  within(screen.getByTestId('world-table'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getByRole('rowheader').textContent);

afterEach(async () => {
  await act(() => i18next.changeLanguage('en'));
});

describe('the World page', () => {
  it('says it is working, then lists every country with its figures, largest gap first', async () => {
    await renderWorld();
    expect(screen.getByTestId('world-loading').textContent).toMatch(/every country/);
    await waitFor(() => expect(screen.getByTestId('world-row-KEN')).toBeTruthy());
    const kenya = within(screen.getByTestId('world-row-KEN'))
      .getAllByRole('cell')
      .map((c) => c.textContent);
    // Lower-middle income, Africa; 5.0%, 2.0%, 3.0% of GDP; USD 3.5 bn.
    expect(kenya).toEqual(['Lower-middle income', 'Africa', '5.0%', '2.0%', '3.0%', '3.50']);
    expect(tableRows()).toEqual(['Tanzania', 'Kenya', 'Germany']);
    expect(screen.getByTestId('world-skipped').textContent).toContain('SOM');
    expect(screen.getByTestId('world-package').textContent).toBe(
      'Package: ILO package. Year: 2025.',
    );
    // Kenya alone lacks a function's current spending.
    expect(screen.getByTestId('world-spending-unknown').textContent).toMatch(/^For 1 country /);
    // The world aggregate: 6.7 / 300 = 2.2% of GDP, USD 6.70 bn.
    const world = within(screen.getByTestId('world-groups')).getByText('All countries');
    expect(world.closest('tr')!.textContent).toContain('2.2%');
  });

  it('sorts by a column, and the other way round on a second click', async () => {
    await renderWorld();
    await waitFor(() => expect(screen.getByTestId('world-row-KEN')).toBeTruthy());
    fireEvent.click(screen.getByTestId('world-sort-gapPctGdp'));
    expect(tableRows()).toEqual(['Germany', 'Kenya', 'Tanzania']);
    fireEvent.click(screen.getByTestId('world-sort-name'));
    expect(tableRows()).toEqual(['Germany', 'Kenya', 'Tanzania']);
    fireEvent.click(screen.getByTestId('world-sort-costPctGdp'));
    // 6%, 5%, 3%.
    expect(tableRows()).toEqual(['Tanzania', 'Kenya', 'Germany']);
  });

  it('filters by income group and names countries in French', async () => {
    await renderWorld();
    await waitFor(() => expect(screen.getByTestId('world-row-KEN')).toBeTruthy());
    fireEvent.change(screen.getByTestId('world-filter-group'), { target: { value: 'high' } });
    expect(tableRows()).toEqual(['Germany']);
    await act(() => i18next.changeLanguage('fr'));
    expect(tableRows()).toEqual(['Allemagne']);
    expect(screen.getByTestId('world-row-DEU').textContent).toContain('Revenu élevé');
  });

  it('asks for the year chosen', async () => {
    const { years } = await renderWorld();
    await waitFor(() => expect(screen.getByTestId('world-row-KEN')).toBeTruthy());
    fireEvent.change(screen.getByTestId('world-year'), { target: { value: '2030' } });
    await waitFor(() => expect(screen.getByTestId('world-table').textContent).toContain('2030'));
    expect(years).toEqual([undefined, 2030]);
  });

  it('shows a country and its peers, and opens it as a new scenario in the workspace', async () => {
    const { store } = await renderWorld();
    await waitFor(() => expect(screen.getByTestId('world-row-KEN')).toBeTruthy());
    fireEvent.click(within(screen.getByTestId('world-row-KEN')).getByRole('button'));
    const panel = screen.getByTestId('world-country');
    // Kenya's peers: lower-middle income in Africa, Tanzania and Kenya itself.
    expect(panel.textContent).toContain('2 countries');
    fireEvent.click(screen.getByTestId('world-open-scenario'));
    await waitFor(() => expect(store.getState().page).toBe('benefits'));
    expect(store.getState().country?.code).toBe('KEN');
    expect(store.getState().draft?.country).toBe('KEN');
  });

  it('says why, in the user language, when the gap cannot be computed', async () => {
    await renderWorld({ gapFails: true });
    const alert = await screen.findByTestId('world-error');
    expect(alert.textContent).toContain('could not be computed');
    expect(alert.textContent).toContain('the engine stopped');
  });
});
