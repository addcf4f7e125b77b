import type { ChartConfiguration } from 'chart.js';
import type { CostingResult } from '#engine';
import type { Unit } from '../../lib/format';
import { benefitCost, unitScale } from '../../lib/result-series';
import { seriesColor } from '../palette';
import { baseOptions, legend, valueAxis, xAxis, yearLabels, type ChartStyle } from './style';

/** The cost of each benefit, stacked, by year: in millions or as % of GDP (`axis` says which). */
export function costByBenefitChart(
  r: CostingResult,
  unit: Unit,
  axis: string,
  style: ChartStyle,
): ChartConfiguration<'bar'> {
  const scale = unitScale(unit);
  return {
    type: 'bar',
    data: {
      labels: yearLabels(r.years),
      datasets: r.benefits.map((b, i) => ({
        label: b.label,
        data: benefitCost(b, unit).map((v) => v * scale),
        backgroundColor: seriesColor(i),
        borderWidth: 0,
        stack: 'cost',
      })),
    },
    options: {
      ...baseOptions(style),
      plugins: { legend: legend(style) },
      scales: {
        x: { ...xAxis(style), stacked: true },
        y: { stacked: true, ...valueAxis(axis, style) },
      },
    },
  };
}
