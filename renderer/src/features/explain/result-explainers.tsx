import type { ReactNode } from 'react';
import type { CostingResult, ExplainMeasure, ExplainQuery } from '#engine';
import { useMessageLanguage } from '../../components/use-message-text';
import type { Unit } from '../../lib/format';
import { useApp } from '../../stores/store-context';
import { ExplainButton } from './ExplainButton';

type Cell = (text: string, row: number, column: number) => ReactNode;

/** The tree behind a cost as the table shows it: nominal, in base-year prices, in USD or % of GDP. */
export const COST_MEASURE: Readonly<Record<Unit, ExplainMeasure>> = {
  nominal: 'cost',
  real: 'costReal',
  usd: 'costUsd',
  pctGdp: 'pctGdp',
};

/** The financing table's columns that have a tree: the cost (1) and the gap in money (3). */
const FINANCING_COLUMNS: Readonly<Record<number, 'cost' | 'gap'>> = { 1: 'cost', 3: 'gap' };

export interface ResultExplainers {
  /** Cost by benefit: a benefit's cell (or the total's) in a year. */
  costCell: Cell;
  /** Totals: the share of GDP in a year. */
  shareCell: Cell;
  /** Beneficiaries of a benefit in a year. */
  peopleCell: Cell;
  /** The financing table: the package's cost and its financing gap in a year. */
  financingCell: Cell;
  /** A chart's point: its year and its benefit (the chart's series are the benefits in order). */
  onPoint: (measure: ExplainMeasure) => (i: number, d: number) => void;
}

/**
 * The results page's numbers as queries for "Why this number?": rows are years, the first column is
 * the year, the next ones the benefits in the result's order (then the total, for costs).
 */
export function useResultExplainers(result: CostingResult, unit: Unit): ResultExplainers {
  const explainRequested = useApp((s) => s.explainRequested);
  const lang = useMessageLanguage();
  const costMeasure = COST_MEASURE[unit];
  const benefitAt = (series: number) => result.benefits[series]?.id;
  const wrap = (query: ExplainQuery | null, text: string): ReactNode =>
    query ? <ExplainButton query={query}>{text}</ExplainButton> : text;
  return {
    costCell: (text, i, j) => {
      const year = result.years[i]!;
      const benefit = benefitAt(j - 1);
      return wrap(
        benefit ? { year, benefit, measure: costMeasure } : { year, measure: costMeasure },
        text,
      );
    },
    shareCell: (text, i, j) =>
      wrap(j === 1 ? { year: result.years[i]!, measure: 'pctGdp' } : null, text),
    peopleCell: (text, i, j) => {
      const benefit = benefitAt(j - 1);
      return wrap(
        benefit ? { year: result.years[i]!, benefit, measure: 'beneficiaries' } : null,
        text,
      );
    },
    financingCell: (text, i, j) => {
      const measure = FINANCING_COLUMNS[j];
      return wrap(measure ? { year: result.years[i]!, measure } : null, text);
    },
    onPoint: (measure) => (i, d) => {
      const benefit = benefitAt(d);
      if (benefit) explainRequested({ year: result.years[i]!, benefit, measure }, lang);
    },
  };
}
