import type { BarElement, ChartConfiguration, ChartDataset, Plugin } from 'chart.js';
import type { TFunction } from 'i18next';
import type { Waterfall, WaterfallStep } from '../../report/waterfall';
import { TEXT } from '../palette';
import {
  baseOptions,
  COST,
  GAP,
  RESOURCES,
  styleTokens,
  valueAxis,
  type ChartStyle,
} from './style';

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

/** The texts written above the bars travel with the data, which the chart replaces on each update. */
type LabelledBars = ChartDataset<'bar', [number, number][]> & { valueTexts: string[] };

/** Writes each bar's value above it: a waterfall is read by its numbers. */
function valueLabels(style: ChartStyle): Plugin<'bar'> {
  const { font, gap } = styleTokens(style).valueLabel;
  return {
    id: 'spfWaterfallValues',
    afterDatasetsDraw(chart) {
      const texts = (chart.data.datasets[0] as Partial<LabelledBars> | undefined)?.valueTexts ?? [];
      const { ctx } = chart;
      ctx.save();
      ctx.font = font;
      ctx.fillStyle = TEXT;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      chart.getDatasetMeta(0).data.forEach((el, i) => {
        const { x, y, base } = (el as BarElement).getProps(['x', 'y', 'base'], true) as {
          x: number;
          y: number;
          base: number;
        };
        ctx.fillText(texts[i] ?? '', x, Math.min(y, base) - gap);
      });
      ctx.restore();
    },
  };
}

/** One plugin per style, made once: a chart keeps the plugins it was created with. */
const VALUE_LABELS: Record<ChartStyle, Plugin<'bar'>> = {
  screen: valueLabels('screen'),
  print: valueLabels('print'),
};

const colour = (kind: WaterfallStep['kind']) =>
  kind === 'cost' ? COST : kind === 'gap' ? GAP : RESOURCES;

/**
 * Floating bars from the cost down to the gap, % of GDP (the waterfall is computed with
 * scale = 1 / GDP of the year): the cost, each option taking its resources off, the gap. `labels`
 * name the steps; long ones are wrapped under their bar.
 */
export function waterfallChart(
  w: Waterfall,
  labels: string[],
  format: (fraction: number) => string,
  t: TFunction,
  style: ChartStyle,
): ChartConfiguration<'bar', [number, number][]> {
  const look = styleTokens(style);
  const dataset: LabelledBars = {
    label: t('units.pctGdp'),
    data: w.steps.map((s) => [s.from * 100, s.to * 100]),
    backgroundColor: w.steps.map((s) => colour(s.kind)),
    borderWidth: 0,
    // An option that raises nothing this year still shows a sliver at its level.
    minBarLength: look.waterfall.minBarLength,
    valueTexts: w.steps.map((s) => format(s.value)),
  };
  return {
    type: 'bar',
    data: {
      labels: labels.map((l) => wrapLabel(l, look.waterfall.wrapWidth)),
      datasets: [dataset],
    },
    plugins: [VALUE_LABELS[style]],
    options: {
      ...baseOptions(style),
      layout: { padding: { top: look.waterfall.paddingTop } },
      plugins: { legend: { display: false } },
      scales: {
        x: {
          grid: { display: false },
          ticks: { autoSkip: false, maxRotation: 0, font: { size: look.categoryTickSize } },
        },
        y: { beginAtZero: true, ...valueAxis(t('units.pctGdp'), style) },
      },
    },
  };
}
