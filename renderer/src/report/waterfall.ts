import type { CostingResult, FinancingOption } from '#engine';

export interface WaterfallStep {
  kind: 'cost' | 'option' | 'gap';
  option?: FinancingOption;
  /** The bar runs from `from` to `to`; an option's bar goes down by its resources. */
  from: number;
  to: number;
  /** Signed contribution: the cost, minus each option's resources, the gap. */
  value: number;
}

export interface Waterfall {
  year: number;
  steps: WaterfallStep[];
  cost: number;
  resources: number;
  /** max(0, cost - resources), as in the costing (methodology 5). */
  gap: number;
  /** What the options raise beyond the cost, when they do. */
  surplus: number;
}

/**
 * The walk from the cost of the package to the financing gap in one year: the cost, then each
 * financing option takes its resources off, and what is left is the gap. Amounts are in LCU, or in
 * % of GDP with `scale` = 1 / GDP of the year.
 */
export function waterfall(r: CostingResult, year: number, scale = 1): Waterfall {
  const i = r.years.indexOf(year);
  if (i < 0) throw new RangeError(`${year} is not a year of the costing`);
  const cost = r.total.cost[i]! * scale;
  const steps: WaterfallStep[] = [{ kind: 'cost', from: 0, to: cost, value: cost }];
  let level = cost;
  let resources = 0;
  for (const o of r.financing.options) {
    const amount = o.resources[i]! * scale;
    steps.push({
      kind: 'option',
      option: o.option,
      from: level,
      to: level - amount,
      value: -amount,
    });
    level -= amount;
    resources += amount;
  }
  const gap = Math.max(0, level);
  steps.push({ kind: 'gap', from: 0, to: gap, value: gap });
  return { year, steps, cost, resources, gap, surplus: Math.max(0, -level) };
}
