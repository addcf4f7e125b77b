/**
 * Orphanhood (the share of children who have lost at least one parent) estimated from adult death
 * rates, for countries without survey data.
 *
 * A child counted at age x is on average x + 0.5 years old. Its mother was aged A at the birth, with
 * A spread over the mothers' ages (weights w_A), and its father A + gap; the father must have been
 * alive at conception, 0.75 years before the birth. Parents die independently at the period's
 * death rates:
 *
 *   orphan(x) = 1 - sum over A of w_A x [S_f(A + x + 0.5) / S_f(A)] x [S_m(B + x + 0.5) / S_m(B - 0.75)],
 *   B = A + gap,
 *
 * where S is the survival function of death rates held constant within each age group (the
 * abridged groups 0, 1-4, 5-9, …, open 100+). It ignores the clustering of parental deaths (AIDS)
 * and the fall in mortality over a child's life, so it understates orphanhood where HIV is common.
 */

export interface OrphanhoodInputs {
  /** Lower bounds of the age groups of the death rates, increasing from 0; the last is open. */
  ageStarts: readonly number[];
  /** Central death rates by age group, women and men (deaths per person-year). */
  mxFemale: readonly number[];
  mxMale: readonly number[];
  /** Mothers' ages at the birth and their weights (normalised here). */
  motherAges: readonly { age: number; weight: number }[];
  /** Years by which fathers are older than mothers. */
  fatherAgeGap: number;
}

/** S(a) = exp(-integral of the death rate from 0 to a), the rate constant within each group. */
export function survivalTo(
  age: number,
  ageStarts: readonly number[],
  mx: readonly number[],
): number {
  let hazard = 0;
  for (let i = 0; i < ageStarts.length; i++) {
    const from = ageStarts[i]!;
    if (age <= from) break;
    const to = i + 1 < ageStarts.length ? ageStarts[i + 1]! : Infinity;
    hazard += mx[i]! * (Math.min(age, to) - from);
  }
  return Math.exp(-hazard);
}

/** The share of children at each age 0..maxAge who have lost at least one parent. */
export function orphanhoodByAge(inputs: OrphanhoodInputs, maxAge = 17): number[] {
  const { ageStarts, mxFemale, mxMale, motherAges, fatherAgeGap } = inputs;
  const totalWeight = motherAges.reduce((s, m) => s + m.weight, 0);
  if (!(totalWeight > 0)) throw new RangeError('orphanhoodByAge: the mothers’ ages have no weight');
  const sf = (a: number) => survivalTo(a, ageStarts, mxFemale);
  const sm = (a: number) => survivalTo(a, ageStarts, mxMale);
  const out: number[] = [];
  for (let x = 0; x <= maxAge; x++) {
    let bothAlive = 0;
    for (const { age: a, weight } of motherAges) {
      const b = a + fatherAgeGap;
      const mother = sf(a + x + 0.5) / sf(a);
      const father = sm(b + x + 0.5) / sm(b - 0.75);
      bothAlive += (weight / totalWeight) * mother * father;
    }
    out.push(1 - bothAlive);
  }
  return out;
}
