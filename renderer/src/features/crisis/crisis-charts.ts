import type { ChartConfiguration } from 'chart.js';
import type { CrisisResult } from '#engine';
import { legend, valueAxis, xAxis } from '../../charts/configs/style';
import { seriesColor } from '../../charts/palette';

/** "Apr 2026" in the user's language. */
export function monthLabel(year: number, month: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, 1));
}

/** Every month some measure pays, in calendar order, as year * 12 + month - 1. */
export function paidMonths(crisis: CrisisResult): number[] {
  const keys = new Set<number>();
  for (const m of crisis.measures) for (const x of m.months) keys.add(x.year * 12 + x.month - 1);
  return [...keys].sort((a, b) => a - b);
}

/** The cost of each measure by month (stacked), in millions of LCU. */
export function monthlyChart(
  crisis: CrisisResult,
  locale: string,
  axis: string,
): ChartConfiguration<'bar', (number | null)[]> {
  const months = paidMonths(crisis);
  return {
    type: 'bar',
    data: {
      labels: months.map((k) => monthLabel(Math.floor(k / 12), (k % 12) + 1, locale)),
      datasets: crisis.measures.map((m, i) => {
        const byMonth = new Map(m.months.map((x) => [x.year * 12 + x.month - 1, x.cost]));
        return {
          label: m.label,
          data: months.map((k) => {
            const cost = byMonth.get(k);
            return cost === undefined ? null : cost / 1e6;
          }),
          backgroundColor: seriesColor(i),
          borderWidth: 0,
          stack: 'crisis',
        };
      }),
    },
    options: {
      plugins: { legend: legend('screen') },
      scales: {
        x: { ...xAxis('screen'), stacked: true },
        y: { stacked: true, beginAtZero: true, ...valueAxis(axis, 'screen') },
      },
    },
  };
}
