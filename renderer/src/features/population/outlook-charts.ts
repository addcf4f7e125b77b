import type { ChartConfiguration, ChartDataset } from 'chart.js';
import { GRID, PALETTE } from '../../charts/palette';
import type { PopulationOutlook } from '../../workers/population-outlook';
import { LEGEND } from './chart-legend';

/**
 * Chart.js configurations of the Population outlook page, built from the worker's outlook (the
 * numbers are the engine's; here they are only scaled for display). The base is solid, the variant
 * dashed in another colour, the country file dotted black, so the lines read without colour too.
 */

export const BASE_COLOR = PALETTE[0]!;
export const VARIANT_COLOR = PALETTE[5]!;
const FILE_COLOR = PALETTE[6]!;
const GROUP_COLORS = [PALETTE[2]!, PALETTE[0]!, PALETTE[5]!];

type Line = ChartDataset<'line', (number | null)[]>;

function line(label: string, data: number[], color: string, style: 'base' | 'variant' | 'file') {
  const out: Line = {
    label,
    data: data.map((v) => (Number.isFinite(v) ? v : null)),
    borderColor: color,
    backgroundColor: color,
    borderWidth: style === 'file' ? 2 : 3,
    pointRadius: 0,
    pointStyle: 'line',
    spanGaps: false,
  };
  if (style === 'variant') out.borderDash = [8, 5];
  if (style === 'file') out.borderDash = [2, 3];
  return out;
}

function lineChart(
  years: number[],
  datasets: Line[],
  axis: string,
  options: { beginAtZero?: boolean; tick?: (v: number) => string } = {},
): ChartConfiguration<'line', (number | null)[]> {
  return {
    type: 'line',
    data: { labels: years.map(String), datasets },
    options: {
      interaction: { mode: 'index', intersect: false },
      plugins: { legend: LEGEND },
      scales: {
        x: { grid: { display: false } },
        y: {
          title: { display: true, text: axis },
          grid: { color: GRID },
          beginAtZero: options.beginAtZero ?? false,
          ...(options.tick ? { ticks: { callback: (v) => options.tick!(Number(v)) } } : {}),
        },
      },
    },
  };
}

export interface OutlookLabels {
  base: string;
  variant: string;
  file: string;
  millions: string;
  pctOfTotal: string;
  perHundred: string;
  childrenPerWoman: string;
  groups: [string, string, string];
}

const scaled = (v: number[], k: number) => v.map((x) => x * k);

/** Total population, millions: the base, the variant and the country file. */
export function totalChart(o: PopulationOutlook, l: OutlookLabels) {
  const sets = [line(l.base, scaled(o.base.total, 1e-6), BASE_COLOR, 'base')];
  if (o.variant)
    sets.push(line(l.variant, scaled(o.variant.total, 1e-6), VARIANT_COLOR, 'variant'));
  sets.push(line(l.file, scaled(o.own.total, 1e-6), FILE_COLOR, 'file'));
  return lineChart(o.years, sets, l.millions);
}

/** Shares of 0-14, 15-64 and 65+, %: each group in its colour, the variant dashed. */
export function structureChart(o: PopulationOutlook, l: OutlookLabels) {
  const keys = ['share0to14', 'share15to64', 'share65plus'] as const;
  const sets: Line[] = [];
  keys.forEach((k, g) => {
    const color = GROUP_COLORS[g]!;
    sets.push(line(`${l.groups[g]} · ${l.base}`, scaled(o.base[k], 100), color, 'base'));
    if (o.variant) {
      sets.push(line(`${l.groups[g]} · ${l.variant}`, scaled(o.variant[k], 100), color, 'variant'));
    }
  });
  return lineChart(o.years, sets, l.pctOfTotal, { beginAtZero: true });
}

/** Persons 65+ per 100 persons 15-64. */
export function dependencyChart(o: PopulationOutlook, l: OutlookLabels) {
  const sets = [line(l.base, scaled(o.base.oldAgeDependency, 100), BASE_COLOR, 'base')];
  if (o.variant) {
    sets.push(line(l.variant, scaled(o.variant.oldAgeDependency, 100), VARIANT_COLOR, 'variant'));
  }
  return lineChart(o.years, sets, l.perHundred, { beginAtZero: true });
}

/** Total fertility rate used each year. */
export function tfrChart(o: PopulationOutlook, l: OutlookLabels) {
  const sets = [line(l.base, o.base.tfr, BASE_COLOR, 'base')];
  if (o.variant) sets.push(line(l.variant, o.variant.tfr, VARIANT_COLOR, 'variant'));
  return lineChart(o.years, sets, l.childrenPerWoman, { beginAtZero: true });
}

export const GROUP_LABELS = Array.from({ length: 21 }, (_, g) =>
  g === 20 ? '100+' : `${5 * g}-${5 * g + 4}`,
);
