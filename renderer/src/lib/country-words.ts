import type { TFunction } from 'i18next';
import type { IncomeGroup } from '#engine';

/**
 * How a country's classification reads, the same on the World page and in the country picker: an
 * income group in the World Bank's words ("Lower-middle income"), in the user's language.
 */
export const incomeGroupName = (group: IncomeGroup | 'lowAndMiddle' | 'all', t: TFunction) =>
  t(`world.incomeGroup.${group}`);

/** A UN region in the user's language; a region the locales do not know keeps the data's name. */
export const regionName = (region: string, t: TFunction): string =>
  t(`world.region.${region}`, { defaultValue: region });
