import { act, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { IssueList } from '../../renderer/src/components/IssueList';
import { sourceRows } from '../../renderer/src/features/country/SourcesSection';
import { reportModel } from '../../renderer/src/report/report-model';
import { reportWarnings } from '../../renderer/src/report/report-warnings';
import { reportDataFor } from './report-fixture';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import { codedIssue, readCountry, type ProvenanceEntry } from '#engine';
import trainingCountry from '../../models/training-country/country.json';
import { settle, startedStore } from './fake-app';

afterEach(async () => {
  await act(() => i18next.changeLanguage('en'));
});

/** The app on the default package, with the first benefit full in 2069 but starting in 2070. */
async function failingScenario() {
  const { store } = await startedStore();
  act(() =>
    store.getState().scenarioEdited('coverage', (d) => {
      d.benefits[0]!.coverage.startYear = 2070;
      d.benefits[0]!.coverage.fullYear = 2069;
    }),
  );
  await act(() => settle());
  render(
    <StoreProvider store={store}>
      <IssueList />
    </StoreProvider>,
  );
  return store;
}

function shownIssues(): string[] {
  return [...screen.getByTestId('issues').querySelectorAll('li')].map((li) => li.textContent ?? '');
}

describe('engine messages in the interface language', () => {
  it('shows why a scenario cannot be costed in English, French and Spanish', async () => {
    const store = await failingScenario();
    expect(store.getState().run.status).toBe('invalid');
    expect(shownIssues()).toContain('benefits[0].coverage.fullYear must be >= startYear 2070');
    await act(() => i18next.changeLanguage('fr'));
    expect(shownIssues()).toContain('benefits[0].coverage.fullYear doit être >= startYear 2070');
    await act(() => i18next.changeLanguage('es'));
    expect(shownIssues()).toContain('benefits[0].coverage.fullYear debe ser >= startYear 2070');
  });

  it('writes the report warnings in its language, and old English-only results as they are', () => {
    const w = codedIssue('fiscal.debtCeilingPctGdp', 'costing.debtPassesCeiling', {
      ceiling: '60',
      year: 2031,
    });
    const result = { warnings: [`${w.path}: ${w.message}`], warningIssues: [w] };
    expect(reportWarnings(result, 'fr')).toEqual([
      'fiscal.debtCeilingPctGdp: la dette publique dépasse le plafond de 60 % du PIB en 2031',
    ]);
    expect(reportWarnings({ warnings: ['old: text'] }, 'fr')).toEqual(['old: text']);
  });

  it('says how the engine extended an input in the language of the Country data page', () => {
    const read = readCountry(trainingCountry);
    if (!read.ok) throw new Error('the training country must read');
    const gdp: ProvenanceEntry = {
      field: 'macro.gdp',
      unit: 'LCU per year, nominal',
      source: 'IMF',
      assumption: false,
      userChanged: false,
      derivation: 'extended after 2029: GDP[t] = GDP[t-1] (1+g) (1+pi) with the last g and pi',
      derivationMessage: { code: 'provenance.gdpExtended', params: { lastYear: 2029 } },
    };
    const derivation = (lang: 'en' | 'fr' | 'es') =>
      sourceRows(read.value, [gdp], () => '', '', lang).find((r) => r.field === 'macro.gdp')!
        .derivation;
    expect(derivation('en')).toBe(gdp.derivation);
    expect(derivation('fr')).toBe(
      'prolongé après 2029 : PIB[t] = PIB[t-1] (1+g) (1+pi) avec les derniers g et pi',
    );
    expect(derivation('es')).toBe(
      'prolongado después de 2029: PIB[t] = PIB[t-1] (1+g) (1+pi) con los últimos g y pi',
    );
  });

  it('says why a report cannot be drawn in the report language', () => {
    const data = { ...reportDataFor(), scenarioFile: { format: 'spf.scenario/1' } };
    expect(() => reportModel({ ...data, language: 'fr' })).toThrow(
      /^le fichier du scénario ne peut pas être lu : \w+: est obligatoire/,
    );
    expect(() => reportModel({ ...data, language: 'en' })).toThrow(
      /^the scenario file cannot be read: \w+: is required/,
    );
  });
});
