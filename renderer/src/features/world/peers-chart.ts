import type { ChartConfiguration } from 'chart.js';
import { valueAxis } from '../../charts/configs/style';
import { seriesColor } from '../../charts/palette';
import { metricValue, type Metric, type WorldRow } from './world-data';

/** The selected country stands out in vermillion among its peers in blue (Okabe-Ito, both). */
export const PEER = seriesColor(0);
export const SELECTED = seriesColor(5);

/**
 * A country and its peers (same income group and region) as horizontal bars, largest first, in % of
 * GDP; the selected country's bar in its own colour, and its name in bold on the axis.
 */
export function peersChart(
  peers: readonly WorldRow[],
  selected: string,
  metric: Metric,
  texts: { label: string; axis: string },
): ChartConfiguration<'bar'> {
  const isSelected = (r: WorldRow) => r.iso3 === selected;
  return {
    type: 'bar',
    data: {
      labels: peers.map((r) => r.name),
      datasets: [
        {
          label: texts.label,
          data: peers.map((r) => metricValue(r, metric) * 100),
          backgroundColor: peers.map((r) => (isSelected(r) ? SELECTED : PEER)),
        },
      ],
    },
    options: {
      indexAxis: 'y',
      plugins: { legend: { display: false } },
      scales: {
        x: { ...valueAxis(texts.axis, 'screen'), beginAtZero: true },
        y: {
          grid: { display: false },
          ticks: {
            autoSkip: false,
            font: (ctx) => ({ weight: isSelected(peers[ctx.index]!) ? 'bold' : 'normal' }),
          },
        },
      },
    },
  };
}

/** Bars of 28 px each, so that a region with twenty peers still reads, within a sensible box. */
export const peersHeight = (count: number): number => Math.min(640, Math.max(160, 60 + 28 * count));
