import { projectStep, type ProjectionStep } from './cohort-component';
import { birthSurvival, coaleDemenyA0, lifeTable, survivalRatios } from './life-table';

/**
 * A population projection over many years on 1 January (methodology section 7): each year's rates
 * make one cohort-component step from 1 January t to 1 January t+1.
 */

/** The rates of one calendar year; every age vector has 101 entries (ages 0..99 and 100+). */
export interface YearRates {
  /** Central death rates m(x) by sex. */
  mxFemale: Float64Array;
  mxMale: Float64Array;
  /** Births per woman a year by mother's age (0 outside the reproductive span). */
  asfr: Float64Array;
  /** Male births per female birth. */
  sexRatioAtBirth: number;
  /** Net migrants in the year by sex and age at the end of the year (negative: emigration). */
  netMigrationFemale: Float64Array;
  netMigrationMale: Float64Array;
}

/** One sex by age. */
export interface SexAges {
  female: Float64Array;
  male: Float64Array;
}

/** A projection: populations on 1 January and the flows of the years between them. */
export interface PopulationProjection {
  /** Years of the 1 January populations: first .. first + steps. */
  years: number[];
  female: Float64Array[];
  male: Float64Array[];
  /** Flows of the calendar years first .. first + steps - 1 (one fewer than `years`). */
  births: number[];
  deaths: number[];
  netMigrants: number[];
}

/**
 * The step of one year from its rates: a life table per sex (a0 by the Coale-Demeny rule of that
 * sex), survival ratios L(x+1)/L(x) for the persons aged x, the open group's T(100)/T(99), and the
 * survival of the year's births to its end, L(0)/l(0).
 */
export function stepFromRates(r: YearRates): ProjectionStep {
  const f = lifeTable(r.mxFemale, coaleDemenyA0(r.mxFemale[0]!, 'female'));
  const m = lifeTable(r.mxMale, coaleDemenyA0(r.mxMale[0]!, 'male'));
  return {
    survivalFemale: survivalRatios(f),
    survivalMale: survivalRatios(m),
    birthSurvivalFemale: birthSurvival(f),
    birthSurvivalMale: birthSurvival(m),
    asfr: r.asfr,
    sexRatioAtBirth: r.sexRatioAtBirth,
    netMigrationFemale: r.netMigrationFemale,
    netMigrationMale: r.netMigrationMale,
  };
}

function sum(v: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]!;
  return s;
}

/**
 * Projects `start` (1 January of `firstYear`) for `steps` years with the rates of each year. Deaths
 * are what balances the account: P(t) + births + net migrants - P(t+1).
 */
export function projectPopulation(
  start: SexAges,
  firstYear: number,
  steps: number,
  ratesFor: (year: number) => YearRates,
): PopulationProjection {
  const out: PopulationProjection = {
    years: [firstYear],
    female: [Float64Array.from(start.female)],
    male: [Float64Array.from(start.male)],
    births: [],
    deaths: [],
    netMigrants: [],
  };
  for (let i = 0; i < steps; i++) {
    const t = firstYear + i;
    const rates = ratesFor(t);
    const female = out.female[i]!;
    const male = out.male[i]!;
    const next = projectStep(female, male, stepFromRates(rates));
    const migrants = sum(rates.netMigrationFemale) + sum(rates.netMigrationMale);
    const before = sum(female) + sum(male);
    const after = sum(next.female) + sum(next.male);
    out.years.push(t + 1);
    out.female.push(next.female);
    out.male.push(next.male);
    out.births.push(next.births);
    out.netMigrants.push(migrants);
    out.deaths.push(before + next.births + migrants - after);
  }
  return out;
}

/**
 * Half a year on, from a mid-year population to the next 1 January, for a projection that starts
 * from mid-year data (the country files). Persons are taken as spread evenly within each single age:
 * those aged a on 1 January are the lower half of age a and the upper half of age a-1 at mid-year,
 * each surviving half a year at its rate, exp(-m/2); the open group keeps all of its own. Age 0 also
 * gets the births of the half year (the rates times half the women, averaged between the two dates)
 * surviving by L(0)/l(0); half the year's net migrants are added at their age on 1 January.
 */
export function halfYearToJanuary(
  midYear: SexAges,
  r: YearRates,
): { female: Float64Array; male: Float64Array; births: number } {
  const step = stepFromRates(r);
  const age = (p: Float64Array, mx: Float64Array, mig: Float64Array) => {
    const n = p.length;
    const out = new Float64Array(n);
    const half = (a: number) => 0.5 * p[a]! * Math.exp(-mx[a]! / 2);
    for (let a = 1; a < n; a++) out[a] = half(a) + half(a - 1) + mig[a]! / 2;
    // The open group keeps its upper half as well.
    out[n - 1] = out[n - 1]! + half(n - 1);
    out[0] = half(0) + mig[0]! / 2;
    return out;
  };
  const female = age(midYear.female, r.mxFemale, r.netMigrationFemale);
  const male = age(midYear.male, r.mxMale, r.netMigrationMale);
  let births = 0;
  for (let a = 1; a < female.length; a++) {
    const f = r.asfr[a]!;
    if (f !== 0) births += (0.5 * f * (midYear.female[a]! + female[a]!)) / 2;
  }
  const girls = births / (1 + r.sexRatioAtBirth);
  female[0] = female[0]! + girls * step.birthSurvivalFemale;
  male[0] = male[0]! + (births - girls) * step.birthSurvivalMale;
  return { female, male, births };
}
