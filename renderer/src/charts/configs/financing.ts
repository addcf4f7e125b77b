import type { ChartConfiguration } from 'chart.js';
import type { TFunction } from 'i18next';
import type { CostingResult, SpendingGapResult } from '#engine';
import { seriesColor } from '../palette';
import {
  baseOptions,
  COST,
  GAP,
  legend,
  lineDataset,
  percent,
  RESOURCES,
  styleTokens,
  valueAxis,
  xAxis,
  yearLabels,
  type ChartStyle,
} from './style';

const TEXTS = {
  screen: { cost: 'financing.cost', gap: 'financing.gap' },
  print: { cost: 'report.charts.cost', gap: 'report.charts.gap' },
} as const;

/**
 * Resources of each option (stacked bars) against the cost and the gap (lines), % of GDP, by year.
 *
 * Each line is a stack of its own, so that the gap line shows the gap, not cost + gap.
 */
export function financingChart(
  r: CostingResult,
  t: TFunction,
  style: ChartStyle,
): ChartConfiguration<'bar' | 'line'> {
  const { line, dash } = styleTokens(style);
  const text = TEXTS[style];
  const stack = (name: string) => ({ stack: name });
  return {
    type: 'bar',
    data: {
      labels: yearLabels(r.years),
      datasets: [
        ...r.financing.options.map((o, i) => ({
          type: 'bar' as const,
          label: t(`option.${o.option}`),
          data: percent(o.pctGdp),
          backgroundColor: seriesColor(i + 1),
          borderWidth: 0,
          stack: 'resources',
          pointStyle: 'rect' as const,
        })),
        {
          type: 'line' as const,
          ...stack('cost'),
          pointStyle: 'line' as const,
          ...lineDataset(t(text.cost), percent(r.total.pctGdp), COST, line.main),
        },
        {
          type: 'line' as const,
          ...stack('gap'),
          pointStyle: 'line' as const,
          ...lineDataset(t(text.gap), percent(r.financing.gapPctGdp), GAP, line.main, dash.dashed),
        },
      ],
    },
    options: {
      ...baseOptions(style),
      // Bars as boxes, lines as lines in the legend.
      plugins: { legend: legend(style, 'point') },
      scales: {
        x: { ...xAxis(style), stacked: true },
        y: { stacked: true, beginAtZero: true, ...valueAxis(t('units.pctGdp'), style) },
      },
    },
  };
}

/** The government balance before and after the reform, % of GDP. */
export function balanceChart(
  r: CostingResult,
  t: TFunction,
  style: ChartStyle,
): ChartConfiguration<'line'> {
  const { line, dash } = styleTokens(style);
  const gdp = r.baseline.gdp;
  return {
    type: 'line',
    data: {
      labels: yearLabels(r.years),
      datasets: [
        lineDataset(
          t('financing.balanceBefore'),
          r.financing.balanceBefore.map((v, i) => (v / gdp[i]!) * 100),
          RESOURCES,
          line.main,
        ),
        lineDataset(
          t('financing.balanceAfter'),
          percent(r.financing.balanceAfterPctGdp),
          GAP,
          line.main,
          dash.dashed,
        ),
      ],
    },
    options: {
      ...baseOptions(style),
      plugins: { legend: legend(style, 'line') },
      scales: {
        x: xAxis(style),
        y: valueAxis(t('units.pctGdp'), style),
      },
    },
  };
}

/** For each function: current spending, the package's cost and the gap in one year, % of GDP. */
export function spendingGapChart(
  gaps: SpendingGapResult[],
  yearIndex: number,
  t: TFunction,
  style: ChartStyle,
): ChartConfiguration<'bar'> {
  const bars = (label: string, data: number[], color: string) => ({
    label,
    data: percent(data),
    backgroundColor: color,
    borderWidth: 0,
  });
  return {
    type: 'bar',
    data: {
      labels: gaps.map((g) => t(`financing.functions.${g.function}`)),
      datasets: [
        bars(
          t('financing.spending.current'),
          gaps.map((g) => g.currentPctGdp),
          RESOURCES,
        ),
        bars(
          t('financing.spending.cost'),
          gaps.map((g) => g.costPctGdp[yearIndex]!),
          COST,
        ),
        bars(
          t('financing.spending.gap'),
          gaps.map((g) => g.gapPctGdp[yearIndex]!),
          GAP,
        ),
      ],
    },
    options: {
      ...baseOptions(style),
      plugins: { legend: legend(style) },
      scales: {
        x: xAxis(style),
        y: { beginAtZero: true, ...valueAxis(t('units.pctGdp'), style) },
      },
    },
  };
}
