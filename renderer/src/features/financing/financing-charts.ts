import type { BarElement, ChartConfiguration, ChartDataset, Plugin } from 'chart.js';
import type { TFunction } from 'i18next';
import type { CostingResult, SpendingGapResult } from '../../../../src/costing/result-types';
import { GRID, seriesColor, TEXT } from '../../charts/palette';
import type { Waterfall } from '../../report/waterfall';

const BLUE = seriesColor(0); // the cost
const RED = seriesColor(5); // the gap
const GREEN = seriesColor(2); // resources, current spending
const BLACK = seriesColor(6); // the ceiling

const pctAxis = (t: TFunction) => ({ display: true, text: t('units.pctGdp') });
const legend = { position: 'bottom' as const };
/** Lines in the legend drawn as lines (with their dashes), not boxes. */
const lineLegend = {
  position: 'bottom' as const,
  labels: { usePointStyle: true, pointStyle: 'line' as const, pointStyleWidth: 32 },
};

/** Resources of each option (stacked) against the cost and the gap, % of GDP, by year. */
export function gapChart(r: CostingResult, t: TFunction): ChartConfiguration<'bar' | 'line'> {
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
          stack: 'resources',
          pointStyle: 'rect' as const,
        })),
        {
          type: 'line' as const,
          label: t('financing.cost'),
          stack: 'cost',
          pointStyle: 'line' as const,
          data: r.total.pctGdp.map((v) => v * 100),
          borderColor: BLUE,
          backgroundColor: BLUE,
          borderWidth: 3,
          pointRadius: 0,
        },
        {
          type: 'line' as const,
          label: t('financing.gap'),
          stack: 'gap',
          pointStyle: 'line' as const,
          data: r.financing.gapPctGdp.map((v) => v * 100),
          borderColor: RED,
          backgroundColor: RED,
          borderDash: [6, 4],
          borderWidth: 3,
          pointRadius: 0,
        },
      ],
    },
    options: {
      // Bars as boxes, lines as lines in the legend.
      plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } },
      scales: {
        x: { stacked: true, grid: { display: false } },
        y: { stacked: true, title: pctAxis(t), grid: { color: GRID } },
      },
    },
  };
}

/** The government balance before and after the reform, % of GDP. */
export function balanceChart(r: CostingResult, t: TFunction): ChartConfiguration<'line'> {
  const gdp = r.baseline.gdp;
  return {
    type: 'line',
    data: {
      labels: r.years.map(String),
      datasets: [
        {
          label: t('financing.balanceBefore'),
          data: r.financing.balanceBefore.map((v, i) => (v / gdp[i]!) * 100),
          borderColor: GREEN,
          backgroundColor: GREEN,
          borderWidth: 3,
          pointRadius: 0,
        },
        {
          label: t('financing.balanceAfter'),
          data: r.financing.balanceAfterPctGdp.map((v) => v * 100),
          borderColor: RED,
          backgroundColor: RED,
          borderDash: [6, 4],
          borderWidth: 3,
          pointRadius: 0,
        },
      ],
    },
    options: {
      plugins: { legend: lineLegend },
      scales: {
        y: { title: pctAxis(t), grid: { color: GRID } },
        x: { grid: { display: false } },
      },
    },
  };
}

/** The texts written above the bars travel with the data, which the chart replaces on each update. */
type LabelledBars = ChartDataset<'bar', [number, number][]> & { valueTexts: string[] };

/** Writes each bar's value above it: a waterfall is read by its numbers. */
const valueLabels: Plugin<'bar'> = {
  id: 'spfWaterfallValues',
  afterDatasetsDraw(chart) {
    const texts = (chart.data.datasets[0] as Partial<LabelledBars> | undefined)?.valueTexts ?? [];
    const { ctx } = chart;
    ctx.save();
    ctx.font = '600 13px system-ui, sans-serif';
    ctx.fillStyle = TEXT;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    chart.getDatasetMeta(0).data.forEach((el, i) => {
      const { x, y, base } = (el as BarElement).getProps(['x', 'y', 'base'], true) as {
        x: number;
        y: number;
        base: number;
      };
      ctx.fillText(texts[i] ?? '', x, Math.min(y, base) - 4);
    });
    ctx.restore();
  },
};

/** Splits a long label over lines of about `width` characters, so option names fit under a bar. */
export function wrapLabel(text: string, width = 12): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Floating bars from the cost down to the gap, % of GDP (the waterfall is computed with
 * scale = 1 / GDP of the year): the cost, each option taking its resources off, the gap.
 */
export function waterfallChart(
  w: Waterfall,
  labels: string[],
  format: (fraction: number) => string,
  t: TFunction,
): ChartConfiguration<'bar', [number, number][]> {
  const colour = (kind: string) => (kind === 'cost' ? BLUE : kind === 'gap' ? RED : GREEN);
  const dataset: LabelledBars = {
    label: t('units.pctGdp'),
    data: w.steps.map((s) => [s.from * 100, s.to * 100]),
    backgroundColor: w.steps.map((s) => colour(s.kind)),
    borderWidth: 0,
    // An option that raises nothing this year still shows a sliver at its level.
    minBarLength: 2,
    valueTexts: w.steps.map((s) => format(s.value)),
  };
  return {
    type: 'bar',
    data: { labels: labels.map((l) => wrapLabel(l)), datasets: [dataset] },
    plugins: [valueLabels],
    options: {
      layout: { padding: { top: 22 } },
      plugins: { legend: { display: false } },
      scales: {
        x: {
          grid: { display: false },
          ticks: { autoSkip: false, maxRotation: 0, font: { size: 12 } },
        },
        y: { beginAtZero: true, title: pctAxis(t), grid: { color: GRID } },
      },
    },
  };
}

/** Public debt before the reform, with the borrowing option, and the ceiling, % of GDP. */
export function debtChart(r: CostingResult, t: TFunction): ChartConfiguration<'line'> {
  const d = r.financing.debt;
  const pct = (xs: number[]) => xs.map((v) => (Number.isFinite(v) ? v * 100 : null));
  return {
    type: 'line',
    data: {
      labels: r.years.map(String),
      datasets: [
        {
          label: t('financing.debt.baseline'),
          data: pct(d.baselinePctGdp),
          borderColor: BLUE,
          backgroundColor: BLUE,
          borderDash: [6, 4],
          borderWidth: 3,
          pointRadius: 0,
        },
        {
          label: t('financing.debt.withReform'),
          data: pct(d.pctGdp),
          borderColor: RED,
          backgroundColor: RED,
          borderWidth: 3,
          pointRadius: 0,
        },
        {
          label: t('financing.debt.ceiling'),
          data: r.years.map(() => d.ceilingPctGdp * 100),
          borderColor: BLACK,
          backgroundColor: BLACK,
          borderDash: [2, 4],
          borderWidth: 2,
          pointRadius: 0,
        },
      ],
    },
    options: {
      plugins: { legend: lineLegend },
      scales: {
        // Room above the ceiling, so that its line is not drawn on the chart's edge.
        y: {
          beginAtZero: true,
          suggestedMax: d.ceilingPctGdp * 110,
          title: pctAxis(t),
          grid: { color: GRID },
        },
        x: { grid: { display: false } },
      },
    },
  };
}

/** For each function: current spending, the package's cost and the gap in one year, % of GDP. */
export function spendingGapChart(
  gaps: SpendingGapResult[],
  yearIndex: number,
  t: TFunction,
): ChartConfiguration<'bar'> {
  const bars = (label: string, data: number[], color: string) => ({
    label,
    data: data.map((v) => v * 100),
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
          GREEN,
        ),
        bars(
          t('financing.spending.cost'),
          gaps.map((g) => g.costPctGdp[yearIndex]!),
          BLUE,
        ),
        bars(
          t('financing.spending.gap'),
          gaps.map((g) => g.gapPctGdp[yearIndex]!),
          RED,
        ),
      ],
    },
    options: {
      plugins: { legend },
      scales: {
        x: { grid: { display: false } },
        y: { beginAtZero: true, title: pctAxis(t), grid: { color: GRID } },
      },
    },
  };
}
