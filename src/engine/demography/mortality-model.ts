import { coaleDemenyA0, LIFE_TABLE_AGES, lifeTable, type LifeTable, type Sex } from './life-table';

/**
 * Siler (1979) competing-risk hazard: a falling childhood term, a constant background term and a
 * rising (Gompertz) senescent term,
 *   mu(x) = a1 exp(-b1 x) + a2 + a3 exp(b3 x).
 */
export interface SilerParams {
  a1: number;
  b1: number;
  a2: number;
  a3: number;
  b3: number;
}

/** Integral of the Siler hazard from age x to age y (the cumulative hazard). */
export function silerCumulativeHazard(p: SilerParams, x: number, y: number): number {
  const child =
    p.b1 > 0 ? (p.a1 / p.b1) * (Math.exp(-p.b1 * x) - Math.exp(-p.b1 * y)) : p.a1 * (y - x);
  const senescent =
    p.b3 > 0 ? (p.a3 / p.b3) * (Math.exp(p.b3 * y) - Math.exp(p.b3 * x)) : p.a3 * (y - x);
  return child + p.a2 * (y - x) + senescent;
}

/**
 * Central death rates m(x) for single ages 0..ages-2 and the open group, from the Siler hazard.
 *
 * For a single age, m(x) is the cumulative hazard over [x, x+1): the constant rate that gives the
 * same one-year survival, which matters at age 0 where the hazard falls steeply. For the open group
 * m = l(open)/(integral of l beyond it), integrated by the midpoint rule in steps of 0.05 years until
 * fewer than 1e-12 of those reaching the open age survive (or 2,000 years for a flat hazard).
 */
export function silerRates(p: SilerParams, ages = LIFE_TABLE_AGES): Float64Array {
  const m = new Float64Array(ages);
  const open = ages - 1;
  for (let x = 0; x < open; x++) m[x] = silerCumulativeHazard(p, x, x + 1);
  const h = 0.05;
  let exposure = 0;
  for (let i = 0; i < 40_000; i++) {
    const surviving = Math.exp(-silerCumulativeHazard(p, open, open + (i + 0.5) * h));
    exposure += surviving * h;
    if (surviving < 1e-12) break;
  }
  m[open] = 1 / exposure;
  return m;
}

/** Every rate multiplied by `level` (proportional hazards). */
export function scaleRates(m: Float64Array, level: number): Float64Array {
  const out = new Float64Array(m.length);
  for (let x = 0; x < m.length; x++) out[x] = m[x]! * level;
  return out;
}

/** Life table for a set of rates with a0 by the Coale-Demeny rule for the given sex. */
export function lifeTableForSex(m: Float64Array, sex: Sex): LifeTable {
  return lifeTable(m, coaleDemenyA0(m[0]!, sex));
}

export interface FittedMortality {
  /** Multiplier applied to the base schedule. */
  level: number;
  mx: Float64Array;
  lifeTable: LifeTable;
}

/**
 * Scales a base schedule of death rates by a constant factor, found by bisection on its logarithm,
 * so that life expectancy at birth equals `targetE0` (within `tolerance` years). e0 falls as the
 * factor rises, so the root is bracketed by factors 1e-4 and 1e4 for any sensible target.
 */
export function fitToLifeExpectancy(
  base: Float64Array,
  sex: Sex,
  targetE0: number,
  tolerance = 1e-9,
): FittedMortality {
  let lo = Math.log(1e-4); // low mortality: e0 above the target
  let hi = Math.log(1e4);
  const e0At = (logLevel: number) =>
    lifeTableForSex(scaleRates(base, Math.exp(logLevel)), sex).ex[0]!;
  if (e0At(lo) < targetE0 || e0At(hi) > targetE0) {
    throw new Error(
      `fitToLifeExpectancy: e0 ${targetE0} cannot be reached by scaling the schedule`,
    );
  }
  for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    const e0 = e0At(mid);
    if (Math.abs(e0 - targetE0) <= tolerance) {
      lo = mid;
      hi = mid;
      break;
    }
    if (e0 > targetE0) lo = mid;
    else hi = mid;
  }
  const level = Math.exp((lo + hi) / 2);
  const mx = scaleRates(base, level);
  return { level, mx, lifeTable: lifeTableForSex(mx, sex) };
}
