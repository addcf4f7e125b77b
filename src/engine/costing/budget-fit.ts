import { BadInputError } from '../errors';
import { codedIssue } from '../messages';
import type { CostingResult } from './result-types';

/**
 * The budget game of the ILO's RAP training: does a group's package fit the fiscal envelope the
 * facilitator gave it? All shares are fractions of GDP (0.02 = 2% of GDP).
 */
export interface BudgetFit {
  envelopePctGdp: number;
  costPctGdp: number;
  fits: boolean;
  /** Envelope minus cost: positive = room left, negative = the package misses by this much. */
  marginPctGdp: number;
}

/**
 * A package costing at most its envelope fits. The tolerance (1e-12 of GDP, far below any figure a
 * workshop shows) keeps a package sized to exactly the envelope from missing by a rounding error.
 */
export const BUDGET_FIT_TOLERANCE = 1e-12;

export function budgetFit(costPctGdp: number, envelopePctGdp: number): BudgetFit {
  return {
    envelopePctGdp,
    costPctGdp,
    fits: costPctGdp <= envelopePctGdp + BUDGET_FIT_TOLERANCE,
    marginPctGdp: envelopePctGdp - costPctGdp,
  };
}

/**
 * The package's total cost in `year` as a fraction of that year's GDP: the run's own total
 * (benefits, administration and non-wage costs; crisis measures are reported apart and not in it).
 * A year outside the scenario's years is bad input, not a silent zero.
 */
export function packageCostPctGdp(result: CostingResult, year: number): number {
  const i = result.years.indexOf(year);
  const share = result.total.pctGdp[i];
  if (i < 0 || share === undefined) {
    const from = result.years[0] ?? year;
    const to = result.years[result.years.length - 1] ?? year;
    throw new BadInputError([codedIssue('year', 'explain.yearOutside', { year, from, to })]);
  }
  return share;
}
