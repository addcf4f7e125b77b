/**
 * The aggregates of the global gap (methodology 12.3): GDP-weighted, i.e. the group's gap in US
 * dollars over its GDP in US dollars, so a large economy weighs as much as its GDP, as in the ILO's
 * regional and income-group figures.
 */
import { INCOME_GROUPS, type IncomeGroup } from '../country/income-group';
import { SPENDING_FUNCTIONS, type SpendingFunctionName } from '../vocabulary';
import type { CountryGap, FunctionGap, GapGroup } from './types';

/** The ILO's "low- and middle-income countries": every group but high income. */
export const LOW_AND_MIDDLE: readonly IncomeGroup[] = ['low', 'lowerMiddle', 'upperMiddle'];

/** Shares of GDP of a function over a set of countries, weighted by each one's GDP in US dollars. */
function weightedFunctions(
  countries: readonly CountryGap[],
  gdpUsd: number,
): Partial<Record<SpendingFunctionName, FunctionGap>> {
  const out: Partial<Record<SpendingFunctionName, FunctionGap>> = {};
  for (const fn of SPENDING_FUNCTIONS) {
    const sum = { costPctGdp: 0, spendingPctGdp: 0, gapPctGdp: 0 };
    let present = false;
    for (const c of countries) {
      const f = c.byFunction[fn];
      if (!f) continue;
      present = true;
      sum.costPctGdp += f.costPctGdp * c.gdpUsd;
      sum.spendingPctGdp += f.spendingPctGdp * c.gdpUsd;
      sum.gapPctGdp += f.gapPctGdp * c.gdpUsd;
    }
    if (present) {
      out[fn] = {
        costPctGdp: sum.costPctGdp / gdpUsd,
        spendingPctGdp: sum.spendingPctGdp / gdpUsd,
        gapPctGdp: sum.gapPctGdp / gdpUsd,
      };
    }
  }
  return out;
}

/** One aggregate; null for a group without countries (its shares would be 0 / 0). */
export function gapGroup(
  name: string,
  kind: GapGroup['kind'],
  countries: readonly CountryGap[],
): GapGroup | null {
  if (countries.length === 0) return null;
  const gdpUsd = countries.reduce((s, c) => s + c.gdpUsd, 0);
  const costUsd = countries.reduce((s, c) => s + c.costUsd, 0);
  const gapUsd = countries.reduce((s, c) => s + c.gapUsd, 0);
  return {
    name,
    kind,
    countries: countries.length,
    gdpUsd,
    costUsd,
    gapUsd,
    costPctGdp: costUsd / gdpUsd,
    gapPctGdp: gapUsd / gdpUsd,
    byFunction: weightedFunctions(countries, gdpUsd),
  };
}

/**
 * Every aggregate, in a fixed order: all countries, the low- and middle-income countries, each income
 * group from low to high, then each UN region alphabetically. Empty groups are left out.
 */
export function gapGroups(countries: readonly CountryGap[]): GapGroup[] {
  const groups: (GapGroup | null)[] = [
    gapGroup('all', 'all', countries),
    gapGroup(
      'lowAndMiddle',
      'incomeGroup',
      countries.filter((c) => LOW_AND_MIDDLE.includes(c.incomeGroup)),
    ),
    ...INCOME_GROUPS.map((g) =>
      gapGroup(
        g,
        'incomeGroup',
        countries.filter((c) => c.incomeGroup === g),
      ),
    ),
    ...[...new Set(countries.map((c) => c.region))].sort().map((r) =>
      gapGroup(
        r,
        'region',
        countries.filter((c) => c.region === r),
      ),
    ),
  ];
  return groups.filter((g): g is GapGroup => g !== null);
}
