import type { Coverage, CoveragePoint, Ramp } from '../formats/scenario-model';

/** 0 before startYear, `start` in startYear, linear to `full` in fullYear, `full` after (methodology 2.2). */
export function rampValue(r: Ramp, year: number): number {
  if (year < r.startYear) return 0;
  if (year >= r.fullYear) return r.full;
  return r.start + ((r.full - r.start) * (year - r.startYear)) / (r.fullYear - r.startYear);
}

/**
 * Year-by-year rates (ascending by year): 0 before the first year, each given rate in its year, linear
 * between two given years, the last rate held after the last year (methodology 2.2).
 */
export function pointsValue(points: readonly CoveragePoint[], year: number): number {
  const first = points[0];
  if (!first || year < first.year) return 0;
  for (let j = 1; j < points.length; j++) {
    const b = points[j]!;
    if (year < b.year) {
      const a = points[j - 1]!;
      return a.rate + ((b.rate - a.rate) * (year - a.year)) / (b.year - a.year);
    }
  }
  return points[points.length - 1]!.rate;
}

/** A benefit's coverage in a year: its year-by-year rates when it has them, else its ramp. */
export function coverageValue(c: Coverage, year: number): number {
  return c.byYear ? pointsValue(c.byYear, year) : rampValue(c, year);
}
