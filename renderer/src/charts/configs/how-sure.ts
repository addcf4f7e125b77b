import type { ChartConfiguration, Plugin } from 'chart.js';
import type { Band, SensitivityResult } from '#engine';
import { seriesColor, TEXT } from '../palette';
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
import { wrapLabel } from './waterfall';

/**
 * The two charts of "How sure are these numbers?" (methodology section 10), for the app's page and
 * the printed report alike: the tornado of one-at-a-time swings and the fan of Monte Carlo bands.
 * Okabe-Ito colours, the same on screen and paper: an input's low end blue, its high end orange (told
 * apart with any common colour blindness); the bands in two shades of the median's blue.
 */
export const LOW_END = seriesColor(0);
export const HIGH_END = seriesColor(1);
const MEDIAN = seriesColor(0);
const OUTER_BAND = 'rgba(0, 114, 178, 0.18)';
const INNER_BAND = 'rgba(0, 114, 178, 0.40)';
const CENTRAL = '#000000';

/** The printed tornado shows this many inputs, the largest swings; its table has them all. */
export const TORNADO_INPUTS = 10;

export interface TornadoWords {
  low: string;
  high: string;
  axis: string;
}

export interface TornadoOptions {
  /** The measure in the axis's unit (× 100 for a share of GDP, / 1e6 for millions). */
  shown: (value: number) => number;
  /** Writes a bar's value beyond its outer end when given (the app; paper keeps the table). */
  endLabel?: (value: number) => string;
  /** A bar's tooltip: the input's value at that end and the measure there. */
  tooltip?: (input: number, low: boolean) => string;
  /** Only the largest swings (paper); all by default. */
  maxInputs?: number;
}

/**
 * Writes each bar's value beyond its outer end (chart.js has no labels of its own). `values[d][j]`
 * is the measure of dataset d at input j; bars start at `base`.
 */
function endLabels(
  format: (v: number) => string,
  values: number[][],
  shown: (v: number) => number,
  base: number,
): Plugin<'bar'> {
  return {
    id: 'tornadoEndLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const x = chart.scales.x!;
      const from = x.getPixelForValue(shown(base));
      ctx.save();
      ctx.fillStyle = TEXT;
      ctx.textBaseline = 'middle';
      chart.data.datasets.forEach((_, d) => {
        chart.getDatasetMeta(d).data.forEach((bar, j) => {
          const value = values[d]?.[j];
          if (value === undefined) return;
          const to = x.getPixelForValue(shown(value));
          // No label on a bar too short to see: the table has the value.
          if (Math.abs(to - from) < 1) return;
          const right = to > from;
          ctx.textAlign = right ? 'left' : 'right';
          ctx.fillText(format(value), to + (right ? 6 : -6), bar.y);
        });
      });
      ctx.restore();
    },
  };
}

/**
 * Horizontal floating bars from the base to the measure at each end of each input, the largest swing
 * at the top: where the bars of a row meet is the scenario's own number. The axis spans the bars
 * (the swings are small beside the cost), not zero to the cost.
 */
export function tornadoChart(
  s: SensitivityResult,
  words: TornadoWords,
  style: ChartStyle,
  options: TornadoOptions,
): ChartConfiguration<'bar', [number, number][]> {
  const rows = s.inputs.slice(0, options.maxInputs ?? s.inputs.length);
  const { shown, endLabel, tooltip } = options;
  const base = shown(s.base);
  const bars = (label: string, ends: number[], colour: string) => ({
    label,
    data: ends.map((end): [number, number] => [base, shown(end)]),
    backgroundColor: colour,
    borderWidth: 0,
    minBarLength: 1,
    grouped: false,
  });
  const lows = rows.map((e) => e.low);
  const highs = rows.map((e) => e.high);
  const tickSize = styleTokens(style).categoryTickSize;
  return {
    type: 'bar',
    data: {
      labels: rows.map((e) => (style === 'print' ? wrapLabel(e.label, 40) : e.label)),
      datasets: [bars(words.low, lows, LOW_END), bars(words.high, highs, HIGH_END)],
    },
    options: {
      ...baseOptions(style),
      indexAxis: 'y',
      ...(endLabel ? { layout: { padding: { left: 70, right: 70 } } } : {}),
      plugins: {
        legend: legend(style),
        ...(tooltip
          ? { tooltip: { callbacks: { label: (c) => tooltip(c.dataIndex, c.datasetIndex === 0) } } }
          : {}),
      },
      scales: {
        x: { ...valueAxis(words.axis, style), beginAtZero: false, grace: '5%' },
        y: {
          grid: { display: false },
          ticks: {
            autoSkip: false,
            color: TEXT,
            ...(style === 'print' ? { font: { size: tickSize } } : {}),
          },
        },
      },
    },
    plugins: endLabel ? [endLabels(endLabel, [lows, highs], shown, s.base)] : [],
  };
}

export interface FanWords {
  outer: string;
  inner: string;
  median: string;
  central: string;
  axis: string;
  /** The band edges' names in tooltips (the app); unnamed on paper. Never in the legend. */
  p5?: string;
  p25?: string;
}

/**
 * A measure as % of GDP by year: the 5th-95th and 25th-75th percentile bands shaded, the median, and
 * the scenario's own (central) path when there is one. Each band fills to its lower edge, drawn just
 * before it; the edges (datasets 0 and 2) carry no legend entry.
 */
export function fanChart(
  band: Band,
  central: readonly number[] | null,
  years: readonly number[],
  words: FanWords,
  style: ChartStyle,
): ChartConfiguration<'line', number[]> {
  const look = styleTokens(style);
  const edge = (label: string | undefined, data: readonly number[]) => ({
    ...lineDataset(label ?? '', percent(data), 'transparent', 0),
    fill: false,
  });
  const filled = (label: string, data: readonly number[], colour: string) => ({
    ...lineDataset(label, percent(data), colour, 0),
    backgroundColor: colour,
    fill: '-1',
  });
  const datasets: ChartConfiguration<'line', number[]>['data']['datasets'] = [
    edge(words.p5, band.p5),
    filled(words.outer, band.p95, OUTER_BAND),
    edge(words.p25, band.p25),
    filled(words.inner, band.p75, INNER_BAND),
    lineDataset(words.median, percent(band.p50), MEDIAN, look.line.main),
  ];
  if (central) {
    datasets.push(
      lineDataset(words.central, percent(central), CENTRAL, look.line.thin, look.dash.dashed),
    );
  }
  return {
    type: 'line',
    data: { labels: yearLabels(years), datasets },
    options: {
      ...baseOptions(style),
      plugins: {
        legend: {
          ...legend(style),
          labels: {
            ...legend(style).labels,
            filter: (item) => item.datasetIndex !== 0 && item.datasetIndex !== 2,
          },
        },
      },
      scales: {
        x: xAxis(style),
        y: { beginAtZero: true, ...valueAxis(words.axis, style) },
      },
    },
  };
}
