import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCanvas } from '../charts/ChartCanvas';
import { GRID, PALETTE } from '../charts/palette';
import { formatCompact, formatNumber } from '../lib/format';
import { DataTable, type Column } from './DataTable';

const MEN = PALETTE[0]!;
const WOMEN = PALETTE[1]!;
const OUTLINE = '#000000';

/** Persons by age group, youngest first, for women and for men. */
export interface PyramidSeries {
  female: readonly number[];
  male: readonly number[];
}

export interface PyramidLabels {
  /** The series' names in the legend and the tooltips. */
  men: string;
  women: string;
  /** The comparison's names, when there is one (drawn as outlines over the base). */
  menComparison?: string;
  womenComparison?: string;
  persons: string;
  age: string;
}

/**
 * The axis limit from the largest group of any year, rounded up, so the axis stays put when the
 * year changes: 1,234,567 persons (x 1.05 = 1,296,295) rounds up to 2,000,000 on a scale of 10^6.
 */
export function pyramidAxisLimit(values: Iterable<number>): number {
  let max = 0;
  for (const v of values) max = Math.max(max, v);
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  return Math.ceil((max * 1.05) / magnitude) * magnitude;
}

function bars(label: string, data: number[], color: string, style: 'solid' | 'under' | 'outline') {
  return {
    label,
    data,
    // Bars of the same age drawn over each other, not side by side.
    grouped: false,
    backgroundColor:
      style === 'outline' ? 'rgba(255,255,255,0)' : style === 'under' ? `${color}99` : color,
    borderColor: color,
    borderWidth: style === 'outline' ? 2 : 0,
    order: style === 'outline' ? 0 : 1,
  };
}

/**
 * Horizontal bars, men to the left (negative values) and women to the right, the oldest on top. A
 * comparison is drawn as outlines over the base, which then turns translucent, so the difference
 * shows at each age.
 */
export function pyramidChart(
  ages: readonly string[],
  base: PyramidSeries,
  comparison: PyramidSeries | null,
  limit: number,
  labels: PyramidLabels,
  locale: string,
): ChartConfiguration<'bar'> {
  const style = comparison ? 'under' : 'solid';
  const datasets = [
    bars(
      labels.men,
      base.male.map((v) => -v),
      MEN,
      style,
    ),
    bars(labels.women, [...base.female], WOMEN, style),
  ];
  if (comparison) {
    datasets.push(
      bars(
        labels.menComparison ?? labels.men,
        comparison.male.map((v) => -v),
        OUTLINE,
        'outline',
      ),
      bars(labels.womenComparison ?? labels.women, [...comparison.female], OUTLINE, 'outline'),
    );
  }
  return {
    type: 'bar',
    data: { labels: [...ages], datasets },
    options: {
      indexAxis: 'y',
      datasets: { bar: { barPercentage: 1, categoryPercentage: 0.92 } },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (ctx: TooltipItem<'bar'>) =>
              `${ctx.dataset.label ?? ''}: ${formatNumber(Math.abs(ctx.parsed.x ?? 0), locale)}`,
          },
        },
      },
      scales: {
        x: {
          min: -limit,
          max: limit,
          grid: { color: GRID },
          title: { display: true, text: labels.persons },
          ticks: { callback: (v) => formatCompact(Math.abs(Number(v)), locale) },
        },
        y: {
          reverse: true,
          grid: { display: false },
          title: { display: true, text: labels.age },
          ticks: { autoSkip: true },
        },
      },
    },
  };
}

interface YearSliderProps {
  id: string;
  label: string;
  first: number;
  last: number;
  value: number;
  help: string;
  testId: string;
  onChange: (year: number) => void;
}

/** The year shown, chosen on a slider with the year written beside it. */
function YearSlider({ id, label, first, last, value, help, testId, onChange }: YearSliderProps) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="field__control">
        <input
          id={id}
          type="range"
          className="pyramid__slider"
          min={first}
          max={last}
          step={1}
          value={value}
          aria-valuetext={String(value)}
          data-testid={testId}
          onChange={(e) => onChange(Number(e.target.value))}
        />
        <output className="pyramid__year" htmlFor={id} aria-live="polite">
          {value}
        </output>
      </div>
      <p className="field__help">{help}</p>
    </div>
  );
}

interface PopulationPyramidProps {
  /** The age groups' labels, youngest first. */
  ages: readonly string[];
  base: PyramidSeries;
  /** Another population drawn over the base (the outlook's variant), or none. */
  comparison?: PyramidSeries | null;
  /** The axis limit (pyramidAxisLimit over every year shown, so it stays put). */
  limit: number;
  labels: PyramidLabels;
  year: YearSliderProps;
  chart: { label: string; testId: string; height: number; downloadName: string };
  table: {
    caption: string;
    columns: Column[];
    rows: (string | number)[][];
    fileName: string;
    testId: string;
  };
  /** More controls beside the year (the country page's grouping). */
  controls?: ReactNode;
  /** Shown between the controls and the chart (the country page's key facts). */
  facts?: ReactNode;
  /** Above the chart, and under it. */
  heading?: ReactNode;
  note?: string;
}

/**
 * Population by age group and sex in a chosen year: the pyramid, optionally with a comparison over
 * it, and its table beside it. Used by the country page and the population outlook.
 */
export function PopulationPyramid({
  ages,
  base,
  comparison = null,
  limit,
  labels,
  year,
  chart,
  table,
  controls,
  facts,
  heading,
  note,
}: PopulationPyramidProps) {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  // The callers keep the series and labels the same object while they do not change.
  const config = useMemo(
    () => pyramidChart(ages, base, comparison, limit, labels, locale),
    [ages, base, comparison, limit, labels, locale],
  );
  return (
    <div className="pyramid">
      <div className="pyramid__controls">
        <YearSlider {...year} />
        {controls}
      </div>
      {facts}
      <div className="pyramid__body">
        <div className="pyramid__chart">
          {heading}
          <ChartCanvas
            config={config}
            label={chart.label}
            testId={chart.testId}
            height={chart.height}
            downloadName={chart.downloadName}
          />
          {note ? <p className="field__help">{note}</p> : null}
        </div>
        <DataTable {...table} />
      </div>
    </div>
  );
}
