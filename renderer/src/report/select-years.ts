/**
 * The years a printed table shows: every `step`-th calendar year (2030, 2035, …), the first and last
 * year and any year the text refers to (the headline year), so that a 36-year costing fits a page.
 * The workbook has every year.
 */
export function selectYears(
  years: readonly number[],
  step = 5,
  extra: readonly number[] = [],
): number[] {
  if (years.length === 0) return [];
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const picked = new Set<number>([first, last]);
  for (const y of years) if (y % step === 0) picked.add(y);
  for (const y of extra) if (y >= first && y <= last) picked.add(y);
  return [...picked].sort((a, b) => a - b);
}

/** Positions of `selected` in `years` (every selected year is one of `years`). */
export function yearIndices(years: readonly number[], selected: readonly number[]): number[] {
  return selected.map((y) => years.indexOf(y)).filter((i) => i >= 0);
}
