import type { TFunction } from 'i18next';
import type { Unit } from './format';

/**
 * Column headers for copies and CSV files. Tables on screen show money in millions and shares as
 * percentages, but exports carry the full-precision number (whole currency units, shares as
 * fractions), so each exported header states the unit of the numbers under it.
 */
export function withUnit(label: string, unit: string): string {
  // "Label (unit)" reads the same in English, French and Spanish; only the words are translated.
  return `${label} (${unit})`;
}

/** The unit of a Results cost column as exported: currency units, or a fraction of GDP. */
export function exportedCostUnit(unit: Unit, currency: string, t: TFunction): string {
  return t(`polish.export.unit.${unit}`, { currency });
}

/** A header for a share exported as a fraction (the screen shows it as a percentage). */
export function fractionHeader(label: string, t: TFunction): string {
  return withUnit(label, t('polish.export.fraction'));
}
