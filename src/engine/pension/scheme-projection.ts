/**
 * The open-group projection of a contributory old-age pension scheme by single age and sex
 * (methodology section 6), on typed arrays. Index k is the year (0 = the first projection year);
 * a cell c is female ages 0..100 then male ages 0..100, so (k, c) is at k * CELLS + c.
 */

import { CELLS } from '../country/country-model';
import { AGES } from '../formats/rate-spec';

/** Everything the projection needs, resolved for every year and cell. */
export interface SchemeInputs {
  firstYear: number;
  /** Number of projection years. */
  years: number;
  /** Mid-year persons, years x cells. */
  population: Float64Array;
  /** Insured persons per person: participation x (1 - unemployment) x coverage, years x cells. */
  insuredRate: Float64Array;
  /** Density of contributions, share of the year contributed, by cell. */
  density: Float64Array;
  /** Insurable earnings of an insured person for a full year, LCU, years x cells. */
  earnings: Float64Array;
  /** Contribution rate and nominal return on the reserve, by year. */
  contributionRate: Float64Array;
  interestRate: Float64Array;
  /** Rise of pensions in payment in year k over year k-1 (entry 0 unused). */
  indexation: Float64Array;
  /** Minimum pension, LCU a year, by year (0: none). */
  minimumPension: Float64Array;
  /** Pension age, female and male. */
  pensionAge: readonly [number, number];
  /** Years of service credited at the award, female and male (the accrued-service model). */
  serviceAtAward: readonly [number, number];
  accrualRate: number;
  /** Reference wage of the year's awards, LCU a year: years x 2 (female, male). */
  referenceWage: Float64Array;
  /** Pensioners in payment at the start, by cell (ages above the pension age). */
  initialPensioners: Float64Array;
  /** Their pension in the first year, LCU a year, female and male. */
  initialPension: readonly [number, number];
  /** Reserve at the start of the first year, LCU. */
  initialReserve: number;
  adminShareOfContributions: number;
  adminShareOfBenefits: number;
}

/** The projection: stocks by cell and the scheme's finances by year. */
export interface SchemeProjection {
  /** Insured persons, pensioners and the pension each receives (LCU a year), years x cells. */
  insured: Float64Array;
  pensioners: Float64Array;
  pensionLevel: Float64Array;
  /** By year. */
  insuredTotal: Float64Array;
  insuredFemale: Float64Array;
  insuredMale: Float64Array;
  /** Full-year contributors: the sum of insured x density. */
  contributors: Float64Array;
  /** Sum of insured x earnings x density: the contribution base. */
  insurableEarnings: Float64Array;
  contributions: Float64Array;
  pensionersTotal: Float64Array;
  pensionersFemale: Float64Array;
  pensionersMale: Float64Array;
  newPensioners: Float64Array;
  /** Pensions awarded in the year, LCU a year. */
  newBenefits: Float64Array;
  benefits: Float64Array;
  administration: Float64Array;
  /** Benefits + administration. */
  expenditure: Float64Array;
  /** Return on the reserve at the start of the year. */
  interest: Float64Array;
  /** Reserve at the end of the year. */
  reserve: Float64Array;
}

/**
 * The share of the persons in a cell at year k who are alive one age older at k+1: the population's
 * own cohort ratio P[k+1][a+1] / P[k][a], at most 1 (migrants do not join the pensioners); for the
 * last two ages the open group's P[k+1][100] / (P[k][99] + P[k][100]).
 */
export function cohortSurvival(population: Float64Array, k: number, cell: number): number {
  const base = k * CELLS;
  const sex = cell >= AGES ? AGES : 0;
  const a = cell - sex;
  const next = base + CELLS + sex;
  let ratio: number;
  if (a >= AGES - 2) {
    const now = population[base + sex + AGES - 2]! + population[base + sex + AGES - 1]!;
    ratio = now > 0 ? population[next + AGES - 1]! / now : 0;
  } else {
    const now = population[base + cell]!;
    ratio = now > 0 ? population[next + a + 1]! / now : 0;
  }
  return Math.min(1, Math.max(0, ratio));
}

function zeros(n: number): Float64Array {
  return new Float64Array(n);
}

/**
 * Projects the scheme year by year:
 * - insured = population x insured rate; contributions = contribution rate x sum of insured x
 *   earnings x density;
 * - pensions in payment move up one age, survive with the population's cohort ratios and rise by the
 *   indexation; new pensioners at the pension age are the insured of the year before at the age
 *   below, surviving; a new pension is accrual rate x service x reference wage; every pension is at
 *   least the minimum;
 * - administration = shares of contributions and of benefits; reserve
 *   F[k] = F[k-1] (1 + i[k]) + contributions - benefits - administration.
 */
export function projectScheme(inp: SchemeInputs): SchemeProjection {
  const n = inp.years;
  const size = n * CELLS;
  const p: SchemeProjection = {
    insured: zeros(size),
    pensioners: zeros(size),
    pensionLevel: zeros(size),
    insuredTotal: zeros(n),
    insuredFemale: zeros(n),
    insuredMale: zeros(n),
    contributors: zeros(n),
    insurableEarnings: zeros(n),
    contributions: zeros(n),
    pensionersTotal: zeros(n),
    pensionersFemale: zeros(n),
    pensionersMale: zeros(n),
    newPensioners: zeros(n),
    newBenefits: zeros(n),
    benefits: zeros(n),
    administration: zeros(n),
    expenditure: zeros(n),
    interest: zeros(n),
    reserve: zeros(n),
  };
  const pop = inp.population;
  let reserve = inp.initialReserve;
  for (let k = 0; k < n; k++) {
    const base = k * CELLS;
    const minimum = inp.minimumPension[k]!;
    // Insured persons and contributions.
    let contributionBase = 0;
    let contributors = 0;
    for (let s = 0; s < 2; s++) {
      let total = 0;
      for (let a = 0; a < AGES; a++) {
        const c = base + s * AGES + a;
        const insured = pop[c]! * inp.insuredRate[c]!;
        p.insured[c] = insured;
        total += insured;
        const density = inp.density[s * AGES + a]!;
        contributors += insured * density;
        contributionBase += insured * inp.earnings[c]! * density;
      }
      if (s === 0) p.insuredFemale[k] = total;
      else p.insuredMale[k] = total;
    }
    p.insuredTotal[k] = p.insuredFemale[k]! + p.insuredMale[k]!;
    p.contributors[k] = contributors;
    p.insurableEarnings[k] = contributionBase;
    const contributions = inp.contributionRate[k]! * contributionBase;
    p.contributions[k] = contributions;

    // Pensions in payment: the stock at the start, or last year's moved up one age.
    for (let s = 0; s < 2; s++) {
      const off = s * AGES;
      if (k === 0) {
        for (let a = 0; a < AGES; a++) {
          const n0 = inp.initialPensioners[off + a]!;
          p.pensioners[base + off + a] = n0;
          p.pensionLevel[base + off + a] = n0 > 0 ? inp.initialPension[s]! : 0;
        }
      } else {
        const prev = base - CELLS;
        const rise = 1 + inp.indexation[k]!;
        for (let a = 1; a < AGES; a++) {
          const from = prev + off + a - 1;
          p.pensioners[base + off + a] =
            p.pensioners[from]! * cohortSurvival(pop, k - 1, off + a - 1);
          p.pensionLevel[base + off + a] = p.pensionLevel[from]! * rise;
        }
        // The open group keeps its own survivors too, at their own pension.
        const open = base + off + AGES - 1;
        const stay =
          p.pensioners[prev + off + AGES - 1]! * cohortSurvival(pop, k - 1, off + AGES - 1);
        const arrive = p.pensioners[open]!;
        if (stay + arrive > 0) {
          p.pensionLevel[open] =
            (arrive * p.pensionLevel[open]! +
              stay * p.pensionLevel[prev + off + AGES - 1]! * rise) /
            (stay + arrive);
        }
        p.pensioners[open] = stay + arrive;
      }
      // New pensioners at the pension age: the insured of the year before at the age below.
      const R = inp.pensionAge[s]!;
      const cell = base + off + R;
      const rateBefore = inp.insuredRate[(k === 0 ? 0 : k - 1) * CELLS + off + R - 1]!;
      const awarded = pop[cell]! * rateBefore;
      const level = Math.max(
        inp.accrualRate * inp.serviceAtAward[s]! * inp.referenceWage[2 * k + s]!,
        minimum,
      );
      const already = p.pensioners[cell]!;
      if (awarded + already > 0) {
        p.pensionLevel[cell] =
          (already * p.pensionLevel[cell]! + awarded * level) / (awarded + already);
      }
      p.pensioners[cell] = already + awarded;
      p.newPensioners[k] = p.newPensioners[k]! + awarded;
      p.newBenefits[k] = p.newBenefits[k]! + awarded * level;
      // Benefits, with the minimum under every pension.
      let count = 0;
      let paid = 0;
      for (let a = 0; a < AGES; a++) {
        const c = base + off + a;
        const np = p.pensioners[c]!;
        if (np <= 0) continue;
        if (p.pensionLevel[c]! < minimum) p.pensionLevel[c] = minimum;
        count += np;
        paid += np * p.pensionLevel[c]!;
      }
      if (s === 0) p.pensionersFemale[k] = count;
      else p.pensionersMale[k] = count;
      p.benefits[k] = p.benefits[k]! + paid;
    }
    p.pensionersTotal[k] = p.pensionersFemale[k]! + p.pensionersMale[k]!;
    const benefits = p.benefits[k]!;
    const admin =
      inp.adminShareOfContributions * contributions + inp.adminShareOfBenefits * benefits;
    p.administration[k] = admin;
    p.expenditure[k] = benefits + admin;
    const interest = reserve * inp.interestRate[k]!;
    p.interest[k] = interest;
    reserve = reserve + interest + contributions - benefits - admin;
    p.reserve[k] = reserve;
  }
  return p;
}
