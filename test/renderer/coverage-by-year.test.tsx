/**
 * The benefit editor's coverage: switched between the phase-in and year-by-year take-up rates
 * (coverage.byYear), with rows added, edited and removed; the saved file holds one form only.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readScenario, type BenefitSpec } from '#engine';
import { nextPoint, switchCoverageForm } from '../../renderer/src/features/benefits/CoverageByYear';
import { BenefitEditor } from '../../renderer/src/features/benefits/BenefitEditor';
import { benefitToFile, draftToFile } from '../../renderer/src/stores/draft';
import type { AppStore } from '../../renderer/src/stores/app-store';
import { StoreProvider, useApp } from '../../renderer/src/stores/store-context';
import { startedStore } from './fake-app';

afterEach(cleanup);

/** The editor of the draft's first benefit, following the store as edits land. */
function LiveEditor() {
  const benefit = useApp((s) => s.draft!.benefits[0]!);
  return <BenefitEditor benefit={benefit} index={0} />;
}

function renderEditor(store: AppStore) {
  render(
    <StoreProvider store={store}>
      <LiveEditor />
    </StoreProvider>,
  );
  return within(screen.getByTestId('benefit-editor'));
}

const child = (store: AppStore): BenefitSpec => store.getState().draft!.benefits[0]!;

describe('switching the form of coverage', () => {
  it('a phase-in becomes its two points, and back, with the same numbers', () => {
    // The default child benefit: 20% in 2026, linear to 100% in 2030.
    const ramp = { startYear: 2026, start: 0.2, fullYear: 2030, full: 1 };
    const byYear = switchCoverageForm(ramp, 'byYear');
    expect(byYear.byYear).toEqual([
      { year: 2026, rate: 0.2 },
      { year: 2030, rate: 1 },
    ]);
    expect(switchCoverageForm(byYear, 'phaseIn')).toEqual(ramp);
    // A phase-in that starts at full is one point.
    const flat = { startYear: 2025, start: 1, fullYear: 2025, full: 1 };
    expect(switchCoverageForm(flat, 'byYear').byYear).toEqual([{ year: 2025, rate: 1 }]);
  });

  it('a new row is the year after the last, at the last rate', () => {
    const points = [
      { year: 2030, rate: 0.9 },
      { year: 2026, rate: 0.3 },
    ];
    expect(nextPoint(points, 2025)).toEqual({ year: 2031, rate: 0.9 });
    expect(nextPoint([], 2025)).toEqual({ year: 2025, rate: 1 });
  });
});

describe('the year-by-year rows in the editor', () => {
  it('switches, adds, edits and removes rows; the file holds byYear alone and reads back', async () => {
    const { store } = await startedStore();
    const editor = renderEditor(store);
    expect(editor.queryByTestId('coverage-by-year')).toBeNull();
    fireEvent.change(editor.getByTestId('coverage-form'), { target: { value: 'byYear' } });
    expect(editor.getByTestId('coverage-by-year')).toBeTruthy();
    expect(child(store).coverage.byYear).toEqual([
      { year: 2026, rate: 0.2 },
      { year: 2030, rate: 1 },
    ]);

    // Add 2031 (at 100%), then set the first row's rate to 30% and the new row's year to 2032.
    fireEvent.click(editor.getByTestId('by-year-add'));
    fireEvent.change(editor.getByTestId('by-year-rate-0'), { target: { value: '30' } });
    fireEvent.change(editor.getByTestId('by-year-year-2'), { target: { value: '2032' } });
    expect(child(store).coverage.byYear).toEqual([
      { year: 2026, rate: 0.3 },
      { year: 2030, rate: 1 },
      { year: 2032, rate: 1 },
    ]);
    // The ramp fields summarise the points: first 2026 at 30%, last 2032 at 100%.
    expect(child(store).coverage).toMatchObject({
      startYear: 2026,
      start: 0.3,
      fullYear: 2032,
      full: 1,
    });
    expect(benefitToFile(child(store)).coverage).toEqual({
      byYear: { '2026': 0.3, '2030': 1, '2032': 1 },
    });

    // Remove 2030; the last row cannot be removed.
    fireEvent.click(editor.getByTestId('by-year-remove-1'));
    fireEvent.click(editor.getByTestId('by-year-remove-1'));
    expect(child(store).coverage.byYear).toEqual([{ year: 2026, rate: 0.3 }]);
    expect(editor.getByTestId<HTMLButtonElement>('by-year-remove-0').disabled).toBe(true);

    const back = readScenario(draftToFile(store.getState().draft!));
    expect(back.ok).toBe(true);
    if (back.ok)
      expect(back.value.benefits[0]!.coverage.byYear).toEqual([{ year: 2026, rate: 0.3 }]);
  });

  it('says so when a year is given twice', async () => {
    const { store } = await startedStore();
    const editor = renderEditor(store);
    fireEvent.change(editor.getByTestId('coverage-form'), { target: { value: 'byYear' } });
    fireEvent.change(editor.getByTestId('by-year-year-1'), { target: { value: '2026' } });
    expect(editor.getAllByText('2026 is given twice: give each year once').length).toBe(2);
  });
});
