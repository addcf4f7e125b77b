import type { ChartConfiguration, ChartType } from 'chart.js';
import { useEffect, useRef } from 'react';
import { Chart } from './chart-setup';

interface ReportChartProps<T extends ChartType> {
  config: ChartConfiguration<T>;
  /** Describes the chart for screen readers; the table under it has the numbers. */
  label: string;
  testId: string;
  width?: number;
  height?: number;
}

/**
 * A chart at a fixed size for paper: not responsive (a print layout must not resize it), drawn at
 * twice the pixel density so it stays sharp in the PDF, and painted synchronously when it mounts.
 */
export function ReportChart<T extends ChartType>({
  config,
  label,
  testId,
  width = 680,
  height = 215,
}: ReportChartProps<T>) {
  const canvas = useRef<HTMLCanvasElement | null>(null);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return; // no canvas here (unit tests)
    const chart = new Chart(context, config);
    return () => chart.destroy();
  }, [config]);
  return (
    <canvas
      ref={canvas}
      className="report-chart"
      width={width}
      height={height}
      role="img"
      aria-label={label}
      data-testid={testId}
      data-report-chart=""
    />
  );
}
