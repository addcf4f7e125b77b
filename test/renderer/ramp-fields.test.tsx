import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Ramp } from '#engine';
import { RampFields, type RampField } from '../../renderer/src/components/RampFields';

/** The ramp of a benefit phased in from 20% in 2026 to 90% in 2030. */
const RAMP: Ramp = { startYear: 2026, start: 0.2, fullYear: 2030, full: 0.9 };

function renderRamp(errors: { startYear?: string; fullYear?: string } = {}) {
  const changes: [RampField, number][] = [];
  render(
    <RampFields
      ramp={RAMP}
      startLabel="Coverage in the start year"
      fullLabel="Full coverage"
      unit="%"
      errors={errors}
      testIds={{ startYear: 'start-year', start: 'start-coverage', fullYear: 'full-year' }}
      onChange={(field, value) => changes.push([field, value])}
    />,
  );
  return changes;
}

describe('<RampFields>, the one phase-in block', () => {
  it('shows the years without grouping and the values as percentages', () => {
    renderRamp();
    expect(screen.getByTestId<HTMLInputElement>('start-year').value).toBe('2026');
    expect(screen.getByTestId<HTMLInputElement>('full-year').value).toBe('2030');
    // 0.2 x 100 = 20; 0.9 x 100 = 90.
    expect(screen.getByTestId<HTMLInputElement>('start-coverage').value).toBe('20');
    expect(screen.getByLabelText<HTMLInputElement>('Full coverage').value).toBe('90');
    expect(screen.getByLabelText('Start year')).toBe(screen.getByTestId('start-year'));
    expect(screen.getByLabelText('Full coverage in')).toBe(screen.getByTestId('full-year'));
  });

  it('stores whole years and fractions, and refuses a year out of range or a share over 100%', () => {
    const changes = renderRamp();
    // 2027.6 rounds to the whole year 2028.
    fireEvent.change(screen.getByTestId('start-year'), { target: { value: '2027.6' } });
    // 35 (%) is stored as the fraction 0.35.
    fireEvent.change(screen.getByTestId('start-coverage'), { target: { value: '35' } });
    // Years before 1900 and shares over 100% stay on screen with their message and are not stored.
    fireEvent.change(screen.getByTestId('full-year'), { target: { value: '1800' } });
    fireEvent.change(screen.getByLabelText('Full coverage'), { target: { value: '150' } });
    expect(changes).toEqual([
      ['startYear', 2028],
      ['start', 0.35],
    ]);
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      'Must be at least 1900',
      'Must be at most 100',
    ]);
  });

  it('shows the engine message of a year beside it', () => {
    renderRamp({ fullYear: 'must be >= startYear 2026' });
    expect(screen.getByRole('alert').textContent).toBe('must be >= startYear 2026');
  });
});
