import type { Chart, Plugin } from 'chart.js';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  costByBenefitChart,
  debtChart,
  financingChart,
  totalsShareChart,
  waterfallChart,
  wrapLabel,
} from '../../renderer/src/charts/configs';
import { waterfall } from '../../renderer/src/report/waterfall';
import { reportDataFor } from './report-fixture';

const t = i18next.t.bind(i18next);

/** Runs the value-label plugin on a stand-in chart and returns what it writes above the bars. */
function written(plugin: Plugin<'bar'>, datasets: unknown[]): string[] {
  const texts: string[] = [];
  const ctx = { save() {}, restore() {}, fillText: (s: string) => texts.push(s) };
  const chart = {
    ctx,
    data: { datasets },
    getDatasetMeta: () => ({
      data: [0, 1, 2].map(() => ({ getProps: () => ({ x: 0, y: 0, base: 0 }) })),
    }),
  } as unknown as Chart<'bar'>;
  plugin.afterDatasetsDraw?.(chart, {}, {}, false);
  return texts;
}

describe('the shared chart builders', () => {
  const { result } = reportDataFor();

  it('wrap long step names over lines, one word never split', () => {
    expect(wrapLabel('Extend social security coverage and contributions')).toEqual([
      'Extend',
      'social',
      'security',
      'coverage and',
      'contributions',
    ]);
    expect(wrapLabel('Extend social security coverage and contributions', 16)).toEqual([
      'Extend social',
      'security',
      'coverage and',
      'contributions',
    ]);
    expect(wrapLabel('Financing gap')).toEqual(['Financing', 'gap']);
    expect(wrapLabel('Financing gap', 16)).toEqual(['Financing gap']);
  });

  it('draw fixed-size, still charts for paper and leave sizing to the page on screen', () => {
    const print = costByBenefitChart(result, 'nominal', 'million', 'print');
    expect(print.options).toMatchObject({
      responsive: false,
      animation: false,
      devicePixelRatio: 2,
    });
    const screen = costByBenefitChart(result, 'nominal', 'million', 'screen');
    expect(screen.options).not.toHaveProperty('responsive');
    expect(screen.options).not.toHaveProperty('animation');
    // Same data on both sides; smaller type on paper only.
    expect(screen.data).toEqual(print.data);
    expect(print.options?.scales?.y?.ticks).toEqual({ font: { size: 10 } });
    expect(screen.options?.scales?.y).not.toHaveProperty('ticks');
  });

  it('give line charts thinner lines on paper', () => {
    const width = (c: ReturnType<typeof totalsShareChart>) =>
      c.data.datasets.map((d) => d.borderWidth);
    expect(width(totalsShareChart(result, t, 'screen'))).toEqual([3, 3]);
    expect(width(totalsShareChart(result, t, 'print'))).toEqual([2.5, 2.5]);
    expect(debtChart(result, t, 'screen').data.datasets).toHaveLength(3);
    expect(financingChart(result, t, 'print').data.datasets).toHaveLength(
      result.financing.options.length + 2,
    );
  });

  it('write the waterfall values from the data, so they follow an in-place update', () => {
    const i = result.years.indexOf(2030);
    const w = waterfall(result, 2030, 1 / result.baseline.gdp[i]!);
    for (const style of ['screen', 'print'] as const) {
      const config = waterfallChart(w, ['a', 'b', 'c'], (v) => v.toFixed(3), t, style);
      const plugin = config.plugins![0]!;
      const texts = w.steps.map((s) => s.value.toFixed(3));
      expect(written(plugin, config.data.datasets).slice(0, 3)).toEqual(texts.slice(0, 3));
      // The chart on screen keeps its plugins and swaps its data: the new texts are written.
      expect(written(plugin, [{ valueTexts: ['x', 'y', 'z'] }])).toEqual(['x', 'y', 'z']);
    }
  });
});
