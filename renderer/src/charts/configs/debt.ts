import type { ChartConfiguration } from 'chart.js';
import type { TFunction } from 'i18next';
import type { CostingResult } from '#engine';
import {
  baseOptions,
  CEILING,
  COST,
  GAP,
  legend,
  lineDataset,
  styleTokens,
  valueAxis,
  xAxis,
  yearLabels,
  type ChartStyle,
} from './style';

const TEXTS = {
  screen: {
    baseline: 'financing.debt.baseline',
    withReform: 'financing.debt.withReform',
    ceiling: 'financing.debt.ceiling',
  },
  print: {
    baseline: 'report.charts.debtBaseline',
    withReform: 'report.charts.debt',
    ceiling: 'report.charts.ceiling',
  },
} as const;

/**
 * Public debt before the reform and with the borrowing option, against the ceiling, % of GDP.
 *
 * The page reads from the baseline to the reform and leaves room above the ceiling, so that its line
 * is not drawn on the chart's edge; the report puts the debt with the reform first and lets the data
 * set the axis.
 */
export function debtChart(
  r: CostingResult,
  t: TFunction,
  style: ChartStyle,
): ChartConfiguration<'line'> {
  const { line, dash } = styleTokens(style);
  const text = TEXTS[style];
  const d = r.financing.debt;
  const pct = (xs: number[]) => xs.map((v) => (Number.isFinite(v) ? v * 100 : null));
  const baseline = lineDataset(
    t(text.baseline),
    pct(d.baselinePctGdp),
    COST,
    line.secondary,
    dash.dashed,
  );
  const withReform = lineDataset(t(text.withReform), pct(d.pctGdp), GAP, line.main);
  const ceiling = lineDataset(
    t(text.ceiling),
    r.years.map(() => d.ceilingPctGdp * 100),
    CEILING,
    line.thin,
    dash.dotted,
  );
  return {
    type: 'line',
    data: {
      labels: yearLabels(r.years),
      datasets:
        style === 'screen' ? [baseline, withReform, ceiling] : [withReform, baseline, ceiling],
    },
    options: {
      ...baseOptions(style),
      plugins: { legend: legend(style, 'line') },
      scales: {
        x: xAxis(style),
        y: {
          beginAtZero: true,
          ...(style === 'screen' ? { suggestedMax: d.ceilingPctGdp * 110 } : {}),
          ...valueAxis(t('units.pctGdp'), style),
        },
      },
    },
  };
}
