import { LIFE_TABLE_AGES } from './life-table';
import { splitAgeGroups } from './age-split';

/** Usual limits of the reproductive span. */
export const FIRST_FERTILE_AGE = 15;
export const LAST_FERTILE_AGE = 49;

export interface FertilityPatternOptions {
  /** Mean age of childbearing, years (of the age at birth, so ages x are counted at x + 0.5). */
  meanAge: number;
  /** Standard deviation of the age at birth, years. */
  sd: number;
  firstAge?: number;
  lastAge?: number;
  ages?: number;
}

/**
 * Age pattern of fertility: shares of a woman's births at each single age, summing to 1.
 *
 * A gamma density in the years since `firstAge`, with shape k = ((mean - first) / sd)^2 and scale
 * sd^2 / (mean - first), evaluated at mid-age x + 0.5 - first for x in [firstAge, lastAge] and
 * normalised to sum to 1 (which also removes the gamma function from the density). Cutting the
 * tail at `lastAge` lowers the mean a little; `meanAgeOfPattern` gives the realised value.
 */
export function gammaFertilityPattern(o: FertilityPatternOptions): Float64Array {
  const first = o.firstAge ?? FIRST_FERTILE_AGE;
  const last = o.lastAge ?? LAST_FERTILE_AGE;
  const out = new Float64Array(o.ages ?? LIFE_TABLE_AGES);
  const span = o.meanAge - first;
  if (!(span > 0) || !(o.sd > 0))
    throw new Error('gammaFertilityPattern: need meanAge > firstAge and sd > 0');
  const shape = (span / o.sd) ** 2;
  const scale = (o.sd * o.sd) / span;
  let sum = 0;
  for (let x = first; x <= last && x < out.length; x++) {
    const y = x + 0.5 - first;
    const d = Math.exp((shape - 1) * Math.log(y) - y / scale);
    out[x] = d;
    sum += d;
  }
  for (let x = first; x <= last && x < out.length; x++) out[x] = out[x]! / sum;
  return out;
}

/** Mean age at birth of a pattern (or of age-specific rates), counting age x as x + 0.5. */
export function meanAgeOfPattern(pattern: Float64Array): number {
  let w = 0;
  let wa = 0;
  for (let x = 0; x < pattern.length; x++) {
    w += pattern[x]!;
    wa += pattern[x]! * (x + 0.5);
  }
  return wa / w;
}

/** Age-specific fertility rates: the total fertility rate spread over ages by the pattern. */
export function asfrFromTfr(tfr: number, pattern: Float64Array): Float64Array {
  const out = new Float64Array(pattern.length);
  for (let x = 0; x < pattern.length; x++) out[x] = tfr * pattern[x]!;
  return out;
}

/** Total fertility rate: the sum of single-age rates. */
export function totalFertility(asfr: Float64Array): number {
  let s = 0;
  for (let x = 0; x < asfr.length; x++) s += asfr[x]!;
  return s;
}

/**
 * A single-age pattern of fertility (shares of the TFR by mother's age, adding up to 1, 0 outside
 * the given ages) from shares by single age from `firstAge` (e.g. 35 values for 15-49) or by 5-year
 * groups from `firstAge` (7 values for 15-19 ... 45-49). Five-year shares are split into single ages
 * with the Sprague multipliers (`splitAgeGroups`), which keeps each group's share and smooths the
 * steps between groups; the result is scaled to add up to 1.
 */
export function fertilityPatternFromShares(
  shares: readonly number[],
  grouping: 'single' | 'fiveYear',
  firstAge = FIRST_FERTILE_AGE,
  ages = LIFE_TABLE_AGES,
): Float64Array {
  const single = grouping === 'fiveYear' ? splitAgeGroups(shares, { open: false }) : [...shares];
  const out = new Float64Array(ages);
  let sum = 0;
  single.forEach((v, i) => {
    const x = firstAge + i;
    if (x < ages) {
      out[x] = v;
      sum += v;
    }
  });
  if (!(sum > 0)) throw new RangeError('fertilityPatternFromShares: the shares add up to 0');
  for (let x = 0; x < ages; x++) out[x] = out[x]! / sum;
  return out;
}
