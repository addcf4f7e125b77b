import type { BarElement, ChartConfiguration, Plugin } from 'chart.js';
import type { TFunction } from 'i18next';
import type { CostingResult } from '../../../src/costing/result-types';
import { GRID, seriesColor, TEXT } from '../charts/palette';
import type { Waterfall } from './waterfall';

/** Paper needs smaller type than the screen, and no animation: a chart is printed as it first draws. */
const PRINT_OPTIONS = {
  responsive: false,
  maintainAspectRatio: false,
  animation: false,
  devicePixelRatio: 2,
} as const;

const legend = { position: 'bottom' as const, labels: { boxWidth: 12, font: { size: 10 } } };
const axisTitle = (text: string) => ({ display: true, text, font: { size: 10 } });
const ticks = { font: { size: 10 } };
const yearAxis = {
  grid: { display: false },
  ticks: { ...ticks, maxRotation: 0, autoSkipPadding: 8 },
};

const RED = seriesColor(5); // vermillion: the gap
const BLUE = seriesColor(0); // the cost

/** Cost by benefit, stacked, in millions of LCU. */
export function costChart(r: CostingResult, axis: string): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: r.years.map(String),
      datasets: r.benefits.map((b, i) => ({
        label: b.label,
        data: b.cost.map((v) => v / 1e6),
        backgroundColor: seriesColor(i),
        borderWidth: 0,
        stack: 'cost',
      })),
    },
    options: {
      ...PRINT_OPTIONS,
      plugins: { legend },
      scales: {
        x: { ...yearAxis, stacked: true },
        y: { stacked: true, title: axisTitle(axis), grid: { color: GRID }, ticks },
      },
    },
  };
}

/** The total as % of GDP and % of government expenditure. */
export function shareChart(r: CostingResult, t: TFunction): ChartConfiguration<'line'> {
  const line = (label: string, data: number[], color: string, dash: number[]) => ({
    label,
    data: data.map((v) => v * 100),
    borderColor: color,
    backgroundColor: color,
    borderDash: dash,
    borderWidth: 2.5,
    pointRadius: 0,
  });
  return {
    type: 'line',
    data: {
      labels: r.years.map(String),
      datasets: [
        line(t('report.charts.pctGdp'), r.total.pctGdp, BLUE, []),
        line(t('report.charts.pctExpenditure'), r.total.pctExpenditure, seriesColor(1), [6, 4]),
      ],
    },
    options: {
      ...PRINT_OPTIONS,
      plugins: { legend },
      scales: {
        x: yearAxis,
        y: { title: axisTitle('%'), grid: { color: GRID }, beginAtZero: true, ticks },
      },
    },
  };
}

/** Resources of each option (stacked bars) against the cost and the gap (lines), % of GDP. */
export function financingChart(r: CostingResult, t: TFunction): ChartConfiguration<'bar' | 'line'> {
  return {
    type: 'bar',
    data: {
      labels: r.years.map(String),
      datasets: [
        ...r.financing.options.map((o, i) => ({
          type: 'bar' as const,
          label: t(`option.${o.option}`),
          data: o.pctGdp.map((v) => v * 100),
          backgroundColor: seriesColor(i + 1),
          borderWidth: 0,
          stack: 'resources',
        })),
        {
          type: 'line' as const,
          label: t('report.charts.cost'),
          data: r.total.pctGdp.map((v) => v * 100),
          borderColor: BLUE,
          backgroundColor: BLUE,
          borderWidth: 2.5,
          pointRadius: 0,
        },
        {
          type: 'line' as const,
          label: t('report.charts.gap'),
          data: r.financing.gapPctGdp.map((v) => v * 100),
          borderColor: RED,
          backgroundColor: RED,
          borderDash: [6, 4],
          borderWidth: 2.5,
          pointRadius: 0,
        },
      ],
    },
    options: {
      ...PRINT_OPTIONS,
      plugins: { legend },
      scales: {
        x: { ...yearAxis, stacked: true },
        y: {
          stacked: true,
          beginAtZero: true,
          title: axisTitle(t('units.pctGdp')),
          grid: { color: GRID },
          ticks,
        },
      },
    },
  };
}

/** Writes each bar's value above it: a waterfall is read by its numbers. */
function valueLabels(texts: string[]): Plugin<'bar'> {
  return {
    id: 'spfValueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = '600 10px sans-serif';
      ctx.fillStyle = TEXT;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      chart.getDatasetMeta(0).data.forEach((el, i) => {
        const { x, y, base } = (el as BarElement).getProps(['x', 'y', 'base'], true) as {
          x: number;
          y: number;
          base: number;
        };
        ctx.fillText(texts[i] ?? '', x, Math.min(y, base) - 3);
      });
      ctx.restore();
    },
  };
}

/** Floating bars from the cost down to the gap, % of GDP (the waterfall is computed with scale 1/GDP). */
export function waterfallChart(
  w: Waterfall,
  labels: (string | string[])[],
  t: TFunction,
  format: (fraction: number) => string,
): ChartConfiguration<'bar'> {
  const colour = (kind: string) => (kind === 'cost' ? BLUE : kind === 'gap' ? RED : seriesColor(2));
  return {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          label: t('units.pctGdp'),
          data: w.steps.map((s) => [s.from * 100, s.to * 100] as [number, number]),
          backgroundColor: w.steps.map((s) => colour(s.kind)),
          borderWidth: 0,
          // Floating bars need a visible sliver even when an option raises nothing this year.
          minBarLength: 1,
        },
      ],
    },
    plugins: [valueLabels(w.steps.map((s) => format(s.value)))],
    options: {
      ...PRINT_OPTIONS,
      layout: { padding: { top: 16 } },
      plugins: { legend: { display: false } },
      scales: {
        x: { grid: { display: false }, ticks: { ...ticks, maxRotation: 0, autoSkip: false } },
        y: { beginAtZero: true, title: axisTitle(t('units.pctGdp')), grid: { color: GRID }, ticks },
      },
    },
  };
}

/** Public debt with the borrowing option against the ceiling, % of GDP. */
export function debtChart(r: CostingResult, t: TFunction): ChartConfiguration<'line'> {
  const d = r.financing.debt;
  const pct = (xs: number[]) => xs.map((v) => (Number.isFinite(v) ? v * 100 : null));
  return {
    type: 'line',
    data: {
      labels: r.years.map(String),
      datasets: [
        {
          label: t('report.charts.debt'),
          data: pct(d.pctGdp),
          borderColor: RED,
          backgroundColor: RED,
          borderWidth: 2.5,
          pointRadius: 0,
        },
        {
          label: t('report.charts.debtBaseline'),
          data: pct(d.baselinePctGdp),
          borderColor: BLUE,
          backgroundColor: BLUE,
          borderDash: [6, 4],
          borderWidth: 2,
          pointRadius: 0,
        },
        {
          label: t('report.charts.ceiling'),
          data: r.years.map(() => d.ceilingPctGdp * 100),
          borderColor: seriesColor(6),
          backgroundColor: seriesColor(6),
          borderDash: [2, 3],
          borderWidth: 1.5,
          pointRadius: 0,
        },
      ],
    },
    options: {
      ...PRINT_OPTIONS,
      plugins: { legend },
      scales: {
        x: yearAxis,
        y: { beginAtZero: true, title: axisTitle(t('units.pctGdp')), grid: { color: GRID }, ticks },
      },
    },
  };
}
