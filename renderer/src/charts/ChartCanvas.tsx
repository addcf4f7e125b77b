import {
  Chart,
  type ActiveElement,
  type ChartConfiguration,
  type ChartEvent,
  type ChartType,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadCanvasPng } from '../lib/download';
import { setupCharts } from './setup-charts';

setupCharts(14);

/** A click on a point: its index along the x axis and its series. */
export type PointClick = (index: number, datasetIndex: number) => void;

/** Charts fill their box, whose height the page sets; a click on a point goes to `click`. */
function withSizing<T extends ChartType>(
  config: ChartConfiguration<T>,
  click?: { current: PointClick | undefined },
): ChartConfiguration<T> {
  const onClick = click
    ? (event: ChartEvent, hit: ActiveElement[], chart: Chart) => {
        // A bar or point under the pointer; else, on thin lines, the point nearest to it.
        const near = event.native
          ? chart.getElementsAtEventForMode(event.native, 'nearest', { intersect: false }, true)
          : [];
        const point = hit[0] ?? near[0];
        if (point) click.current?.(point.index, point.datasetIndex);
      }
    : undefined;
  return {
    ...config,
    options: {
      ...config.options,
      maintainAspectRatio: false,
      responsive: true,
      ...(onClick ? { onClick } : {}),
    },
  } as ChartConfiguration<T>;
}

interface ChartCanvasProps<T extends ChartType> {
  config: ChartConfiguration<T>;
  /** Describes the chart for screen readers; the table under it has the numbers. */
  label: string;
  testId?: string;
  height?: number;
  /** When given, a "Download PNG" button saves the chart as `<downloadName>.png` (on white). */
  downloadName?: string;
  /** Called with the point clicked (its year's index and its series), when given. */
  onPointClick?: PointClick;
}

/**
 * A chart.js chart created once and updated in place when its data change, so that live
 * recalculation costs a redraw, not a rebuild.
 */
export function ChartCanvas<T extends ChartType>({
  config,
  label,
  testId,
  height = 320,
  downloadName,
  onPointClick,
}: ChartCanvasProps<T>) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const chart = useRef<Chart<T> | null>(null);
  // The newest handler, read at click time, so a new handler does not rebuild the chart.
  const click = useRef<PointClick | undefined>(onPointClick);
  const clickable = onPointClick !== undefined;
  useEffect(() => {
    click.current = onPointClick;
  });

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const context = el.getContext('2d');
    if (!context) return; // no canvas in this environment (e.g. unit tests)
    chart.current = new Chart(context, withSizing(config, clickable ? click : undefined));
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
    // The chart is created once per type; data changes are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [config.type]);

  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    const next = withSizing(config, clickable ? click : undefined);
    c.data = next.data;
    c.options = next.options as typeof c.options;
    c.update('none');
    // Counts redraws, so tests and the UI benchmark can tell when the chart shows new numbers.
    const el = canvas.current;
    if (el) el.dataset.version = String(Number(el.dataset.version ?? '0') + 1);
  }, [config, clickable]);

  const chartBox = (
    <div className="chart" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={label} data-testid={testId} />
    </div>
  );
  if (downloadName === undefined) return chartBox;
  return (
    <>
      {chartBox}
      <div style={{ display: 'flex', justifyContent: 'flex-end', marginTop: 4 }}>
        <button
          type="button"
          className="button button--small"
          data-testid={testId ? `${testId}-png` : undefined}
          aria-label={t('report.export.pngFor', { chart: label })}
          onClick={() => {
            if (canvas.current) void downloadCanvasPng(canvas.current, downloadName);
          }}
        >
          {t('report.export.png')}
        </button>
      </div>
    </>
  );
}
