import type { TFunction } from 'i18next';
import type { SeriesRule } from './country-helpers';

/** The unit written beside a value, in the user's language and with the country's currency. */
export type UnitKey = SeriesRule['unit'] | 'persons' | 'birthsYear' | 'percentPerYear' | 'pctAge';

export function unitText(t: TFunction, unit: UnitKey, currency: string): string {
  return t(`country.unit.${unit}`, { currency });
}

/** Plain-words name of an input named by its path in the country file ("macro.gdp"). */
export function fieldName(t: TFunction, field: string): string {
  const flat = field.replace(/\./g, '_');
  for (const key of [`country.field.${flat}`, `countryData.field.${flat}`]) {
    const name = t(key);
    if (name !== key) return name;
  }
  return field;
}
