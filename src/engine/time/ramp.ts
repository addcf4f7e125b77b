import type { Ramp } from '../formats/scenario-model';

/** 0 before startYear, `start` in startYear, linear to `full` in fullYear, `full` after (methodology 2.2). */
export function rampValue(r: Ramp, year: number): number {
  if (year < r.startYear) return 0;
  if (year >= r.fullYear) return r.full;
  return r.start + ((r.full - r.start) * (year - r.startYear)) / (r.fullYear - r.startYear);
}
