import type { LifeTable } from './life-table';

/**
 * Cohort-component projection by single age and sex (methodology section 7), one year at a time,
 * from one mid-year population to the next.
 */

/** Inputs for one step from mid-year t to mid-year t+1; every age vector has the same length. */
export interface ProjectionStep {
  /** Survival ratios by age at t (see `survivalRatios`): the last entry is the open group's own. */
  survivalFemale: Float64Array;
  survivalMale: Float64Array;
  /** Survival of the step's births to age 0 at t+1: L(0)/l(0). */
  birthSurvivalFemale: number;
  birthSurvivalMale: number;
  /** Age-specific fertility rates by mother's age (0 outside the reproductive span). */
  asfr: Float64Array;
  /** Male births per female birth (1.05 is usual). */
  sexRatioAtBirth: number;
  /** Net migrants added at t+1, by their age at t+1 (negative for emigration). */
  netMigrationFemale: Float64Array;
  netMigrationMale: Float64Array;
}

export interface StepResult {
  female: Float64Array;
  male: Float64Array;
  /** Live births during the step. */
  births: number;
}

/** Survivors of one sex, moved up one age; the open group keeps its own survivors. */
function ageOneYear(pop: Float64Array, s: Float64Array, migration: Float64Array): Float64Array {
  const n = pop.length;
  const next = new Float64Array(n);
  for (let a = 1; a < n; a++) next[a] = pop[a - 1]! * s[a - 1]! + migration[a]!;
  if (n > 1) next[n - 1] = next[n - 1]! + pop[n - 1]! * s[n - 1]!;
  return next;
}

/**
 * One projection year. Ages 1 and over are survivors of the age below plus net migrants; births are
 * the fertility rates times the average of the women at t and at t+1 (after migration) at each age,
 * split by the sex ratio at birth; age 0 is the births that survive to t+1 plus net migrants at 0.
 * Net migrants are added at the end of the step without deaths in the year they move.
 */
export function projectStep(
  female: Float64Array,
  male: Float64Array,
  step: ProjectionStep,
): StepResult {
  const nextF = ageOneYear(female, step.survivalFemale, step.netMigrationFemale);
  const nextM = ageOneYear(male, step.survivalMale, step.netMigrationMale);
  // Women at age 0 at t+1 are this step's births, not yet known; no fertility schedule uses age 0.
  let births = 0;
  for (let a = 1; a < female.length; a++) {
    const f = step.asfr[a]!;
    if (f !== 0) births += (f * (female[a]! + nextF[a]!)) / 2;
  }
  const femaleBirths = births / (1 + step.sexRatioAtBirth);
  const maleBirths = births - femaleBirths;
  nextF[0] = femaleBirths * step.birthSurvivalFemale + step.netMigrationFemale[0]!;
  nextM[0] = maleBirths * step.birthSurvivalMale + step.netMigrationMale[0]!;
  return { female: nextF, male: nextM, births };
}

/** Net reproduction at growth rate r: sum of exp(-r (x + 0.5)) L(x) f(x) times the share of girls. */
function lotkaSum(r: number, femaleLx: Float64Array, asfr: Float64Array, girls: number): number {
  let s = 0;
  for (let x = 0; x < asfr.length; x++) {
    const f = asfr[x]!;
    if (f !== 0) s += Math.exp(-r * (x + 0.5)) * femaleLx[x]! * f;
  }
  return s * girls;
}

/**
 * Intrinsic growth rate r: the root of Lotka's equation sum exp(-r (x + 0.5)) L_f(x) f(x) / (1 + SRB) = 1
 * (female births to women, L with radix 1), by bisection between -10% and +10% a year.
 */
export function intrinsicGrowthRate(
  female: LifeTable,
  asfr: Float64Array,
  sexRatioAtBirth: number,
): number {
  const girls = 1 / (1 + sexRatioAtBirth);
  let lo = -0.1;
  let hi = 0.1;
  if (lotkaSum(lo, female.Lx, asfr, girls) < 1 || lotkaSum(hi, female.Lx, asfr, girls) > 1) {
    throw new Error('intrinsicGrowthRate: no root between -10% and +10% a year');
  }
  for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    if (lotkaSum(mid, female.Lx, asfr, girls) > 1) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Stable age distribution of one sex: exp(-r (x + 0.5)) L(x); the open group has a constant hazard. */
function stableShape(lt: LifeTable, r: number, weight: number): Float64Array {
  const n = lt.Lx.length;
  const out = new Float64Array(n);
  for (let x = 0; x < n - 1; x++) out[x] = weight * Math.exp(-r * (x + 0.5)) * lt.Lx[x]!;
  // Integral of exp(-r a) l(open) exp(-m (a - open)) over a > open.
  const open = n - 1;
  out[open] = (weight * Math.exp(-r * open) * lt.lx[open]!) / (lt.mx[open]! + r);
  return out;
}

/**
 * The stable population for given life tables, growth rate and sex ratio at birth, scaled to `total`
 * persons: at each age, births exp(-r (x + 0.5)) years ago times the person-years L(x) lived at that age.
 */
export function stablePopulation(
  female: LifeTable,
  male: LifeTable,
  r: number,
  sexRatioAtBirth: number,
  total: number,
): { female: Float64Array; male: Float64Array } {
  const f = stableShape(female, r, 1);
  const m = stableShape(male, r, sexRatioAtBirth);
  const sum = f.reduce((s, v) => s + v, 0) + m.reduce((s, v) => s + v, 0);
  const k = total / sum;
  return { female: f.map((v) => v * k), male: m.map((v) => v * k) };
}

/**
 * Median age of a population by single age (both sexes), interpolated within the age group that
 * holds the middle person, taking persons aged x as spread evenly over [x, x+1).
 */
export function medianAge(female: ArrayLike<number>, male: ArrayLike<number>): number {
  const n = female.length;
  let total = 0;
  for (let a = 0; a < n; a++) total += female[a]! + male[a]!;
  const half = total / 2;
  let cum = 0;
  for (let a = 0; a < n; a++) {
    const p = female[a]! + male[a]!;
    if (cum + p >= half && p > 0) return a + (half - cum) / p;
    cum += p;
  }
  return n;
}
