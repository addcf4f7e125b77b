import type { ChartConfiguration } from 'chart.js';
import type { TFunction } from 'i18next';
import type { CostingResult } from '#engine';
import { seriesColor } from '../palette';
import {
  baseOptions,
  legend,
  lineDataset,
  percent,
  styleTokens,
  valueAxis,
  xAxis,
  yearLabels,
  type ChartStyle,
} from './style';

/** The legend's words: the page repeats "total cost", the report's figure title says it already. */
const TEXTS = {
  screen: { pctGdp: 'results.totalPctGdp', pctExpenditure: 'results.totalPctExpenditure' },
  print: { pctGdp: 'report.charts.pctGdp', pctExpenditure: 'report.charts.pctExpenditure' },
} as const;

/** The total cost as % of GDP and as % of government expenditure, by year. */
export function totalsShareChart(
  r: CostingResult,
  t: TFunction,
  style: ChartStyle,
): ChartConfiguration<'line'> {
  const { line, dash } = styleTokens(style);
  const text = TEXTS[style];
  return {
    type: 'line',
    data: {
      labels: yearLabels(r.years),
      datasets: [
        lineDataset(t(text.pctGdp), percent(r.total.pctGdp), seriesColor(0), line.main),
        lineDataset(
          t(text.pctExpenditure),
          percent(r.total.pctExpenditure),
          seriesColor(1),
          line.main,
          dash.dashed,
        ),
      ],
    },
    options: {
      ...baseOptions(style),
      plugins: { legend: legend(style) },
      scales: {
        x: xAxis(style),
        y: { ...valueAxis('%', style), beginAtZero: true },
      },
    },
  };
}
