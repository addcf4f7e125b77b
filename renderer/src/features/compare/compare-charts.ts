import { Chart, type ChartConfiguration, type LegendItem, type PointStyle } from 'chart.js';
import type { CostingResult } from '#engine';
import { lineDataset, styleTokens, valueAxis, xAxis } from '../../charts/configs/style';
import { seriesColor } from '../../charts/palette';

/** A scenario that could be costed, as the charts and tables need it. */
export interface Costed {
  id: number;
  /** The name, made unique among those compared ("Name (#12)" when two share a name). */
  label: string;
  result: CostingResult;
  /** The first year every benefit is fully phased in (the headline year). */
  fullYear: number;
}

/**
 * Each scenario keeps one look in every chart: an Okabe-Ito colour AND a dash pattern, a point
 * marker and a bar hatching, so that the charts read in black and white and for colour-blind eyes.
 */
const DASHES: number[][] = [[], [10, 5], [2, 4], [14, 4, 3, 4]];
const POINTS: PointStyle[] = ['circle', 'rect', 'triangle', 'crossRot'];

export function scenarioStyle(i: number) {
  return {
    color: seriesColor(i),
    dash: DASHES[i % DASHES.length]!,
    point: POINTS[i % POINTS.length]!,
  };
}

/** Chart.js draws a point-style legend without the line's dashes: give each item its pattern. */
function dashedLegend(chart: Chart): LegendItem[] {
  return Chart.defaults.plugins.legend.labels.generateLabels(chart).map((item) => ({
    ...item,
    lineDash: scenarioStyle(item.datasetIndex ?? 0).dash,
    lineWidth: 3,
  }));
}

const patterns = new Map<number, CanvasPattern | string>();

/** Solid, diagonal lines, dots, cross-hatching: bars of the same height stay distinguishable. */
export function barFill(i: number): CanvasPattern | string {
  const cached = patterns.get(i);
  if (cached) return cached;
  const color = seriesColor(i);
  let fill: CanvasPattern | string = color;
  const kind = i % 4;
  if (kind !== 0 && typeof document !== 'undefined') {
    const tile = document.createElement('canvas');
    tile.width = 10;
    tile.height = 10;
    const g = tile.getContext('2d');
    if (g) {
      g.fillStyle = '#ffffff';
      g.fillRect(0, 0, 10, 10);
      g.strokeStyle = color;
      g.fillStyle = color;
      g.lineWidth = 2.5;
      if (kind === 1) {
        g.beginPath();
        g.moveTo(-2, 12);
        g.lineTo(12, -2);
        g.moveTo(-2, 2);
        g.lineTo(2, -2);
        g.moveTo(8, 12);
        g.lineTo(12, 8);
        g.stroke();
      } else if (kind === 2) {
        g.beginPath();
        g.arc(5, 5, 2.6, 0, Math.PI * 2);
        g.fill();
      } else {
        g.lineWidth = 1.8;
        g.beginPath();
        g.moveTo(0, 0);
        g.lineTo(10, 10);
        g.moveTo(10, 0);
        g.lineTo(0, 10);
        g.stroke();
      }
      fill = g.createPattern(tile, 'repeat') ?? color;
    }
  }
  patterns.set(i, fill);
  return fill;
}

/** Every year of any scenario compared, in order (scenarios may cover different years). */
export function unionYears(costed: Costed[]): number[] {
  return [...new Set(costed.flatMap((c) => c.result.years))].sort((a, b) => a - b);
}

/** A value per year of `years`, null where the scenario does not cover that year. */
export function alignToYears(
  r: CostingResult,
  values: number[],
  years: number[],
): (number | null)[] {
  return years.map((y) => {
    const i = r.years.indexOf(y);
    return i === -1 ? null : (values[i] ?? null);
  });
}

/** One line per scenario over the years, values as % (fractions times 100). */
export function linesChart(
  costed: Costed[],
  pick: (r: CostingResult) => number[],
  axis: string,
): ChartConfiguration<'line'> {
  const years = unionYears(costed);
  return {
    type: 'line',
    data: {
      labels: years.map(String),
      datasets: costed.map((c, i) => {
        const s = scenarioStyle(i);
        const data = alignToYears(c.result, pick(c.result), years).map((v) =>
          v === null ? null : v * 100,
        );
        return {
          ...lineDataset(c.label, data, s.color, styleTokens('screen').line.main, s.dash),
          pointStyle: s.point,
          pointRadius: 3.5,
          pointHoverRadius: 6,
          spanGaps: false,
        };
      }),
    },
    options: {
      interaction: { mode: 'index', intersect: false },
      plugins: {
        // The legend draws each scenario's line with its dash pattern, as in the chart.
        legend: {
          position: 'bottom',
          labels: {
            usePointStyle: true,
            pointStyle: 'line',
            pointStyleWidth: 44,
            generateLabels: dashedLegend,
          },
        },
      },
      scales: {
        y: { ...valueAxis(axis, 'screen'), beginAtZero: true },
        x: xAxis('screen'),
      },
    },
  };
}

export interface BenefitRow {
  key: string;
  label: string;
  /** One value per scenario, null where the scenario has no such benefit. */
  values: (number | null)[];
}

/** Benefits of all scenarios matched by id, in the order first met, each with its cost in `year`. */
export function benefitsInYear(costed: Costed[], year: number): BenefitRow[] {
  const rows: BenefitRow[] = [];
  costed.forEach((c, i) => {
    const yi = c.result.years.indexOf(year);
    for (const b of c.result.benefits) {
      let row = rows.find((r) => r.key === b.id);
      if (!row) {
        row = { key: b.id, label: b.label, values: costed.map(() => null) };
        rows.push(row);
      }
      row.values[i] = yi === -1 ? null : (b.pctGdp[yi] ?? null);
    }
  });
  return rows;
}

/** Grouped bars: benefits along the axis, one bar per scenario, % of GDP in the chosen year. */
export function benefitBarsChart(
  costed: Costed[],
  rows: BenefitRow[],
  axis: string,
): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.label),
      datasets: costed.map((c, i) => ({
        label: c.label,
        data: rows.map((r) => (r.values[i] === null ? null : r.values[i]! * 100)),
        backgroundColor: barFill(i),
        borderColor: seriesColor(i),
        borderWidth: 2,
      })),
    },
    options: {
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 40 } } },
      scales: {
        x: xAxis('screen'),
        y: { ...valueAxis(axis, 'screen'), beginAtZero: true },
      },
    },
  };
}
