import type { AgeRate, RateSpec } from '#engine';

/**
 * A rate by age (formats.md: one number, 101 numbers or [fromAge, toAge, rate] bands, optionally by
 * sex) as the band editor shows it, and back. Every form converts to bands without loss: a number is
 * one band 0-100, 101 numbers are runs of equal values (ages at 0 are outside every band).
 */

export type Band = [number, number, number];

export interface RateModel {
  bySex: boolean;
  /** Both sexes when `bySex` is false. */
  female: Band[];
  male: Band[];
}

const OLDEST = 100;

function isBands(rate: AgeRate): rate is Band[] {
  return Array.isArray(rate) && rate.length > 0 && Array.isArray(rate[0]);
}

export function bandsOf(rate: AgeRate): Band[] {
  if (typeof rate === 'number') return [[0, OLDEST, rate]];
  if (isBands(rate)) return rate.map(([a, b, r]) => [a, b, r]);
  const out: Band[] = [];
  rate.forEach((r, age) => {
    const last = out[out.length - 1];
    if (r === 0) return;
    if (last && last[1] === age - 1 && last[2] === r) last[1] = age;
    else out.push([age, age, r]);
  });
  return out.length > 0 ? out : [[0, OLDEST, 0]];
}

/** One band over every age is written as its rate. */
export function rateOf(bands: Band[]): AgeRate {
  const only = bands.length === 1 ? bands[0]! : null;
  if (only && only[0] === 0 && only[1] === OLDEST) return only[2];
  return bands.map(([a, b, r]) => [a, b, r] as Band);
}

export function modelOf(spec: RateSpec): RateModel {
  if (typeof spec === 'object' && !Array.isArray(spec)) {
    return { bySex: true, female: bandsOf(spec.female), male: bandsOf(spec.male) };
  }
  const bands = bandsOf(spec);
  return { bySex: false, female: bands, male: bands.map(([a, b, r]) => [a, b, r]) };
}

export function specOf(m: RateModel): RateSpec {
  return m.bySex ? { female: rateOf(m.female), male: rateOf(m.male) } : rateOf(m.female);
}

/**
 * A new band: after the last one up to 100+ with its rate, or, when the last already reaches 100+,
 * the last split in two halves.
 */
export function withBandAdded(bands: Band[]): Band[] {
  const out = bands.map(([a, b, r]) => [a, b, r] as Band);
  const last = out[out.length - 1];
  if (!last) return [[0, OLDEST, 0]];
  if (last[1] < OLDEST) {
    out.push([last[1] + 1, OLDEST, last[2]]);
  } else if (last[1] > last[0]) {
    const mid = Math.floor((last[0] + last[1]) / 2);
    out.push([mid + 1, last[1], last[2]]);
    last[1] = mid;
  }
  return out;
}
