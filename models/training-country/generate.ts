/**
 * Generates the bundled FICTIONAL training country "Tamboria" (models/training-country/country.json).
 *
 *   npx tsx models/training-country/generate.ts      (or: npm run generate:training-country)
 *
 * Every number comes from the parameters below by fixed formulas: no randomness, no data. The
 * assumptions and why they are plausible are in README.md next to this file. Tamboria is invented
 * for training; none of its numbers may be cited as data about any real country.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  asfrFromTfr,
  birthSurvival,
  fitToLifeExpectancy,
  gammaFertilityPattern,
  intrinsicGrowthRate,
  medianAge,
  projectStep,
  silerRates,
  stablePopulation,
  survivalRatios,
  survivorsAt,
  type LifeTable,
  type Sex,
  type SilerParams,
} from '#engine';
import {
  LABOUR_FORCE_PARTICIPATION,
  round,
  USD_INFLATION,
  type Band,
} from '../../src/node/country-build/gap-defaults';
import { sum } from '../../src/node/country-build/population-by-age';

// ---------------------------------------------------------------------------------------------
// Parameters (README.md explains each value)
// ---------------------------------------------------------------------------------------------

export const PARAMETERS = {
  code: 'XTA',
  name: 'Tamboria (fictional training country)',
  currency: 'TBS',
  baseYear: 2025,
  lastYear: 2060,
  /** Mid-2025 population before rounding each age to whole persons. */
  population2025: 24_000_000,
  /** Life expectancy at birth, linear between the two years. */
  e0: { female: [67.5, 75], male: [63.5, 71] } as Record<Sex, [number, number]>,
  /** Shape of the death rates by age (Siler 1979); the level is rescaled each year to hit e0. */
  siler: {
    female: { a1: 0.065, b1: 1.6, a2: 0.0015, a3: 0.000035, b3: 0.095 },
    male: { a1: 0.085, b1: 1.6, a2: 0.0025, a3: 0.00006, b3: 0.09 },
  } as Record<Sex, SilerParams>,
  /** Total fertility rate in the first and last year (path: `tfrPath`). */
  tfr: [3.8, 2.3] as [number, number],
  /** Level the TFR approaches (about replacement): the gap to it shrinks geometrically. */
  tfrFloor: 2.1,
  /** Gamma-shaped age pattern of fertility over ages 15-49. */
  fertilityMeanAge: 28,
  fertilitySd: 6.5,
  sexRatioAtBirth: 1.05,
  /** Net migrants a year (negative: emigration), spread by a normal curve over ages 15-50. */
  netMigration: -15_000,
  migrationPeakAge: 26,
  migrationSd: 6,
  migrationAges: [15, 50] as [number, number],
  migrationMaleShare: 0.55,
  /**
   * The country file's `demography` block (the rates above, for projections in the app): death
   * rates every `demographyMxStep` years (log-linear in between), written to this many significant
   * figures; TFR every year to 4 decimals; age shares of fertility and migration to 6 figures.
   */
  demographyMxStep: 5,
  demographyMxDigits: 5,
  /** GDP per capita in 2025, USD: lower-middle income (World Bank FY2026: USD 1,146-4,515). */
  gdpPerCapitaUsd2025: 2400,
  fxPerUsd2025: 125,
  /** US dollar inflation, for the exchange rate by purchasing-power parity: the country build's. */
  usInflation: USD_INFLATION,
  realGrowth: [0.052, 0.035] as [number, number],
  /** Inflation 2025, 2026, 2027, then constant. */
  inflation: [0.065, 0.0567, 0.0483, 0.04],
  revenuePctGdp: [0.165, 0.19] as [number, number],
  expenditurePctGdp: [0.205, 0.215] as [number, number],
  /** Year from which revenue and expenditure shares stay flat. */
  fiscalPlateauYear: 2035,
  debtPctGdp2025: 0.52,
  /** Poverty line as a share of GDP per capita 2025, rounded to 3 significant figures. */
  povertyLineShareOfGdpPerCapita: 0.3,
  /** Monthly minimum wage as a share of monthly GDP per capita, rounded to 2 significant figures. */
  minimumWageShareOfMonthlyGdpPerCapita: 0.48,
  /** Monthly average wage as a share of monthly GDP per capita, rounded to 3 significant figures. */
  averageWageShareOfMonthlyGdpPerCapita: 1.1,
  /** Mean ages of mothers and fathers at a birth, for orphanhood. */
  motherAgeAtBirth: 28,
  fatherAgeAtBirth: 33,
  disability: [
    [0, 14, 0.008],
    [15, 29, 0.015],
    [30, 44, 0.025],
    [45, 59, 0.045],
    [60, 69, 0.08],
    [70, 79, 0.13],
    [80, 100, 0.2],
  ] as Band[],
  poverty: [
    [0, 14, 0.36],
    [15, 64, 0.26],
    [65, 100, 0.3],
  ] as Band[],
  pensionCoverage: [[65, 100, 0.15]] as Band[],
  /** The country build's default for countries without ILO data (country-build/gap-defaults.ts). */
  laborForceParticipation: LABOUR_FORCE_PARTICIPATION,
  unemployment: [
    [15, 24, 0.12],
    [25, 64, 0.05],
  ] as Band[],
  healthCoverage: 0.4,
  spendingPctGdp: {
    children: 0.001,
    maternity: 0.0002,
    disability: 0.001,
    oldAge: 0.008,
    unemployment: 0,
    health: 0.016,
  },
  /** Checks the output must pass. */
  populationRange: [20_000_000, 40_000_000] as [number, number],
  lowerMiddleIncomeUsd: [1146, 4515] as [number, number],
  /** Years the median age must gain between the first and last year. */
  minMedianAgeRise: 3,
};

const SOURCE = 'Fictional: generated by models/training-country/generate.ts';
const AGES = 101;

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/** Linear path from `from` in the base year to `to` in `toYear`, flat afterwards. */
function linear(from: number, to: number, year: number, fromYear: number, toYear: number): number {
  if (year >= toYear) return to;
  return from + ((to - from) * (year - fromYear)) / (toYear - fromYear);
}

function roundSignificant(x: number, digits: number): number {
  const e = Math.floor(Math.log10(Math.abs(x))) - digits + 1;
  return e >= 0 ? Math.round(x / 10 ** e) * 10 ** e : round(x, -e);
}

// ---------------------------------------------------------------------------------------------
// Demography
// ---------------------------------------------------------------------------------------------

interface YearDemography {
  lifeTables: Record<Sex, LifeTable>;
  asfr: Float64Array;
  tfr: number;
  e0: Record<Sex, number>;
}

const P = PARAMETERS;
const baseSchedules: Record<Sex, Float64Array> = {
  female: silerRates(P.siler.female),
  male: silerRates(P.siler.male),
};
const fertilityPattern = gammaFertilityPattern({ meanAge: P.fertilityMeanAge, sd: P.fertilitySd });

/**
 * Total fertility: the gap to `tfrFloor` shrinks by the same fraction every year, from tfr[0] in the
 * base year to tfr[1] in the last year, so the decline slows as fertility nears replacement.
 */
export function tfrPath(year: number): number {
  const [start, end] = P.tfr;
  const u = (Math.min(year, P.lastYear) - P.baseYear) / (P.lastYear - P.baseYear);
  return P.tfrFloor + (start - P.tfrFloor) * ((end - P.tfrFloor) / (start - P.tfrFloor)) ** u;
}

/** Mortality and fertility of a year: the rates of the projection step that starts at its mid-year. */
export function demographyOf(year: number): YearDemography {
  const e0 = {
    female: linear(P.e0.female[0], P.e0.female[1], year, P.baseYear, P.lastYear),
    male: linear(P.e0.male[0], P.e0.male[1], year, P.baseYear, P.lastYear),
  };
  const tfr = tfrPath(year);
  return {
    lifeTables: {
      female: fitToLifeExpectancy(baseSchedules.female, 'female', e0.female).lifeTable,
      male: fitToLifeExpectancy(baseSchedules.male, 'male', e0.male).lifeTable,
    },
    asfr: asfrFromTfr(tfr, fertilityPattern),
    tfr,
    e0,
  };
}

/** Survival of a year's births to age 0 at the next mid-year, girls and boys weighted 1 : SRB. */
export function meanBirthSurvival(d: YearDemography): number {
  const girls = birthSurvival(d.lifeTables.female);
  const boys = birthSurvival(d.lifeTables.male);
  return (girls + P.sexRatioAtBirth * boys) / (1 + P.sexRatioAtBirth);
}

/** Net migrants by age for one sex: a normal curve over the migration ages, summing to the sex's share. */
export function migrationProfile(sex: Sex): Float64Array {
  const out = new Float64Array(AGES);
  const [a0, a1] = P.migrationAges;
  for (let a = a0; a <= a1; a++)
    out[a] = Math.exp(-0.5 * ((a - P.migrationPeakAge) / P.migrationSd) ** 2);
  const share = sex === 'male' ? P.migrationMaleShare : 1 - P.migrationMaleShare;
  const k = (P.netMigration * share) / sum(out);
  for (let a = a0; a <= a1; a++) out[a] = out[a]! * k;
  return out;
}

export interface Projection {
  years: number[];
  female: Float64Array[];
  male: Float64Array[];
  /** Births in calendar year t: the mean of the steps mid-(t-1) to mid-t and mid-t to mid-(t+1). */
  births: number[];
  /** Births in the step from mid-year t to mid-year t+1, for t = base year - 1 .. last year. */
  stepBirths: number[];
  demography: YearDemography[];
  intrinsicGrowthRate: number;
}

/**
 * Mid-2025 stable population, then one cohort-component step a year to mid-2060, and one more step to
 * mid-2061 only to know the births of the second half of 2060.
 */
export function projectTamboria(): Projection {
  const d0 = demographyOf(P.baseYear);
  const r = intrinsicGrowthRate(d0.lifeTables.female, d0.asfr, P.sexRatioAtBirth);
  const start = stablePopulation(
    d0.lifeTables.female,
    d0.lifeTables.male,
    r,
    P.sexRatioAtBirth,
    P.population2025,
  );
  const years: number[] = [P.baseYear];
  const female = [start.female];
  const male = [start.male];
  const demography = [d0];
  // Births of the year before the start, from the stable population's age 0 (both sexes).
  const stepBirths = [(start.female[0]! + start.male[0]!) / meanBirthSurvival(d0)];
  const migration = { female: migrationProfile('female'), male: migrationProfile('male') };
  for (let t = P.baseYear; t <= P.lastYear; t++) {
    const d = demography[demography.length - 1]!;
    const step = projectStep(female[female.length - 1]!, male[male.length - 1]!, {
      survivalFemale: survivalRatios(d.lifeTables.female),
      survivalMale: survivalRatios(d.lifeTables.male),
      birthSurvivalFemale: birthSurvival(d.lifeTables.female),
      birthSurvivalMale: birthSurvival(d.lifeTables.male),
      asfr: d.asfr,
      sexRatioAtBirth: P.sexRatioAtBirth,
      netMigrationFemale: migration.female,
      netMigrationMale: migration.male,
    });
    stepBirths.push(step.births);
    if (t === P.lastYear) break;
    years.push(t + 1);
    female.push(step.female);
    male.push(step.male);
    demography.push(demographyOf(t + 1));
  }
  const births = years.map((_, i) => (stepBirths[i]! + stepBirths[i + 1]!) / 2);
  return { years, female, male, births, stepBirths, demography, intrinsicGrowthRate: r };
}

/**
 * Share of children aged x (exact age x + 0.5) who have lost at least one parent, parents dying
 * independently with the 2025 period life tables: 1 - (l_f(M + x + 0.5) / l_f(M)) x
 * (l_m(F + x + 0.5) / l_m(F - 0.75)), with M and F the mean ages of mothers and fathers at the birth;
 * the father's survival counts from conception, 0.75 years before the birth.
 */
export function orphanhoodRates(female: LifeTable, male: LifeTable): number[] {
  const M = P.motherAgeAtBirth;
  const F = P.fatherAgeAtBirth;
  const out: number[] = [];
  for (let x = 0; x <= 17; x++) {
    const mother = survivorsAt(female, M + x + 0.5) / survivorsAt(female, M);
    const father = survivorsAt(male, F + x + 0.5) / survivorsAt(male, F - 0.75);
    out.push(1 - mother * father);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The demography block: the generator's own rates, so that the app can project Tamboria
// ---------------------------------------------------------------------------------------------

const significant = (x: number, digits: number) => Number(x.toPrecision(digits));

/** Years of the death-rate rows: every `demographyMxStep` years from the base year, and the last. */
export function demographyMxYears(): number[] {
  const years: number[] = [];
  for (let t = P.baseYear; t < P.lastYear; t += P.demographyMxStep) years.push(t);
  years.push(P.lastYear);
  return years;
}

/**
 * The `demography` block of country.json (formats.md): the Siler death rates by single age and sex
 * fitted to the e0 path, the TFR path, the gamma age pattern of fertility as shares of the TFR at
 * 15-49, the sex ratio at birth, and net emigration with the generator's own age and sex profile.
 * The rates of year t are those the generator uses from mid-year t; the engine applies them from
 * 1 January t (methodology 7.4), half a year earlier, which the README quantifies.
 */
export function demographyBlock(): Record<string, unknown> {
  const mxYears = demographyMxYears();
  const tables = mxYears.map((t) => demographyOf(t).lifeTables);
  const mxRow = (table: LifeTable) =>
    Array.from(table.mx, (v) => significant(v, P.demographyMxDigits));
  const years = Array.from({ length: P.lastYear - P.baseYear + 1 }, (_, i) => P.baseYear + i);
  const shares = (v: Float64Array) => Array.from(v, (x) => significant(x / P.netMigration, 6));
  return {
    mx: {
      years: mxYears,
      female: tables.map((lt) => mxRow(lt.female)),
      male: tables.map((lt) => mxRow(lt.male)),
    },
    tfr: { years, values: years.map((t) => round(tfrPath(t), 4)) },
    asfrPattern: Array.from(fertilityPattern.subarray(15, 50), (v) => significant(v, 6)),
    sexRatioAtBirth: P.sexRatioAtBirth,
    netMigration: { years: [P.baseYear], values: [P.netMigration] },
    migrationProfile: {
      female: shares(migrationProfile('female')),
      male: shares(migrationProfile('male')),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The country file
// ---------------------------------------------------------------------------------------------

export interface TamboriaSummary {
  totals: number[];
  medianAges: number[];
  gdpPerCapitaUsd2025: number;
  intrinsicGrowthRate: number;
  birthSurvival2025: number;
  disabilityPrevalence2025: number;
  tfr: number[];
  e0: Record<Sex, number[]>;
}

/** Builds the country object (plain JSON data) and a summary of the numbers the README quotes. */
export function buildTamboria(): { country: Record<string, unknown>; summary: TamboriaSummary } {
  const proj = projectTamboria();
  const years = proj.years;
  const n = years.length;
  const femaleRows = proj.female.map((row) => Array.from(row, (v) => Math.round(v)));
  const maleRows = proj.male.map((row) => Array.from(row, (v) => Math.round(v)));
  const totals = femaleRows.map((row, i) => sum(row) + sum(maleRows[i]!));
  const medianAges = femaleRows.map((row, i) => medianAge(row, maleRows[i]!));
  const births = proj.births.map((b) => Math.round(b));

  // Macro paths: growth and inflation are rounded first so that GDP follows the rounded values; GDP is
  // chained at full precision and each year rounded to whole LCU, so the rule holds to within 2 LCU.
  const realGrowth = years.map((t) =>
    round(linear(P.realGrowth[0], P.realGrowth[1], t, P.baseYear, P.lastYear), 4),
  );
  const inflation = years.map(
    (t) => P.inflation[Math.min(t - P.baseYear, P.inflation.length - 1)]!,
  );
  const gdpChain = [roundSignificant(P.gdpPerCapitaUsd2025 * P.fxPerUsd2025 * totals[0]!, 3)];
  for (let i = 1; i < n; i++)
    gdpChain.push(gdpChain[i - 1]! * (1 + realGrowth[i]!) * (1 + inflation[i]!));
  const gdp = gdpChain.map((v) => Math.round(v));
  const revenue = years.map((t) =>
    round(linear(P.revenuePctGdp[0], P.revenuePctGdp[1], t, P.baseYear, P.fiscalPlateauYear), 4),
  );
  const expenditure = years.map((t) =>
    round(
      linear(P.expenditurePctGdp[0], P.expenditurePctGdp[1], t, P.baseYear, P.fiscalPlateauYear),
      4,
    ),
  );
  const fxChain = [P.fxPerUsd2025];
  for (let i = 1; i < n; i++)
    fxChain.push((fxChain[i - 1]! * (1 + inflation[i]!)) / (1 + P.usInflation));
  const debtChain = [P.debtPctGdp2025];
  for (let i = 1; i < n; i++) {
    const nominalGrowth = (1 + realGrowth[i]!) * (1 + inflation[i]!);
    debtChain.push(debtChain[i - 1]! / nominalGrowth + (expenditure[i]! - revenue[i]!));
  }

  const gdpPerCapita2025 = gdp[0]! / totals[0]!;
  const povertyLine = roundSignificant(P.povertyLineShareOfGdpPerCapita * gdpPerCapita2025, 3);
  const minimumWage = roundSignificant(
    (P.minimumWageShareOfMonthlyGdpPerCapita * gdpPerCapita2025) / 12,
    2,
  );
  const averageWage = roundSignificant(
    (P.averageWageShareOfMonthlyGdpPerCapita * gdpPerCapita2025) / 12,
    3,
  );
  const d0 = proj.demography[0]!;
  const orphanhood = orphanhoodRates(d0.lifeTables.female, d0.lifeTables.male).map((v) =>
    round(v, 4),
  );
  const orphanhoodBands: Band[] = orphanhood.map((v, a) => [a, a, v]);

  const disabilityPrevalence2025 = prevalence(P.disability, femaleRows[0]!, maleRows[0]!);
  const summary: TamboriaSummary = {
    totals,
    medianAges,
    gdpPerCapitaUsd2025: gdpPerCapita2025 / P.fxPerUsd2025,
    intrinsicGrowthRate: proj.intrinsicGrowthRate,
    birthSurvival2025: meanBirthSurvival(d0),
    disabilityPrevalence2025,
    tfr: proj.demography.map((d) => d.tfr),
    e0: {
      female: proj.demography.map((d) => d.e0.female),
      male: proj.demography.map((d) => d.e0.male),
    },
  };
  checkPlausible(summary, years);

  const country = {
    format: 'spf.country/1',
    code: P.code,
    name: P.name,
    fictional: true,
    description:
      'FICTIONAL. Tamboria is an invented lower-middle-income country for training and testing; its ' +
      'numbers are generated by formulas and must not be cited as data about any real country.',
    notes:
      'Regenerate with "npm run generate:training-country"; every assumption and its value is in ' +
      'models/training-country/README.md.',
    currency: P.currency,
    baseYear: P.baseYear,
    population: { years, female: femaleRows, male: maleRows },
    births: { years, values: births },
    macro: {
      years,
      gdp,
      realGrowth,
      inflation,
      revenuePctGdp: revenue,
      expenditurePctGdp: expenditure,
      fxPerUsd: fxChain.map((v) => round(v, 2)),
      debtPctGdp: debtChain.map((v) => round(v, 4)),
    },
    povertyLine,
    minimumWage,
    averageWage,
    rates: {
      disability: P.disability,
      orphanhood: orphanhoodBands,
      poverty: P.poverty,
      pensionCoverage: P.pensionCoverage,
      laborForceParticipation: P.laborForceParticipation,
      unemployment: P.unemployment,
      healthCoverage: P.healthCoverage,
    },
    spendingPctGdp: P.spendingPctGdp,
    demography: demographyBlock(),
    sources: sourceNotes(disabilityPrevalence2025).map(([field, note]) => ({
      field,
      source: SOURCE,
      assumption: true,
      note,
    })),
  };
  return { country, summary };
}

/** Share of the population with a condition whose prevalence is given by age bands (both sexes). */
function prevalence(bands: readonly Band[], female: number[], male: number[]): number {
  let cases = 0;
  for (const [from, to, rate] of bands) {
    for (let a = from; a <= to; a++) cases += (female[a]! + male[a]!) * rate;
  }
  return cases / (sum(female) + sum(male));
}

const pct = (x: number) => `${round(100 * x, 2)}%`;
const ages = (a: number, b: number) => (b === AGES - 1 ? `${a}+` : `${a}-${b}`);
const bandsText = (bands: readonly Band[]) =>
  bands.map(([a, b, r]) => `${pct(r)} at ${ages(a, b)}`).join(', ');
/** 15000 -> "15,000" without locale data, so the file is the same on every Node build. */
const thousands = (x: number) => String(Math.round(x)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** One source note per input field, written from the parameters so that they cannot drift apart. */
function sourceNotes(disability2025: number): [string, string][] {
  const [y0, y1] = [P.baseYear, P.lastYear];
  const migration = `${thousands(Math.abs(P.netMigration))} a year`;
  const method =
    `cohort-component projection by single age and sex from a mid-${y0} stable population ` +
    `(intrinsic growth rate from Lotka's equation), Siler mortality scaled by bisection to a linear e0 ` +
    `path (female ${P.e0.female[0]} to ${P.e0.female[1]}, male ${P.e0.male[0]} to ${P.e0.male[1]}, ` +
    `${y0}-${y1}), gamma fertility pattern (mean age ${P.fertilityMeanAge}) with TFR ${P.tfr[0]} to ` +
    `${P.tfr[1]} (gap to ${P.tfrFloor} shrinking geometrically), sex ratio at birth ` +
    `${P.sexRatioAtBirth}, net emigration of ${migration} at ages ${P.migrationAges.join('-')}`;
  const infl = P.inflation;
  const lfp = P.laborForceParticipation;
  const sp = P.spendingPctGdp;
  return [
    ['population', `Mid-year persons; ${method}.`],
    [
      'births',
      'Calendar-year live births: mean of the births of the two projection steps (mid-year to ' +
        'mid-year) that overlap the year.',
    ],
    [
      'macro.gdp',
      `GDP ${y0} = USD ${thousands(P.gdpPerCapitaUsd2025)} per person x ${P.fxPerUsd2025} ${P.currency}/USD x ` +
        `population ${y0}, to 3 significant figures; then GDP[t] = GDP[t-1] (1+g[t]) (1+pi[t]), ` +
        `chained at full precision and rounded to whole ${P.currency} (the rule holds to within 2 ${P.currency}).`,
    ],
    [
      'macro.realGrowth',
      `Linear from ${pct(P.realGrowth[0])} in ${y0} to ${pct(P.realGrowth[1])} in ${y1}, rounded to 0.01 points.`,
    ],
    [
      'macro.inflation',
      `${infl.slice(0, -1).map(pct).join(', ')} in ${y0}-${y0 + infl.length - 2}, ` +
        `${pct(infl[infl.length - 1]!)} from ${y0 + infl.length - 1}.`,
    ],
    [
      'macro.revenuePctGdp',
      `Linear from ${pct(P.revenuePctGdp[0])} of GDP in ${y0} to ${pct(P.revenuePctGdp[1])} in ` +
        `${P.fiscalPlateauYear}, flat after.`,
    ],
    [
      'macro.expenditurePctGdp',
      `Linear from ${pct(P.expenditurePctGdp[0])} of GDP in ${y0} to ${pct(P.expenditurePctGdp[1])} ` +
        `in ${P.fiscalPlateauYear}, flat after.`,
    ],
    [
      'macro.fxPerUsd',
      `${P.fxPerUsd2025} ${P.currency} per USD in ${y0}, then relative purchasing-power parity: ` +
        `fx[t] = fx[t-1] (1+pi[t]) / (1 + ${P.usInflation}) (US inflation), rounded to 0.01.`,
    ],
    [
      'macro.debtPctGdp',
      `${pct(P.debtPctGdp2025)} of GDP in ${y0}, then d[t] = d[t-1] / ((1+g[t]) (1+pi[t])) + ` +
        '(expenditure - revenue)[t].',
    ],
    [
      'povertyLine',
      `${pct(P.povertyLineShareOfGdpPerCapita)} of GDP per capita ${y0}, 3 significant figures; ` +
        'LCU per person per year.',
    ],
    [
      'minimumWage',
      `${pct(P.minimumWageShareOfMonthlyGdpPerCapita)} of monthly GDP per capita ${y0}, ` +
        '2 significant figures; LCU per month.',
    ],
    [
      'averageWage',
      `${pct(P.averageWageShareOfMonthlyGdpPerCapita)} of monthly GDP per capita ${y0}, ` +
        '3 significant figures; LCU per month.',
    ],
    [
      'rates.disability',
      `Severe disability: ${bandsText(P.disability)}; ${pct(disability2025)} of the ${y0} ` +
        'population, inside the 2.2%-3.8% range of the WHO/World Bank World Report on Disability (2011).',
    ],
    [
      'rates.orphanhood',
      `Lost at least one parent by age x: 1 - l_f(${P.motherAgeAtBirth}+x+0.5)/l_f(${P.motherAgeAtBirth}) ` +
        `x l_m(${P.fatherAgeAtBirth}+x+0.5)/l_m(${P.fatherAgeAtBirth - 0.75}), ${y0} model life tables, ` +
        'parents dying independently.',
    ],
    ['rates.poverty', `Share under the poverty line: ${bandsText(P.poverty)}.`],
    [
      'rates.pensionCoverage',
      `Already receiving a contributory pension: ${bandsText(P.pensionCoverage)}.`,
    ],
    [
      'rates.laborForceParticipation',
      `Women ${bandsText(lfp.female)}; men ${bandsText(lfp.male)}.`,
    ],
    ['rates.unemployment', `${bandsText(P.unemployment)}.`],
    [
      'rates.healthCoverage',
      `${pct(P.healthCoverage)} of the population at every age already covered for essential health care.`,
    ],
    [
      'spendingPctGdp',
      `Current public spending, share of GDP: children ${pct(sp.children)}, maternity ` +
        `${pct(sp.maternity)}, disability ${pct(sp.disability)}, old age ${pct(sp.oldAge)}, ` +
        `unemployment ${pct(sp.unemployment)}, health ${pct(sp.health)}.`,
    ],
    [
      'demography',
      `The rates the population was generated with, for projections: mx = the Siler death rates ` +
        `by single age and sex fitted to the e0 path, every ${P.demographyMxStep} years ` +
        `${demographyMxYears().join(', ')} (${P.demographyMxDigits} significant figures; ` +
        `log-linear in between); tfr = ${P.tfrFloor} + ${round(P.tfr[0] - P.tfrFloor, 4)} x ` +
        `(${round(P.tfr[1] - P.tfrFloor, 4)} / ${round(P.tfr[0] - P.tfrFloor, 4)})^((t - ${y0}) / ${y1 - y0}) ` +
        `every year (4 decimals); asfrPattern = the gamma pattern (mean age ${P.fertilityMeanAge}, sd ` +
        `${P.fertilitySd}) at ages 15-49; sexRatioAtBirth ${P.sexRatioAtBirth}; net emigration of ${migration} ` +
        `(${pct(P.migrationMaleShare)} men, a normal curve over ages ${P.migrationAges.join('-')} ` +
        `centred on ${P.migrationPeakAge}, sd ${P.migrationSd}) as migrationProfile. The rates of year t ` +
        'are those the generator applies from mid-year t.',
    ],
  ];
}

/** Refuses to write a country that breaks the design targets (README, "Checks"). */
function checkPlausible(s: TamboriaSummary, years: number[]): void {
  const [lo, hi] = P.populationRange;
  s.totals.forEach((t, i) => {
    if (t < lo || t > hi) throw new Error(`population ${years[i]} = ${t} is outside ${lo}-${hi}`);
  });
  const [ulo, uhi] = P.lowerMiddleIncomeUsd;
  if (s.gdpPerCapitaUsd2025 < ulo || s.gdpPerCapitaUsd2025 > uhi) {
    throw new Error(`GDP per capita 2025 USD ${s.gdpPerCapitaUsd2025} is not lower-middle income`);
  }
  const first = s.medianAges[0]!;
  const last = s.medianAges[s.medianAges.length - 1]!;
  if (!(last >= first + P.minMedianAgeRise)) {
    throw new Error(`median age rises only from ${first} to ${last}: the country must be ageing`);
  }
}

// ---------------------------------------------------------------------------------------------
// Writing: 2-space JSON with every list of numbers on one line (small, diff-friendly, stable)
// ---------------------------------------------------------------------------------------------

function isFlat(v: unknown[]): boolean {
  return v.every((x) => typeof x === 'number' || typeof x === 'string' || typeof x === 'boolean');
}

function serialize(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (isFlat(value)) return `[${value.map((x) => JSON.stringify(x)).join(', ')}]`;
    const inner = indent + '  ';
    return `[\n${value.map((x) => inner + serialize(x, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const inner = indent + '  ';
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${serialize(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** The exact text of country.json. */
export function serializeCountry(country: unknown): string {
  return serialize(country, '') + '\n';
}

export const OUTPUT_PATH = fileURLToPath(new URL('./country.json', import.meta.url));

function main(): void {
  const { country, summary } = buildTamboria();
  writeFileSync(OUTPUT_PATH, serializeCountry(country));
  const at = (year: number) => year - P.baseYear;
  const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
  console.log(`wrote ${OUTPUT_PATH}`);
  console.log(
    `population 2025 ${fmt(summary.totals[0]!)}, 2040 ${fmt(summary.totals[at(2040)]!)}, 2060 ${fmt(summary.totals[at(2060)]!)}`,
  );
  console.log(
    `median age 2025 ${summary.medianAges[0]!.toFixed(1)}, 2060 ${summary.medianAges[at(2060)]!.toFixed(1)}; ` +
      `intrinsic growth ${(100 * summary.intrinsicGrowthRate).toFixed(2)}% a year; ` +
      `GDP per capita 2025 USD ${fmt(summary.gdpPerCapitaUsd2025)}`,
  );
}

const invoked = process.argv[1];
if (invoked !== undefined && import.meta.url === pathToFileURL(invoked).href) main();
