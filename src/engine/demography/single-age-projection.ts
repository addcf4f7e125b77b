import { openAgeFromLast, withOpenAgeRate } from './graduate-mx';
import { coaleDemenyA0, LIFE_TABLE_AGES, lifeTable } from './life-table';
import { rogersCastroShares } from './migration-profile';
import { projectPopulation, type YearRates } from './project-population';

/**
 * A projection from single-age rates for both sexes together, such as the UN's WPP 2024 single-age
 * files (methodology 7.4): a 1 January population, death rates and fertility rates by single age for
 * each year, and a yearly total of net migrants.
 */

export interface SingleAgeProjectionInput {
  firstYear: number;
  /** Last 1 January population wanted; the flows of this year are projected too. */
  lastYear: number;
  /** Persons on 1 January of the first year, ages 0..99 (100+ is then estimated) or 0..100. */
  population: ArrayLike<number>;
  /** Central death rates of a calendar year, ages 0..99 (100+ is then extrapolated) or 0..100. */
  mx: (year: number) => ArrayLike<number>;
  /** Births per woman a year by single age from `asfrFirstAge`. */
  asfr: (year: number) => ArrayLike<number>;
  asfrFirstAge?: number;
  /** Net migrants in a calendar year (negative: emigration). */
  netMigrants: (year: number) => number;
  /** Either the births of the first year (data), from which the share of women is found ... */
  firstYearBirths?: number;
  /** ... or a sex ratio at birth, which then also gives the share of women at every age. */
  sexRatioAtBirth?: number;
}

export interface SingleAgeProjection {
  /** 1 January: first .. last year. */
  years: number[];
  total: number[];
  /** Flows of each calendar year. */
  births: number[];
  deaths: number[];
  netMigrants: number[];
  /** Persons by age 0..99 and 100+, both sexes, on 1 January of each year. */
  population: number[][];
  /** The share of women at every age, and the matching sex ratio at birth (male per female). */
  femaleShare: number;
  sexRatioAtBirth: number;
  /** True when the source stopped at 99 and the open group 100+ was estimated. */
  openAgeEstimated: boolean;
}

function fill(values: ArrayLike<number>, from: number, ages = LIFE_TABLE_AGES): Float64Array {
  const out = new Float64Array(ages);
  for (let i = 0; i < values.length && from + i < ages; i++) out[from + i] = values[i]!;
  return out;
}

/** The rates of year t; net migrants by the standard age profile, split like the population. */
function ratesOf(
  input: SingleAgeProjectionInput,
  t: number,
  srb: number,
  femaleShare: number,
  profile: Float64Array,
): YearRates {
  const raw = input.mx(t);
  const mx = raw.length === LIFE_TABLE_AGES ? Float64Array.from(raw) : withOpenAgeRate(raw);
  const migrants = input.netMigrants(t);
  return {
    mxFemale: mx,
    mxMale: mx,
    asfr: fill(input.asfr(t), input.asfrFirstAge ?? 15),
    sexRatioAtBirth: srb,
    netMigrationFemale: profile.map((s) => s * migrants * femaleShare),
    netMigrationMale: profile.map((s) => s * migrants * (1 - femaleShare)),
  };
}

/**
 * Projects both sexes together. The data have no sex split, so one share of women `phi` is used at
 * every age, in the population, the migrants and the births (sex ratio at birth (1 - phi) / phi);
 * with the same death rates for both sexes it never changes. `phi` is the first year's births in the
 * data divided by the births the fertility rates give when every person counts as a woman, i.e. the
 * fertility-weighted share of women at 15-49; a given sex ratio at birth s sets phi = 1 / (1 + s).
 */
export function projectSingleAge(input: SingleAgeProjectionInput): SingleAgeProjection {
  const { firstYear, lastYear } = input;
  const steps = lastYear - firstYear + 1;
  const openAgeEstimated = input.population.length < LIFE_TABLE_AGES;
  const profile = rogersCastroShares();
  const start = fill(input.population, 0);
  if (openAgeEstimated) {
    const m = withOpenAgeRate(input.mx(firstYear));
    start[LIFE_TABLE_AGES - 1] = openAgeFromLast(
      start[LIFE_TABLE_AGES - 2]!,
      lifeTable(m, coaleDemenyA0(m[0]!, 'female')),
    );
  }
  let phi: number;
  if (input.sexRatioAtBirth !== undefined) phi = 1 / (1 + input.sexRatioAtBirth);
  else if (input.firstYearBirths !== undefined) {
    const allWomen = projectPopulation(
      { female: start, male: new Float64Array(LIFE_TABLE_AGES) },
      firstYear,
      1,
      (t) => ratesOf(input, t, 1, 1, profile),
    );
    phi = input.firstYearBirths / allWomen.births[0]!;
  } else throw new RangeError('projectSingleAge: give firstYearBirths or sexRatioAtBirth');
  const srb = (1 - phi) / phi;
  const proj = projectPopulation(
    { female: start.map((v) => v * phi), male: start.map((v) => v * (1 - phi)) },
    firstYear,
    steps,
    (t) => ratesOf(input, t, srb, phi, profile),
  );
  const population = proj.years
    .slice(0, steps)
    .map((_, i) => Array.from(proj.female[i]!, (f, a) => f + proj.male[i]![a]!));
  return {
    years: proj.years.slice(0, steps),
    total: population.map((row) => row.reduce((s, v) => s + v, 0)),
    births: proj.births,
    deaths: proj.deaths,
    netMigrants: proj.netMigrants,
    population,
    femaleShare: phi,
    sexRatioAtBirth: srb,
    openAgeEstimated,
  };
}
