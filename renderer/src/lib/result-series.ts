import type { BenefitResult, CostingResult } from '#engine';
import { formatMillions, formatPercent, type Unit } from './format';

/** The cost of a benefit in the chosen unit. */
export function benefitCost(b: BenefitResult, unit: Unit): number[] {
  switch (unit) {
    case 'nominal':
      return b.cost;
    case 'real':
      return b.costReal;
    case 'usd':
      return b.costUsd;
    case 'pctGdp':
      return b.pctGdp;
  }
}

export function totalCost(r: CostingResult, unit: Unit): number[] {
  switch (unit) {
    case 'nominal':
      return r.total.cost;
    case 'real':
      return r.total.costReal;
    case 'usd':
      return r.total.costUsd;
    case 'pctGdp':
      return r.total.pctGdp;
  }
}

/** A formatter for values in the chosen unit: money in millions, shares as percentages. */
export function unitFormatter(unit: Unit, locale: string): (v: number) => string {
  return unit === 'pctGdp' ? (v) => formatPercent(v, locale) : (v) => formatMillions(v, locale);
}

/** Chart axis values: % of GDP as percentages, money in millions. */
export function unitScale(unit: Unit): number {
  return unit === 'pctGdp' ? 100 : 1e-6;
}

/** The year to show in headline numbers: the first year every benefit is fully phased in. */
export function headlineYear(r: CostingResult, fullYears: number[]): number {
  const first = r.years[0]!;
  const last = r.years[r.years.length - 1]!;
  const target = fullYears.length ? Math.max(...fullYears) : first;
  return Math.min(Math.max(target, first), last);
}
