import { describe, expect, it } from 'vitest';
import { pyramidAxisLimit, pyramidChart } from '../../renderer/src/components/PopulationPyramid';

const labels = {
  men: 'Men',
  women: 'Women',
  menComparison: 'Men, variant',
  womenComparison: 'Women, variant',
  persons: 'Persons',
  age: 'Age group',
};

describe('the one population pyramid', () => {
  it('rounds the axis up from the largest group, 5% beyond it, on its order of magnitude', () => {
    // 1,234,567 x 1.05 = 1,296,295.35; magnitude 10^6; ceil(1.296) = 2, so 2,000,000.
    expect(pyramidAxisLimit([10, 1_234_567, 500])).toBe(2_000_000);
    // 95 x 1.05 = 99.75; magnitude 10; ceil(9.975) = 10, so 100.
    expect(pyramidAxisLimit([95])).toBe(100);
    // Nothing to draw: an axis of 1 rather than 0.
    expect(pyramidAxisLimit([])).toBe(1);
    expect(pyramidAxisLimit([0, 0])).toBe(1);
  });

  it('draws men to the left and women to the right, and a comparison as outlines over them', () => {
    const base = { female: [3, 4], male: [1, 2] };
    const alone = pyramidChart(['0-4', '5-9'], base, null, 10, labels, 'en');
    expect(alone.data.labels).toEqual(['0-4', '5-9']);
    expect(alone.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Men', [-1, -2]],
      ['Women', [3, 4]],
    ]);
    expect(alone.options?.scales?.x?.min).toBe(-10);
    expect(alone.options?.scales?.x?.max).toBe(10);

    const variant = { female: [5, 6], male: [7, 8] };
    const both = pyramidChart(['0-4', '5-9'], base, variant, 10, labels, 'en');
    expect(both.data.datasets.map((d) => [d.label, d.data, d.borderWidth])).toEqual([
      ['Men', [-1, -2], 0],
      ['Women', [3, 4], 0],
      ['Men, variant', [-7, -8], 2],
      ['Women, variant', [5, 6], 2],
    ]);
  });
});
