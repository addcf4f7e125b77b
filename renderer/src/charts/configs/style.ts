import { GRID, seriesColor } from '../palette';

/**
 * Where a chart is drawn: on the screen (ChartCanvas sizes it to its box; chart.js defaults of the
 * app: 14px type, no animation) or on paper (the printable report: a fixed-size canvas, smaller type).
 */
export type ChartStyle = 'screen' | 'print';

/** Everything that differs between the screen and the paper version of a chart. */
interface StyleTokens {
  /** Options every chart starts from. */
  options: object;
  /** Font of legends, axis titles and ticks; none on screen, where the app's default applies. */
  font: { size: number } | null;
  /** Line widths: a main series, a secondary one (a baseline) and a thin one (a reference, many series). */
  line: { main: number; secondary: number; thin: number };
  /** Dash patterns: a dashed series (a gap, the second of two) and a dotted reference (a ceiling). */
  dash: { dashed: number[]; dotted: number[] };
  /** The ticks of a category axis with few, long labels (the waterfall's steps). */
  categoryTickSize: number;
  /** The numbers written above a waterfall's bars. */
  valueLabel: { font: string; gap: number };
  waterfall: {
    /** Room above the bars for their numbers. */
    paddingTop: number;
    /** A step that raises nothing still shows a sliver. */
    minBarLength: number;
    /** Step names are wrapped over lines of about this many characters. */
    wrapWidth: number;
  };
}

/** Paper needs smaller type than the screen, and no animation: a chart is printed as it first draws. */
const PRINT_OPTIONS = {
  responsive: false,
  maintainAspectRatio: false,
  animation: false,
  devicePixelRatio: 2,
} as const;

const STYLES: Record<ChartStyle, StyleTokens> = {
  screen: {
    options: {},
    font: null,
    line: { main: 3, secondary: 3, thin: 2 },
    dash: { dashed: [6, 4], dotted: [2, 4] },
    categoryTickSize: 12,
    valueLabel: { font: '600 13px system-ui, sans-serif', gap: 4 },
    waterfall: { paddingTop: 22, minBarLength: 2, wrapWidth: 12 },
  },
  print: {
    options: PRINT_OPTIONS,
    font: { size: 10 },
    line: { main: 2.5, secondary: 2, thin: 1.5 },
    dash: { dashed: [6, 4], dotted: [2, 3] },
    categoryTickSize: 10,
    valueLabel: { font: '600 10px sans-serif', gap: 3 },
    waterfall: { paddingTop: 16, minBarLength: 1, wrapWidth: 16 },
  },
};

export function styleTokens(style: ChartStyle): StyleTokens {
  return STYLES[style];
}

/** The options a chart of this style starts from (spread into its `options`). */
export function baseOptions(style: ChartStyle): Partial<typeof PRINT_OPTIONS> {
  return STYLES[style].options;
}

/** Colours with a meaning in the fiscal charts, the same in every chart. */
export const COST = seriesColor(0); // blue
export const GAP = seriesColor(5); // vermillion
export const RESOURCES = seriesColor(2); // bluish green: resources, current spending
export const CEILING = seriesColor(6); // black

/**
 * How a legend marks its series: chart.js boxes, each dataset's own point style (bars as boxes,
 * lines as lines), or every series as a line with its dashes. On paper legends keep small boxes.
 */
export type LegendMarker = 'box' | 'point' | 'line';

export function legend(style: ChartStyle, marker: LegendMarker = 'box') {
  const font = STYLES[style].font;
  if (font) return { position: 'bottom' as const, labels: { boxWidth: 12, font } };
  if (marker === 'point') return { position: 'bottom' as const, labels: { usePointStyle: true } };
  if (marker === 'line')
    return {
      position: 'bottom' as const,
      labels: { usePointStyle: true, pointStyle: 'line' as const, pointStyleWidth: 32 },
    };
  return { position: 'bottom' as const };
}

/** An axis title, in the style's type. */
export function axisTitle(text: string, style: ChartStyle) {
  const font = STYLES[style].font;
  return { display: true, text, ...(font ? { font } : {}) };
}

/** The horizontal axis of years or categories: no vertical grid lines; on paper, small level ticks. */
export function xAxis(style: ChartStyle) {
  const font = STYLES[style].font;
  return {
    grid: { display: false },
    ...(font ? { ticks: { font, maxRotation: 0, autoSkipPadding: 8 } } : {}),
  };
}

/** The value axis: its title, horizontal grid lines and, on paper, small ticks. */
export function valueAxis(title: string, style: ChartStyle) {
  const font = STYLES[style].font;
  return {
    title: axisTitle(title, style),
    grid: { color: GRID },
    ...(font ? { ticks: { font } } : {}),
  };
}

/** A line without point markers, its colour also filling its legend box; dashed when `dash` is given. */
export function lineDataset<D>(
  label: string,
  data: D[],
  color: string,
  width: number,
  dash?: number[],
) {
  return {
    label,
    data,
    borderColor: color,
    backgroundColor: color,
    ...(dash ? { borderDash: dash } : {}),
    borderWidth: width,
    pointRadius: 0,
  };
}

/** Fractions as percentages, for a % axis. */
export const percent = (xs: readonly number[]) => xs.map((v) => v * 100);

/** The labels of a chart by year. */
export const yearLabels = (years: readonly number[]) => years.map(String);
