import type { ChartConfiguration } from 'chart.js';
import type { CostingResult } from '#engine';
import { seriesColor } from '../palette';
import {
  baseOptions,
  legend,
  lineDataset,
  styleTokens,
  valueAxis,
  xAxis,
  yearLabels,
  type ChartStyle,
} from './style';

/** Beneficiaries of each benefit in millions, by year; series beyond the palette's eight are dashed. */
export function beneficiariesChart(
  r: CostingResult,
  axis: string,
  style: ChartStyle,
): ChartConfiguration<'line'> {
  const { line } = styleTokens(style);
  return {
    type: 'line',
    data: {
      labels: yearLabels(r.years),
      datasets: r.benefits.map((b, i) =>
        lineDataset(
          b.label,
          b.beneficiaries.map((v) => v / 1e6),
          seriesColor(i),
          line.thin,
          i >= 8 ? [4, 3] : undefined,
        ),
      ),
    },
    options: {
      ...baseOptions(style),
      plugins: { legend: legend(style) },
      scales: {
        x: xAxis(style),
        y: { ...valueAxis(axis, style), beginAtZero: true },
      },
    },
  };
}
