import { CELLS, FEMALE, MALE, type CountryModel } from '../country/country-model';
import { AGES } from '../formats/rate-spec';
import type { BenefitSpec } from '../formats/scenario-model';
import { PREVALENCE } from '../vocabulary';

/**
 * The product of a benefit's eligibility factors for each (sex, age) cell (methodology 2.1):
 * prevalence x targeting x (1 - exclusion error) x pension test x constant share, and 0 outside the
 * benefit's ages and sex. Rates do not change over time, so this is computed once per run.
 */
export function eligibilityFactors(b: BenefitSpec, m: CountryModel): Float64Array {
  const f = new Float64Array(CELLS);
  const e = b.eligibility;
  const constant =
    e.share * (1 - e.exclusionError) * (typeof e.targeting === 'number' ? e.targeting : 1);
  const poverty = e.targeting === 'poverty' ? m.rates.poverty : null;
  const pension = e.pensionTested ? m.rates.pensionCoverage : null;
  const defining = e.prevalence === null ? null : PREVALENCE[e.prevalence];
  const prevalence = defining ? m.rates[defining.rate] : null;
  const uncovered = defining?.counts === 'complement';
  const [a0, a1] = b.ages;
  const offsets = b.sex === 'female' ? [FEMALE] : b.sex === 'male' ? [MALE] : [FEMALE, MALE];
  for (const off of offsets) {
    for (let a = a0; a <= a1 && a < AGES; a++) {
      const c = off + a;
      let v = constant;
      if (poverty) v *= poverty[c]!;
      if (pension) v *= 1 - pension[c]!;
      if (prevalence) v *= uncovered ? 1 - prevalence[c]! : prevalence[c]!;
      f[c] = v;
    }
  }
  return f;
}

/** Eligible persons in year k: the population weighted by the factors. */
export function eligiblePersons(
  f: Float64Array,
  m: CountryModel,
  k: number,
  a0: number,
  a1: number,
): number {
  const base = k * CELLS;
  const p = m.population;
  let sum = 0;
  for (let a = a0; a <= a1; a++) {
    sum += p[base + FEMALE + a]! * f[FEMALE + a]! + p[base + MALE + a]! * f[MALE + a]!;
  }
  return sum;
}

/**
 * Maternity benefits count births (methodology 2.1): E = births x F, where F averages the factors over
 * the mothers' ages weighted by the female population of those ages in the year.
 */
export function eligibleMothers(
  f: Float64Array,
  m: CountryModel,
  k: number,
  a0: number,
  a1: number,
): number {
  const base = k * CELLS + FEMALE;
  let women = 0;
  let weighted = 0;
  for (let a = a0; a <= a1; a++) {
    const w = m.population[base + a]!;
    women += w;
    weighted += w * f[FEMALE + a]!;
  }
  let factor: number;
  if (women > 0) factor = weighted / women;
  else {
    let s = 0;
    for (let a = a0; a <= a1; a++) s += f[FEMALE + a]!;
    factor = s / (a1 - a0 + 1);
  }
  return m.births[k]! * factor;
}
