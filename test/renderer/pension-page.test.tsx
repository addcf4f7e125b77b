import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultPension } from '../../renderer/src/features/pension/pension-defaults';
import { PensionPage } from '../../renderer/src/features/pension/PensionPage';
import type { AppStore } from '../../renderer/src/stores/app-store';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import { settle, startedStore } from './fake-app';

async function renderPage(): Promise<AppStore> {
  const { store } = await startedStore();
  render(
    <StoreProvider store={store}>
      <PensionPage />
    </StoreProvider>,
  );
  return store;
}

async function type(testId: string, text: string): Promise<void> {
  const input = screen.getByTestId(testId);
  await act(async () => {
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: text } });
    await settle();
  });
}

async function click(testId: string): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByTestId(testId));
    await settle();
  });
}

const text = (testId: string) => screen.getByTestId(testId).textContent ?? '';

describe('Pension scheme page', () => {
  it('starts with no scheme and adds one with the documented defaults', async () => {
    const store = await renderPage();
    expect(screen.getByTestId('pension-empty').textContent).toMatch(
      /8% of insurable earnings.*Pension age 60/s,
    );
    expect(store.getState().run.pension).toBeNull();
    await click('add-pension');
    const s = store.getState();
    expect(s.draft!.pension).toEqual(defaultPension([2025, 2060]));
    expect(s.draft!.pension!.premium!.toYears).toEqual([2034, 2049, 2060]);
    expect(s.run.status).toBe('done');
    const r = s.run.pension!;
    expect(r.years).toEqual(Array.from({ length: 36 }, (_, i) => 2025 + i));
    // The headline numbers are the engine's.
    const pct = (v: number) => `${(100 * v).toFixed(2)}%`;
    expect(text('pension-payg-now')).toBe(pct(r.indicators.paygCostRate[0]!));
    expect(text('pension-payg-later')).toBe(pct(r.indicators.paygCostRate[35]!));
    expect(screen.getByTestId('pension-headlines').textContent).toMatch(
      /PAYG cost rate in 2060 \(last year\)/,
    );
    expect(text('pension-gap')).toBe(pct(r.generalAveragePremiums[2]!.premium));
    expect(r.reserveDepletionYear).toBeNull();
    expect(text('pension-depletion')).toBe('Never');
    // Every chart has its table, a row a year.
    for (const id of ['finances', 'reserve', 'payg', 'people', 'replacement']) {
      const rows = within(screen.getByTestId(`pension-${id}-table`)).getAllByRole('row');
      expect(rows, id).toHaveLength(37);
    }
    // The costing of the package is not changed by the scheme.
    expect(s.run.result!.total.cost.length).toBe(36);
  });

  it('shows the year the reserve runs out and the PAYG rate when contributions are too low', async () => {
    const store = await renderPage();
    await click('add-pension');
    await type('pension-contribution', '4');
    expect(store.getState().draft!.pension!.contributionRate).toBe(0.04);
    const r = store.getState().run.pension!;
    expect(r.reserveDepletionYear).not.toBeNull();
    expect(text('pension-depletion')).toBe(String(r.reserveDepletionYear));
    expect(r.finances.reserve[r.reserveDepletionYear! - 2025]!).toBeLessThan(0);
    expect(r.indicators.paygCostRate[0]!).toBeGreaterThan(0.04);
    expect(screen.getByTestId('pension-headlines').textContent).toContain(
      'contribution rate 4.00%',
    );
    // A rising contribution rate, typed as a path.
    await type('pension-contribution', '4; 6; 8');
    expect(store.getState().draft!.pension!.contributionRate).toEqual([0.04, 0.06, 0.08]);
    expect(store.getState().run.pension!.parameters.contributionRate.slice(0, 4)).toEqual([
      0.04, 0.06, 0.08, 0.08,
    ]);
  });

  it('shows an invalid value with a located message', async () => {
    const store = await renderPage();
    await click('add-pension');
    await type('pension-age-female', '85');
    expect(store.getState().run.status).toBe('invalid');
    const field = screen.getByTestId('pension-age-female').closest('.field') as HTMLElement;
    expect(within(field).getByRole('alert').textContent).toBe('must be <= 80, found 85');
    expect(text('pension-issues')).toContain('pension.pensionAge');
    // The last valid projection stays, marked as such.
    expect(screen.getByTestId('pension-headlines')).toBeTruthy();
    expect(screen.getByText(/from the last version of the scheme/)).toBeTruthy();
    await type('pension-age-female', '62');
    expect(store.getState().run.status).toBe('done');
    expect(screen.queryByTestId('pension-issues')).toBeNull();
  });

  it('locates what only the projection can check, while the costing runs on', async () => {
    const store = await renderPage();
    await click('add-pension');
    await type('pension-premium-years', '2034; 2100');
    const run = store.getState().run;
    expect(run.status).toBe('done');
    expect(run.pension).toBeNull();
    expect(run.pensionIssues).toEqual([
      {
        path: 'pension.premium.toYears[1]',
        message: 'must be a year from 2025 to 2060, found 2100',
        code: 'pension.yearOutside',
        params: { from: 2025, to: 2060, found: 2100 },
      },
    ]);
    const field = screen.getByTestId('pension-premium-years').closest('.field') as HTMLElement;
    expect(within(field).getByRole('alert').textContent).toMatch(/2025 to 2060/);
    expect(screen.getByText(/cannot be projected with these values/)).toBeTruthy();
  });

  it('edits coverage by age band and sex', async () => {
    const store = await renderPage();
    await click('add-pension');
    await click('pension-coverage-by-sex');
    expect(store.getState().draft!.pension!.coverage).toEqual({ female: 0.3, male: 0.3 });
    await type('pension-coverage-male-0-rate', '40');
    await click('pension-coverage-female-add');
    // One band 0-100 split in two halves.
    expect(store.getState().draft!.pension!.coverage).toEqual({
      female: [
        [0, 50, 0.3],
        [51, 100, 0.3],
      ],
      male: 0.4,
    });
    await type('pension-coverage-female-1-rate', '10');
    const r = store.getState().run.pension!;
    expect(r.population.insuredMale[0]!).toBeGreaterThan(r.population.insuredFemale[0]!);
    // Overlapping bands: the engine's message under the editor.
    await type('pension-coverage-female-1-from', '40');
    expect(store.getState().run.status).toBe('invalid');
    expect(screen.getByTestId('pension-coverage').textContent).toMatch(/pension\.coverage\.female/);
  });

  it('runs on the projected population with the variant on, and removes the scheme', async () => {
    const store = await renderPage();
    await click('add-pension');
    expect(text('pension-population')).toMatch(/country's own population/);
    await act(async () => {
      store.getState().scenarioEdited('demography', (d) => void (d.demography = {}));
      await settle();
    });
    await type('pension-last-year', '2074');
    const r = store.getState().run.pension!;
    expect(r.projectedPopulation).toBe(true);
    expect(r.years.at(-1)).toBe(2074);
    expect(text('pension-population')).toMatch(/projected with the scenario's demographic variant/);
    expect(screen.getByTestId('pension-headlines').textContent).toMatch(/PAYG cost rate in 2074/);
    await click('remove-pension');
    expect(store.getState().draft!.pension).toBeUndefined();
    expect(screen.getByTestId('add-pension')).toBeTruthy();
  });
});
