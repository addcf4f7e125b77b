/**
 * The World Bank's income groups (methodology section 12): low, lower-middle, upper-middle and high
 * income by GNI per capita in current US dollars (Atlas method). The Bank revises its thresholds every
 * 1 July for the fiscal year that follows, on the previous calendar year's data: the FY2026
 * thresholds (July 2025) classify 2024 incomes. Our data hold GDP, not GNI, so GDP per capita in US
 * dollars at the IMF's exchange rate stands in for GNI per capita (Atlas), as in the ILO's own
 * costing when GNI is missing; the two differ by net factor income (remittances, profits sent
 * abroad), so a country near a threshold may land in the neighbouring group.
 */

export const INCOME_GROUPS = ['low', 'lowerMiddle', 'upperMiddle', 'high'] as const;
export type IncomeGroup = (typeof INCOME_GROUPS)[number];

/** Upper bounds (USD, inclusive) of the low, lower-middle and upper-middle groups. */
export interface IncomeThresholds {
  /** The calendar year of the incomes these thresholds classify. */
  dataYear: number;
  /** The World Bank fiscal year they were published for. */
  fiscalYear: string;
  low: number;
  lowerMiddle: number;
  upperMiddle: number;
}

/**
 * Published thresholds, oldest first (World Bank, "World Bank country classifications by income
 * level", the blog posts of each 1 July). A year before the first uses the first; a year after the
 * last uses the last: future thresholds are not known, and they move by a few dollars a year.
 */
export const WORLD_BANK_THRESHOLDS: readonly IncomeThresholds[] = [
  { dataYear: 2022, fiscalYear: 'FY2024', low: 1135, lowerMiddle: 4465, upperMiddle: 13845 },
  { dataYear: 2023, fiscalYear: 'FY2025', low: 1145, lowerMiddle: 4515, upperMiddle: 14005 },
  { dataYear: 2024, fiscalYear: 'FY2026', low: 1135, lowerMiddle: 4495, upperMiddle: 13935 },
];

/** The thresholds that classify incomes of `year` (the nearest published year outside the table). */
export function incomeThresholds(year: number): IncomeThresholds {
  const table = WORLD_BANK_THRESHOLDS;
  const exact = table.find((t) => t.dataYear === year);
  if (exact) return exact;
  return year < table[0]!.dataYear ? table[0]! : table[table.length - 1]!;
}

/** The income group of an income per person (USD a year) in `year`. */
export function incomeGroupOf(incomePerCapitaUsd: number, year: number): IncomeGroup {
  const t = incomeThresholds(year);
  if (incomePerCapitaUsd <= t.low) return 'low';
  if (incomePerCapitaUsd <= t.lowerMiddle) return 'lowerMiddle';
  if (incomePerCapitaUsd <= t.upperMiddle) return 'upperMiddle';
  return 'high';
}
