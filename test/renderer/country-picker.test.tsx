/**
 * Picking a country of the database: the search (names in three languages, accents ignored, ISO3),
 * the key figures shown before choosing, and choosing from "New scenario" and "Import country".
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CountryDbEntry } from '../../src/contract/country-db';
import { setBridgeTransport } from '../../renderer/src/api/bridge';
import { BridgeCallError, type Transport } from '../../renderer/src/api/bridge-client';
import { Header } from '../../renderer/src/components/Header';
import { ImportCountry } from '../../renderer/src/features/country/ImportCountry';
import {
  foldText,
  searchCountries,
  unbuildableMatch,
} from '../../renderer/src/features/country-db/country-search';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import trainingCountry from '../../models/training-country/country.json';
import { startedStore } from './fake-app';

function entry(
  iso3: string,
  names: CountryDbEntry['names'],
  more: Partial<CountryDbEntry> = {},
): CountryDbEntry {
  return {
    iso3,
    m49: null,
    names,
    region: 'Africa',
    subregion: 'Eastern Africa',
    baseYear: 2025,
    currency: 'KES',
    population: 1e6,
    gdpLcu: 1e9,
    gdpUsd: 1e9,
    gdpPerCapitaUsd: 1000,
    incomeGroup: 'low',
    povertyHeadcount: null,
    warnings: [],
    ...more,
  };
}

// Kenya's figures as the shipped database holds them (base year 2025).
const KENYA = entry(
  'KEN',
  { en: 'Kenya', fr: 'Kenya', es: 'Kenia' },
  {
    population: 58_083_591,
    gdpLcu: 18_299e9,
    gdpUsd: 116.662e9,
    gdpPerCapitaUsd: 2008.517,
    incomeGroup: 'lowerMiddle',
    povertyHeadcount: 0.464,
    warnings: [{ path: 'rates.healthCoverage', code: 'build.note.noHealthCoverage', params: {} }],
  },
);
const PERU = entry('PER', { en: 'Peru', fr: 'Pérou', es: 'Perú' }, { region: 'Americas' });
const GERMANY = entry('DEU', { en: 'Germany', fr: 'Allemagne', es: 'Alemania' });
const ALL = [KENYA, PERU, GERMANY];
// A country the public data cannot build, as the shipped database lists it.
const AUSTRIA = {
  iso3: 'AUT',
  name: 'Austria',
  path: 'row 3441, column value',
  message: 'must be a number >= 0, found an empty cell',
  code: 'data.number.atLeastEmpty',
  params: { kind: '@sheet.kind.number', min: 0 },
  source: 'who_ghed_health_expenditure.csv',
};

describe('unbuildableMatch', () => {
  it('names a country the data cannot build by its code or English name, from 3 letters', () => {
    expect(unbuildableMatch([AUSTRIA], 'aut')?.iso3).toBe('AUT');
    expect(unbuildableMatch([AUSTRIA], 'Austr')?.iso3).toBe('AUT');
    expect(unbuildableMatch([AUSTRIA], 'au')).toBeUndefined();
    expect(unbuildableMatch([AUSTRIA], 'kenya')).toBeUndefined();
  });
});

describe('searchCountries', () => {
  it('finds a country by its name in any of the three languages, without accents or case', () => {
    expect(foldText('  Pérou ')).toBe('perou');
    expect(searchCountries(ALL, 'perou', 'en').map((e) => e.iso3)).toEqual(['PER']);
    expect(searchCountries(ALL, 'PERÚ', 'en').map((e) => e.iso3)).toEqual(['PER']);
    expect(searchCountries(ALL, 'alemania', 'fr').map((e) => e.iso3)).toEqual(['DEU']);
    expect(searchCountries(ALL, 'kenia', 'fr').map((e) => e.iso3)).toEqual(['KEN']);
  });

  it('finds by ISO3 first, and sorts by the name in the interface language', () => {
    expect(searchCountries(ALL, 'deu', 'en').map((e) => e.iso3)).toEqual(['DEU']);
    // English: Germany, Kenya, Peru; French: Allemagne, Kenya, Pérou; Spanish: Alemania, Kenia, Perú.
    expect(searchCountries(ALL, '', 'en').map((e) => e.iso3)).toEqual(['DEU', 'KEN', 'PER']);
    // "er" starts no name; it is inside Germany, Peru / Pérou / Perú: both, in name order.
    expect(searchCountries(ALL, 'er', 'en').map((e) => e.iso3)).toEqual(['DEU', 'PER']);
    // A name that starts with the query comes before one that contains it: "ke" starts Kenya.
    expect(searchCountries([PERU, KENYA], 'e', 'en').map((e) => e.iso3)).toEqual(['KEN', 'PER']);
  });
});

async function renderWith(ui: React.ReactNode) {
  const started = await startedStore();
  started.fake.database.listing = { countries: ALL, unbuildable: [AUSTRIA], sources: [] };
  started.fake.database.files.set('KEN', {
    ...structuredClone(trainingCountry),
    code: 'KEN',
    name: 'Kenya',
  });
  const transport: Transport = async (channel, request) => {
    try {
      return { ok: true, value: await started.fake.bridge(channel, request as never) };
    } catch (e) {
      if (e instanceof BridgeCallError) return { ok: false, error: e.error };
      throw e;
    }
  };
  setBridgeTransport(transport);
  render(<StoreProvider store={started.store}>{ui}</StoreProvider>);
  return started;
}

afterEach(() => setBridgeTransport(null));

describe('the country picker', () => {
  it('shows the key figures of the highlighted country and creates a new scenario on it', async () => {
    const { store, fake } = await renderWith(<Header />);
    fireEvent.click(screen.getByTestId('new-scenario'));
    const search = await screen.findByTestId('country-db-search');
    fireEvent.change(search, { target: { value: 'kenia' } });
    const facts = screen.getByTestId('country-db-facts');
    // 58,083,591 persons = 58.1 million; 116.662 bn USD = 116.7; 2,008.5 USD = 2,009; 0.464 = 46.4%.
    const text = facts.textContent ?? '';
    for (const part of [
      'Kenya',
      'KEN',
      '58.1',
      '116.7',
      '2,009',
      'Lower-middle income',
      '46.4%',
      '2025',
      'KES',
    ]) {
      expect(text).toContain(part);
    }
    expect(within(facts).getByText('Assumptions of the build to check: 1')).toBeTruthy();
    expect(screen.getByTestId('country-db-choose').textContent).toBe('Create on Kenya');
    fireEvent.keyDown(search, { key: 'Enter' });
    await waitFor(() => expect(store.getState().country?.code).toBe('KEN'));
    expect(fake.calls).toContain('countryDb:import');
    expect(fake.countries.has('KEN')).toBe(true);
    expect(screen.queryByTestId('new-scenario-dialog')).toBeNull();
  });

  it('moves the highlight with the arrow keys, as a combobox', async () => {
    await renderWith(<Header />);
    fireEvent.click(screen.getByTestId('new-scenario'));
    const search = await screen.findByTestId('country-db-search');
    const options = within(screen.getByTestId('country-db-list')).getAllByRole('option');
    expect(options.map((o) => o.getAttribute('data-iso3'))).toEqual(['DEU', 'KEN', 'PER']);
    expect(search.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    expect(search.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(search, { key: 'End', ctrlKey: true });
    expect(search.getAttribute('aria-activedescendant')).toBe(options[2]!.id);
  });

  it('says why a country the public data cannot build is missing', async () => {
    await renderWith(<Header />);
    fireEvent.click(screen.getByTestId('new-scenario'));
    fireEvent.change(await screen.findByTestId('country-db-search'), {
      target: { value: 'Austria' },
    });
    const missing = screen.getByTestId('country-db-missing').textContent ?? '';
    expect(missing).toContain('Austria (AUT) is not in the database');
    expect(missing).toContain('who_ghed_health_expenditure.csv, row 3441, column value: ');
    expect(missing).toContain('empty');
    expect(screen.getByTestId<HTMLButtonElement>('country-db-choose').disabled).toBe(true);
  });

  it('imports a country into the scenario from the Import country block', async () => {
    const { store } = await renderWith(<ImportCountry />);
    fireEvent.click(screen.getByTestId('import-country-db'));
    const search = await screen.findByTestId('country-db-search');
    fireEvent.change(search, { target: { value: 'KEN' } });
    fireEvent.click(screen.getByTestId('country-db-choose'));
    await waitFor(() => expect(store.getState().country?.code).toBe('KEN'));
    expect(screen.getByTestId('import-done').textContent).toContain(
      'Kenya (country database) is imported: the scenario now runs on Kenya.',
    );
    // Undo brings the training country back, as after a file import.
    store.getState().undoRequested();
    expect(store.getState().country?.code).toBe('XTA');
  });
});
