import type { InputUnit, SensitivityMeasure } from '#engine';
import type { TFunction } from 'i18next';
import { formatMillions, formatNumber, formatPercent } from '../../lib/format';

/**
 * How each kind of uncertain input is shown and typed: a shift in percentage points, a factor as a
 * percentage change, children per woman added, or a multiple of net migration. The engine keeps the
 * raw value (a fraction, a multiplier); the table shows and reads it in these units.
 */
interface UnitView {
  /** The value that leaves the scenario as it is. */
  central: number;
  toShown: (value: number) => number;
  fromShown: (shown: number) => number;
  digits: number;
}

export const UNIT_VIEW: Record<InputUnit, UnitView> = {
  shift: { central: 0, toShown: (v) => v * 100, fromShown: (s) => s / 100, digits: 2 },
  factor: { central: 1, toShown: (v) => (v - 1) * 100, fromShown: (s) => 1 + s / 100, digits: 1 },
  children: { central: 0, toShown: (v) => v, fromShown: (s) => s, digits: 2 },
  multiple: { central: 1, toShown: (v) => v, fromShown: (s) => s, digits: 2 },
};

/** "+1.00 pp", "−10.0%", "+0.50 children", "× 2.00": an input's value in words a reader knows. */
export function formatInputValue(
  unit: InputUnit,
  value: number,
  locale: string,
  t: TFunction,
): string {
  const view = UNIT_VIEW[unit];
  const shown = view.toShown(value);
  const number = formatNumber(Math.abs(shown), locale, view.digits);
  if (unit === 'multiple') return t('uncertainty.units.multiple', { value: number });
  const sign = shown > 0 ? '+' : shown < 0 ? '−' : '';
  return t(`uncertainty.units.${unit}`, { value: `${sign}${number}` });
}

/** A value of the measure: % of GDP with two decimals, or millions of the currency. */
export function formatMeasure(measure: SensitivityMeasure, value: number, locale: string): string {
  return measure === 'total.cost' ? formatMillions(value, locale) : formatPercent(value, locale);
}
