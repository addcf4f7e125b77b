import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SPRAGUE_PANELS,
  geometricBetween,
  geometricLastGroup,
  interpolateVectorAt,
  removeNegatives,
  splitAgeGroups,
  spragueSplit,
} from '#engine';

/** 5-year group totals of a population given by single age. */
function groupsOf(f: (age: number) => number, groups: number): number[] {
  return Array.from({ length: groups }, (_, g) => {
    let s = 0;
    for (let a = 5 * g; a < 5 * g + 5; a++) s += f(a);
    return s;
  });
}

function sum(xs: readonly number[]): number {
  return xs.reduce((s, v) => s + v, 0);
}

describe('Sprague multipliers', () => {
  it('each panel gives its own group all of its total and the others none (columns sum to 1 or 0)', () => {
    const own = { FIRST: 0, SECOND: 1, MIDDLE: 2, NEXT_TO_LAST: 3, LAST: 4 } as const;
    for (const [name, panel] of Object.entries(SPRAGUE_PANELS)) {
      for (let col = 0; col < 5; col++) {
        const total = panel.reduce((s, row) => s + row[col]!, 0);
        expect(total, `${name} column ${col}`).toBeCloseTo(
          col === own[name as keyof typeof own] ? 1 : 0,
          12,
        );
      }
    }
  });

  it('splits the first group of a linear population by hand: P(a) = a at ages 0-24', () => {
    // Groups: 0-4 = 0+1+2+3+4 = 10, 5-9 = 35, 10-14 = 60, 15-19 = 85, 20-24 = 110.
    // Age 0 = 0.3616 x 10 - 0.2768 x 35 + 0.1488 x 60 - 0.0336 x 85 = 3.616 - 9.688 + 8.928 - 2.856 = 0
    // Age 1 = 0.264 x 10 - 0.096 x 35 + 0.04 x 60 - 0.008 x 85 = 2.64 - 3.36 + 2.4 - 0.68 = 1
    // Age 12 (middle panel, row 2, groups 0-4): 0.0064 x 10 - 0.0336 x 35 + 0.2544 x 60
    //   - 0.0336 x 85 + 0.0064 x 110 = 0.064 - 1.176 + 15.264 - 2.856 + 0.704 = 12
    const singles = spragueSplit([10, 35, 60, 85, 110]);
    expect(singles[0]).toBeCloseTo(0, 12);
    expect(singles[1]).toBeCloseTo(1, 12);
    expect(singles[12]).toBeCloseTo(12, 12);
    singles.forEach((v, a) => expect(v, `age ${a}`).toBeCloseTo(a, 10));
  });

  it('reproduces linear, quadratic and cubic populations exactly at every age, ends included', () => {
    const shapes: [string, (a: number) => number][] = [
      ['linear 1000 - 7a', (a) => 1000 - 7 * a],
      ['quadratic 500 + 3a - 0.05a^2', (a) => 500 + 3 * a - 0.05 * a * a],
      ['cubic 1000 + 2a - 0.3a^2 + 0.004a^3', (a) => 1000 + 2 * a - 0.3 * a * a + 0.004 * a ** 3],
    ];
    for (const [name, f] of shapes) {
      const singles = spragueSplit(groupsOf(f, 12));
      singles.forEach((v, a) => expect(v, `${name}, age ${a}`).toBeCloseTo(f(a), 8));
    }
  });

  it('needs at least 5 groups', () => {
    expect(() => spragueSplit([1, 2, 3, 4])).toThrow(/at least 5 groups/);
  });
});

describe('the oldest group and negative values', () => {
  it('splits 95-99 geometrically by hand: Kenya women 2025 (6,259 at 90-94, 452 at 95-99)', () => {
    // r = (452 / 6259)^(1/5) = 0.591189; weights 1, r, r^2, r^3, r^4 = 1 + 0.591189 + 0.349505
    // + 0.206624 + 0.122154 = 2.269472; age 95 = 452 / 2.269472 = 199.17, then x r each age.
    const r = Math.pow(452 / 6259, 1 / 5);
    const ages = geometricLastGroup(6259, 452);
    expect(r).toBeCloseTo(0.591189, 6);
    expect(ages[0]).toBeCloseTo(452 / (1 + r + r ** 2 + r ** 3 + r ** 4), 9);
    expect(ages[0]).toBeCloseTo(199.17, 2);
    for (let i = 1; i < 5; i++) expect(ages[i]! / ages[i - 1]!).toBeCloseTo(r, 12);
    expect(sum(ages)).toBeCloseTo(452, 9);
  });

  it('keeps a steeply falling old-age tail positive and decreasing where the last panel turns up', () => {
    // Kenya women 2025 (WPP 2019, thousands): 85-89 29.871, 90-94 6.259, 95-99 0.452, 100+ 0.013.
    const groups = [...new Array<number>(17).fill(1000), 29.871, 6.259, 0.452, 0.013];
    const sprague = spragueSplit(groups.slice(0, -1));
    expect(Math.min(...sprague.slice(95))).toBeLessThan(0); // the plain last panel goes negative
    const split = splitAgeGroups(groups, { open: true, lastGroup: 'geometric' });
    const tail = split.slice(95, 100);
    for (let i = 1; i < 5; i++) expect(tail[i]).toBeLessThan(tail[i - 1]!);
    expect(sum(tail)).toBeCloseTo(0.452, 12);
    expect(split[100]).toBe(0.013);
  });

  it('sets negative ages to 0 and scales the rest so the group keeps its total', () => {
    // Group total 10 split as [-2, 4, 4, 2, 2]: positives add to 12, so each is x 10/12.
    const ages = removeNegatives([-2, 4, 4, 2, 2], [10]);
    expect(ages).toEqual([0, 4 * (10 / 12), 4 * (10 / 12), 2 * (10 / 12), 2 * (10 / 12)]);
    expect(sum(ages)).toBeCloseTo(10, 12);
  });

  it('refuses negative or non-finite groups', () => {
    expect(() => splitAgeGroups([1, 2, -3, 4, 5], { open: false })).toThrow(/group 2 is -3/);
    expect(() => splitAgeGroups([1, 2, NaN, 4, 5], { open: false })).toThrow(/group 2 is NaN/);
  });
});

describe('property: any vector of groups', () => {
  const groupVectors = fc.array(
    fc.oneof(
      fc.double({ min: 0, max: 1e7, noNaN: true }),
      fc.constant(0),
      fc.double({ min: 0, max: 10, noNaN: true }),
    ),
    { minLength: 6, maxLength: 25 },
  );

  it('keeps every group total (to 1e-6 relative) and gives no negative number', () => {
    fc.assert(
      fc.property(groupVectors, fc.boolean(), fc.boolean(), (groups, open, geometric) => {
        const split = splitAgeGroups(groups, {
          open,
          lastGroup: geometric ? 'geometric' : 'sprague',
        });
        const closed = open ? groups.length - 1 : groups.length;
        expect(split).toHaveLength(5 * closed + (open ? 1 : 0));
        for (const v of split) expect(v).toBeGreaterThanOrEqual(0);
        for (let g = 0; g < closed; g++) {
          const total = sum(split.slice(5 * g, 5 * g + 5));
          expect(Math.abs(total - groups[g]!)).toBeLessThanOrEqual(
            1e-6 * Math.max(groups[g]!, 1e-9),
          );
        }
        if (open) expect(split[split.length - 1]).toBe(groups[groups.length - 1]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('interpolation between years', () => {
  it('is geometric: 100 in 2020 and 200 in 2025 give 100 x 2^(1/5) = 114.87 in 2021', () => {
    expect(geometricBetween(100, 200, 0.2)).toBeCloseTo(114.8698, 4);
    const v = interpolateVectorAt(
      [2020, 2025],
      [
        [100, 0],
        [200, 50],
      ],
      2021,
    );
    expect(v[0]).toBeCloseTo(114.8698, 4);
    // A zero end is interpolated linearly: 0 + (50 - 0) x 0.2 = 10.
    expect(v[1]).toBeCloseTo(10, 12);
  });

  it('returns the observed vector at an observed year and refuses years outside', () => {
    expect(
      interpolateVectorAt(
        [2020, 2025],
        [
          [1, 2],
          [3, 4],
        ],
        2025,
      ),
    ).toEqual([3, 4]);
    expect(() => interpolateVectorAt([2020, 2025], [[1], [2]], 2026)).toThrow(/outside 2020-2025/);
  });
});
