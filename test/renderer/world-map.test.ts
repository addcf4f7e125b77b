import { describe, expect, it } from 'vitest';
import {
  choroplethConfig,
  COUNTRY_SHAPES,
  darkerIsMore,
  shapeM49,
} from '../../renderer/src/charts/choropleth';

const kenyaIndex = COUNTRY_SHAPES.findIndex((s) => s.id === '404');

describe('the choropleth of the World page', () => {
  it('has the Natural Earth countries keyed by M49 (Kenya is "404"), without Antarctica', () => {
    expect(kenyaIndex).toBeGreaterThanOrEqual(0);
    expect(COUNTRY_SHAPES[kenyaIndex]!.properties.name).toBe('Kenya');
    expect(shapeM49(kenyaIndex)).toBe(404);
    expect(COUNTRY_SHAPES.some((s) => s.id === '010')).toBe(false);
    // world-atlas 1:110m has 177 shapes; Antarctica left out leaves 176.
    expect(COUNTRY_SHAPES).toHaveLength(176);
  });

  it('colours a country by its share in percent, and leaves a country without data empty', () => {
    const config = choroplethConfig({
      label: 'Gap',
      noData: 'No data',
      values: new Map([[404, 0.032]]),
      ceiling: 0.05,
      tick: (p, top) => `${p}%${top ? '+' : ''}`,
      tooltip: () => [],
    });
    const data = config.data.datasets[0]!.data as { value: number }[];
    // 0.032 of GDP is 3.2 on the scale, which runs 0 to 5 (%), in five bands of 1.
    expect(data[kenyaIndex]!.value).toBeCloseTo(3.2, 12);
    expect(data.filter((d) => Number.isNaN(d.value))).toHaveLength(175);
    const color = config.options!.scales!.color as { max: number; ticks: { stepSize: number } };
    expect(color.max).toBeCloseTo(5, 12);
    expect(color.ticks.stepSize).toBeCloseTo(1, 12);
    // The "no data" key is drawn by the map's own plugin, in the user's words.
    expect(config.plugins?.map((p) => p.id)).toEqual(['noDataKey']);
    expect(config.options!.plugins!.noDataKey).toEqual({ label: 'No data' });
  });

  it('runs viridis the other way round: no gap is light yellow, the largest dark purple', () => {
    // viridis(1) is #fde725 (yellow), viridis(0) is #440154 (dark purple).
    expect(darkerIsMore(0)).toBe('#fde725');
    expect(darkerIsMore(1)).toBe('#440154');
  });
});
