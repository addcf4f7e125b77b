import type { ChartConfiguration } from 'chart.js';
import type { SensitivityResult, UncertaintyResult } from '#engine';
import { seriesColor, TEXT } from '../charts/palette';
import { wrapLabel } from '../charts/configs';
import {
  baseOptions,
  legend,
  lineDataset,
  percent,
  styleTokens,
  valueAxis,
  xAxis,
  yearLabels,
} from '../charts/configs/style';

/** The tornado shows this many inputs, the largest swings; the table of ranges has them all. */
export const TORNADO_INPUTS = 10;

/** Okabe-Ito: the low end orange, the high end blue, the bands in light and darker sky blue. */
const LOW_END = seriesColor(1);
const HIGH_END = seriesColor(0);
const OUTER_BAND = 'rgba(86, 180, 233, 0.25)';
const INNER_BAND = 'rgba(86, 180, 233, 0.55)';

export interface TornadoWords {
  low: string;
  high: string;
  axis: string;
}

/**
 * Horizontal floating bars from the base to the measure at each end of each input (% of GDP), the
 * largest swing at the top: where the bars of a row meet is the scenario's own number.
 */
export function tornadoChart(
  s: SensitivityResult,
  words: TornadoWords,
): ChartConfiguration<'bar', [number, number][]> {
  const rows = s.inputs.slice(0, TORNADO_INPUTS);
  const base = s.base * 100;
  const tickSize = styleTokens('print').categoryTickSize;
  return {
    type: 'bar',
    data: {
      labels: rows.map((e) => wrapLabel(e.label, 40)),
      datasets: [
        {
          label: words.low,
          data: rows.map((e) => [base, e.low * 100]),
          backgroundColor: LOW_END,
          borderWidth: 0,
          minBarLength: 1,
        },
        {
          label: words.high,
          data: rows.map((e) => [base, e.high * 100]),
          backgroundColor: HIGH_END,
          borderWidth: 0,
          minBarLength: 1,
        },
      ],
    },
    options: {
      ...baseOptions('print'),
      indexAxis: 'y',
      plugins: { legend: legend('print') },
      scales: {
        // The swings are small beside the cost: the axis spans the bars, not zero to the cost.
        x: { ...valueAxis(words.axis, 'print'), beginAtZero: false, grace: '5%' },
        y: {
          grid: { display: false },
          ticks: { autoSkip: false, font: { size: tickSize }, color: TEXT },
        },
      },
    },
  };
}

export interface FanWords {
  outer: string;
  inner: string;
  median: string;
  central: string;
  axis: string;
}

/**
 * Total cost as % of GDP by year: the 5th-95th and 25th-75th percentile bands shaded, the median,
 * and the scenario's own (central) path. Bands fill to the dataset before them; their lower edges
 * carry no legend entry.
 */
export function fanChart(
  u: UncertaintyResult,
  central: readonly number[],
  words: FanWords,
): ChartConfiguration<'line', number[]> {
  const band = u.total.pctGdp;
  const look = styleTokens('print');
  const edge = (data: readonly number[]) => ({
    ...lineDataset('', percent(data), 'transparent', 0),
    fill: false,
  });
  const filled = (label: string, data: readonly number[], colour: string) => ({
    ...lineDataset(label, percent(data), colour, 0),
    backgroundColor: colour,
    fill: '-1',
  });
  return {
    type: 'line',
    data: {
      labels: yearLabels(u.years),
      datasets: [
        edge(band.p5),
        filled(words.outer, band.p95, OUTER_BAND),
        edge(band.p25),
        filled(words.inner, band.p75, INNER_BAND),
        lineDataset(words.median, percent(band.p50), HIGH_END, look.line.main),
        lineDataset(words.central, percent(central), TEXT, look.line.thin, look.dash.dashed),
      ],
    },
    options: {
      ...baseOptions('print'),
      plugins: {
        legend: {
          ...legend('print'),
          labels: { ...legend('print').labels, filter: (item) => item.text !== '' },
        },
      },
      scales: {
        x: xAxis('print'),
        y: { beginAtZero: true, ...valueAxis(words.axis, 'print') },
      },
    },
  };
}
