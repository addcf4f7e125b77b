/**
 * Splitting 5-year age groups into single ages with the Sprague fifth-difference multipliers
 * (Sprague 1880; Shryock and Siegel, The Methods and Materials of Demography, 1973; the same
 * coefficients as DemoTools' graduate_sprague).
 *
 * Each group g of 5 single ages is computed from 5 consecutive groups with a 5 x 5 panel of
 * multipliers: the first two groups use the first and second panels (on groups 0-4), the last two
 * closed groups the next-to-last and last panels (on the last 5 closed groups), and every group in
 * between the middle panel (on groups g-2..g+2). An open last group (100+) is kept as it is.
 *
 * Each panel's columns sum to 1 on its own group and 0 on the others, so the 5 single ages add up
 * to their group's total. Sprague values can be negative where a population falls steeply (the
 * oldest ages, tiny groups); `splitAgeGroups` then sets the negative ages of that group to 0 and
 * scales the others so that the group keeps its total exactly. For population by age it can also
 * split the last closed group (95-99) geometrically, which follows the steep fall at the oldest
 * ages where the last panel's polynomial turns upward.
 */

type Panel = readonly (readonly number[])[];

/** Ages 0-4 from groups 0-4. */
const FIRST: Panel = [
  [0.3616, -0.2768, 0.1488, -0.0336, 0],
  [0.264, -0.096, 0.04, -0.008, 0],
  [0.184, 0.04, -0.032, 0.008, 0],
  [0.12, 0.136, -0.072, 0.016, 0],
  [0.0704, 0.1968, -0.0848, 0.0176, 0],
];

/** Ages 5-9 from groups 0-4. */
const SECOND: Panel = [
  [0.0336, 0.2272, -0.0752, 0.0144, 0],
  [0.008, 0.232, -0.048, 0.008, 0],
  [-0.008, 0.216, -0.008, 0, 0],
  [-0.016, 0.184, 0.04, -0.008, 0],
  [-0.0176, 0.1408, 0.0912, -0.0144, 0],
];

/** A middle group g from groups g-2..g+2. */
const MIDDLE: Panel = [
  [-0.0128, 0.0848, 0.1504, -0.024, 0.0016],
  [-0.0016, 0.0144, 0.2224, -0.0416, 0.0064],
  [0.0064, -0.0336, 0.2544, -0.0336, 0.0064],
  [0.0064, -0.0416, 0.2224, 0.0144, -0.0016],
  [0.0016, -0.024, 0.1504, 0.0848, -0.0128],
];

/** The next-to-last closed group from the last 5 closed groups (the first panel's mirror image). */
const NEXT_TO_LAST: Panel = SECOND.map((row) => [...row].reverse()).reverse();

/** The last closed group from the last 5 closed groups. */
const LAST: Panel = FIRST.map((row) => [...row].reverse()).reverse();

/** The panels by name, for tests and documentation. */
export const SPRAGUE_PANELS = { FIRST, SECOND, MIDDLE, NEXT_TO_LAST, LAST } as const;

/** Fewest closed groups the Sprague panels need (each panel spans 5 groups). */
export const MIN_SPRAGUE_GROUPS = 5;

function panelFor(g: number, n: number): { panel: Panel; from: number } {
  if (g === 0) return { panel: FIRST, from: 0 };
  if (g === 1) return { panel: SECOND, from: 0 };
  if (g === n - 2) return { panel: NEXT_TO_LAST, from: n - 5 };
  if (g === n - 1) return { panel: LAST, from: n - 5 };
  return { panel: MIDDLE, from: g - 2 };
}

/**
 * The plain Sprague split of `closed` 5-year groups (at least 5) into 5 x closed.length single
 * ages, without any correction: values may be negative.
 */
export function spragueSplit(closed: readonly number[]): number[] {
  const n = closed.length;
  if (n < MIN_SPRAGUE_GROUPS) {
    throw new RangeError(`spragueSplit needs at least ${MIN_SPRAGUE_GROUPS} groups, got ${n}`);
  }
  const out = new Array<number>(5 * n);
  for (let g = 0; g < n; g++) {
    const { panel, from } = panelFor(g, n);
    for (let i = 0; i < 5; i++) {
      const row = panel[i]!;
      let v = 0;
      for (let j = 0; j < 5; j++) v += row[j]! * closed[from + j]!;
      out[5 * g + i] = v;
    }
  }
  return out;
}

/**
 * Makes the 5 single ages of each group non-negative while keeping the group total: negative ages
 * become 0 and the positive ones are scaled up by the same factor. Works in place; returns `ages`.
 */
export function removeNegatives(ages: number[], groupTotals: readonly number[]): number[] {
  for (let g = 0; g < groupTotals.length; g++) {
    const total = groupTotals[g]!;
    let negative = false;
    let positive = 0;
    for (let i = 5 * g; i < 5 * g + 5; i++) {
      const v = ages[i]!;
      if (v < 0) negative = true;
      else positive += v;
    }
    if (!negative) continue;
    for (let i = 5 * g; i < 5 * g + 5; i++) {
      const v = ages[i]!;
      // A group of 0 (or one whose positive ages add to 0) is spread evenly.
      ages[i] = positive > 0 ? (v > 0 ? (v * total) / positive : 0) : total / 5;
    }
  }
  return ages;
}

/**
 * Splits the last closed group geometrically: its five ages fall (or rise) by a constant ratio
 * r = (last / previous)^(1/5) per year of age, the change between the two groups spread evenly
 * over five years, and add up to the group's total. At the oldest ages (95-99 before 100+) counts
 * fall steeply, and the Sprague last panel, a polynomial, can turn upward or below zero there.
 */
export function geometricLastGroup(previous: number, last: number): number[] {
  if (!(last > 0)) return [0, 0, 0, 0, 0];
  if (!(previous > 0)) return [last / 5, last / 5, last / 5, last / 5, last / 5];
  const r = Math.pow(last / previous, 1 / 5);
  // Weights relative to the largest, so that extreme ratios cannot overflow.
  const weights = [0, 1, 2, 3, 4].map((i) => (r <= 1 ? Math.pow(r, i) : Math.pow(r, i - 4)));
  const total = weights.reduce((s, w) => s + w, 0);
  return weights.map((w) => (last * w) / total);
}

export interface SplitOptions {
  /** The last value is an open group (such as 100+), kept as the last single value. */
  open: boolean;
  /** How to split the last closed group: the Sprague last panel, or `geometricLastGroup`. */
  lastGroup?: 'sprague' | 'geometric';
}

/**
 * Single ages from 5-year groups 0-4, 5-9, …: the Sprague split with negative values removed (see
 * `removeNegatives`), the last closed group optionally split geometrically. Every group total is
 * kept; no value is negative.
 */
export function splitAgeGroups(groups: readonly number[], options: SplitOptions): number[] {
  const closed = options.open ? groups.slice(0, -1) : [...groups];
  for (const [g, v] of closed.entries()) {
    if (!(v >= 0) || !Number.isFinite(v)) {
      throw new RangeError(`splitAgeGroups: group ${g} is ${v}; groups must be finite and >= 0`);
    }
  }
  const ages = spragueSplit(closed);
  if (options.lastGroup === 'geometric') {
    const n = closed.length;
    ages.splice(5 * (n - 1), 5, ...geometricLastGroup(closed[n - 2]!, closed[n - 1]!));
  }
  removeNegatives(ages, closed);
  if (options.open) ages.push(groups[groups.length - 1]!);
  return ages;
}
