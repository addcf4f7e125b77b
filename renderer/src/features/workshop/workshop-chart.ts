import type { ChartConfiguration, ChartDataset } from 'chart.js';
import { GRID, seriesColor } from '../../charts/palette';
import { barFill } from '../compare/compare-charts';
import type { GroupFigures } from './workshop-figures';

type Mixed = ChartConfiguration<'bar' | 'line', (number | null)[]>;

/** Colours with a meaning in the budget game, with a pattern so that they read without colour. */
const FITS = seriesColor(2); // bluish green, solid
const MISSES_INDEX = 5; // vermillion, diagonal lines
const BASELINE = '#8a939c';
const ENVELOPE = seriesColor(6); // black

export interface WorkshopChartLabels {
  baseline: string;
  cost: string;
  envelope: string;
  axis: string;
}

/**
 * The cost of each group's package in the envelope year (% of GDP), the baseline first, against each
 * group's envelope: a black bar across each group's column, joined into one line when every group
 * has the same envelope. A package that misses its envelope is vermillion with diagonal lines, one
 * that fits bluish green and solid. `fontSize` is larger for the presentation mode.
 */
export function workshopChart(
  baselineCost: number | null,
  figures: GroupFigures[],
  labels: WorkshopChartLabels,
  fontSize?: number,
): Mixed {
  const font = fontSize ? { size: fontSize } : undefined;
  const sameEnvelope = figures.every((f) => f.envelopePctGdp === figures[0]?.envelopePctGdp);
  const cost: ChartDataset<'bar', (number | null)[]> = {
    type: 'bar',
    label: labels.cost,
    data: [baselineCost, ...figures.map((f) => f.costPctGdp)].map((v) =>
      v === null ? null : v * 100,
    ),
    backgroundColor: [
      BASELINE,
      ...figures.map((f) => (f.fit?.fits === false ? barFill(MISSES_INDEX) : FITS)),
    ],
    borderColor: [
      BASELINE,
      ...figures.map((f) => (f.fit?.fits === false ? seriesColor(MISSES_INDEX) : FITS)),
    ],
    borderWidth: 2,
    pointStyle: 'rect',
    order: 2,
  };
  const envelope: ChartDataset<'line', (number | null)[]> = {
    type: 'line',
    label: labels.envelope,
    data: [null, ...figures.map((f) => f.envelopePctGdp * 100)],
    borderColor: ENVELOPE,
    backgroundColor: ENVELOPE,
    borderWidth: 3,
    borderDash: [8, 4],
    showLine: sameEnvelope,
    pointStyle: 'line',
    pointRadius: fontSize ? 60 : 28,
    pointBorderWidth: 4,
    order: 1,
  };
  return {
    type: 'bar',
    data: {
      labels: [labels.baseline, ...figures.map((f) => f.name)],
      datasets: [cost, envelope],
    },
    options: {
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, ...(font ? { font } : {}) } },
      },
      scales: {
        x: { grid: { display: false }, ...(font ? { ticks: { font } } : {}) },
        y: {
          beginAtZero: true,
          title: { display: true, text: labels.axis, ...(font ? { font } : {}) },
          grid: { color: GRID },
          ...(font ? { ticks: { font } } : {}),
        },
      },
    },
  };
}
