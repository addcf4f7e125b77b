import { codedIssue } from '../messages';
import type { CountryData } from '../formats/country-schema';
import type { CountryDemography, DemographyVariant } from '../formats/demography-schema';
import { InputError, type Issue } from '../formats/issues';
import type { AssumptionPath } from '../formats/scenario-model';
import { fertilityPatternFromShares } from './fertility-model';
import { singleAgeMx } from './graduate-mx';
import { geometricBetween } from './interpolate-years';
import { LIFE_TABLE_AGES } from './life-table';
import { standardMigrationProfile, type MigrationProfile } from './migration-profile';
import {
  halfYearToJanuary,
  projectPopulation,
  type PopulationProjection,
  type YearRates,
} from './project-population';

/**
 * The population a scenario with a demographic variant is costed on (methodology 7.5): the country's
 * own mid-year population of the base year, half a year on to 1 January of the next year, then one
 * cohort-component step a year with the country's rates as the variant changes them. Mid-year
 * populations after the base year are the average of consecutive 1 January populations.
 */

/** Sex ratio at birth when the country gives none. */
export const DEFAULT_SEX_RATIO_AT_BIRTH = 1.05;

const AGES = LIFE_TABLE_AGES;

/** A path's value for year t > base year (the last value held); undefined for a missing path. */
export function pathAt(
  path: AssumptionPath | null,
  t: number,
  baseYear: number,
): number | undefined {
  if (path === null) return undefined;
  if (typeof path === 'number') return path;
  return path[Math.min(t - baseYear - 1, path.length - 1)];
}

/** Linear between the given years, the first value before them and the last after them. */
export function linearAt(years: readonly number[], values: readonly number[], t: number): number {
  const n = years.length;
  if (t <= years[0]!) return values[0]!;
  if (t >= years[n - 1]!) return values[n - 1]!;
  let k = 0;
  while (years[k + 1]! < t) k++;
  const w = (t - years[k]!) / (years[k + 1]! - years[k]!);
  return values[k]! + (values[k + 1]! - values[k]!) * w;
}

/** Death rates of year t by single age: the rows graduated, log-linear between their years. */
function mxAt(rows: readonly Float64Array[], years: readonly number[], t: number): Float64Array {
  const n = years.length;
  if (t <= years[0]!) return rows[0]!;
  if (t >= years[n - 1]!) return rows[n - 1]!;
  let k = 0;
  while (years[k + 1]! < t) k++;
  const w = (t - years[k]!) / (years[k + 1]! - years[k]!);
  const a = rows[k]!;
  const b = rows[k + 1]!;
  return a.map((v, x) => geometricBetween(v, b[x]!, w));
}

function scaledProfile(d: CountryDemography): MigrationProfile {
  const p = d.migrationProfile;
  if (!p) return standardMigrationProfile();
  const total = [...p.female, ...p.male].reduce((s, v) => s + v, 0);
  return {
    female: Float64Array.from(p.female, (v) => v / total),
    male: Float64Array.from(p.male, (v) => v / total),
  };
}

/** The identity variant: the country's own rates. */
export const NO_VARIANT: DemographyVariant = {
  project: true,
  tfr: null,
  tfrMultiplier: 1,
  mortalityImprovement: 0,
  netMigrationPerYear: null,
  netMigrationMultiplier: 1,
  sexRatioAtBirth: null,
};

/**
 * The rates of each calendar year from a country's demography block, changed by a variant in the
 * years after the base year: the TFR replaced or multiplied, every death rate times
 * (1 - improvement)^(t - baseYear), net migration replaced or multiplied.
 */
export function countryRates(
  d: CountryDemography,
  baseYear: number,
  variant: DemographyVariant = NO_VARIANT,
): (year: number) => YearRates {
  const starts = d.mx.ageStarts ?? Array.from({ length: AGES }, (_, i) => i);
  const female = d.mx.female.map((row) => singleAgeMx(starts, row));
  const male = d.mx.male.map((row) => singleAgeMx(starts, row));
  const pattern = fertilityPatternFromShares(
    d.asfrPattern,
    d.asfrPattern.length === 7 ? 'fiveYear' : 'single',
  );
  const profile = scaledProfile(d);
  const srb = variant.sexRatioAtBirth ?? d.sexRatioAtBirth ?? DEFAULT_SEX_RATIO_AT_BIRTH;
  return (t) => {
    const after = t > baseYear;
    let tfr = linearAt(d.tfr.years, d.tfr.values, t);
    let migrants = d.netMigration ? linearAt(d.netMigration.years, d.netMigration.values, t) : 0;
    let improvement = 1;
    if (after) {
      tfr = pathAt(variant.tfr, t, baseYear) ?? tfr * variant.tfrMultiplier;
      migrants =
        pathAt(variant.netMigrationPerYear, t, baseYear) ??
        migrants * variant.netMigrationMultiplier;
      improvement = Math.pow(1 - variant.mortalityImprovement, t - baseYear);
    }
    const mf = mxAt(female, d.mx.years, t);
    const mm = mxAt(male, d.mx.years, t);
    return {
      mxFemale: improvement === 1 ? mf : mf.map((v) => v * improvement),
      mxMale: improvement === 1 ? mm : mm.map((v) => v * improvement),
      asfr: pattern.map((s) => s * tfr),
      sexRatioAtBirth: srb,
      netMigrationFemale: profile.female.map((s) => s * migrants),
      netMigrationMale: profile.male.map((s) => s * migrants),
    };
  };
}

/** A country's population projected from its base year: mid-year by age and sex, and births. */
export interface CountryProjection {
  /** Base year .. last year. */
  years: number[];
  /** Mid-year persons by age 0..100 (the base year is the country's own). */
  female: number[][];
  male: number[][];
  /** Live births in each calendar year. */
  births: number[];
  /** The 1 January populations from base year + 1 to last year + 1, and the flows between them. */
  january: PopulationProjection;
}

/** Where the costing needs the projection to fail: every problem, located in the scenario file. */
export function projectionIssues(country: CountryData, countryPath: string): Issue[] {
  const issues: Issue[] = [];
  if (!country.demography) {
    issues.push(
      codedIssue('demography', 'demography.noRates', { country: country.code, at: countryPath }),
    );
  }
  if (!country.population.years.includes(country.baseYear)) {
    issues.push(
      codedIssue(`${countryPath}population.years`, 'demography.baseYear', {
        baseYear: country.baseYear,
      }),
    );
  }
  return issues;
}

/**
 * Projects a country's population from its base year to `lastYear` with its demography block and a
 * variant. Throws InputError when the country cannot be projected (see `projectionIssues`).
 */
export function projectCountry(
  country: CountryData,
  variant: DemographyVariant,
  lastYear: number,
  countryPath = '',
): CountryProjection {
  const issues = projectionIssues(country, countryPath);
  if (issues.length > 0) throw new InputError(issues);
  const d = country.demography!;
  const y0 = country.baseYear;
  const row = country.population.years.indexOf(y0);
  const mid = {
    female: Float64Array.from(country.population.female[row]!),
    male: Float64Array.from(country.population.male[row]!),
  };
  const rates = countryRates(d, y0, variant);
  const last = Math.max(lastYear, y0);
  const half = halfYearToJanuary(mid, rates(y0));
  // 1 January y0+1 .. last+1: the mid-year of year t is the mean of 1 January t and t+1.
  const january = projectPopulation(half, y0 + 1, last - y0, rates);
  const years = [y0];
  const female = [Array.from(mid.female)];
  const male = [Array.from(mid.male)];
  const ownBirths = country.births?.values[country.births.years.indexOf(y0)];
  // Births of the base year: the country's own, or twice those of its second half.
  const births = [ownBirths ?? 2 * half.births];
  for (let i = 0; i < last - y0; i++) {
    years.push(y0 + 1 + i);
    const f0 = january.female[i]!;
    const f1 = january.female[i + 1]!;
    const m0 = january.male[i]!;
    const m1 = january.male[i + 1]!;
    female.push(Array.from(f0, (v, a) => (v + f1[a]!) / 2));
    male.push(Array.from(m0, (v, a) => (v + m1[a]!) / 2));
    births.push(january.births[i]!);
  }
  return { years, female, male, births, january };
}

function describeVariant(v: DemographyVariant): string {
  const parts: string[] = [];
  if (v.tfr !== null) parts.push(`TFR ${JSON.stringify(v.tfr)}`);
  else if (v.tfrMultiplier !== 1) parts.push(`TFR x ${v.tfrMultiplier}`);
  if (v.mortalityImprovement !== 0)
    parts.push(`death rates falling ${v.mortalityImprovement * 100}% a year`);
  if (v.netMigrationPerYear !== null)
    parts.push(`net migration ${JSON.stringify(v.netMigrationPerYear)} a year`);
  else if (v.netMigrationMultiplier !== 1)
    parts.push(`net migration x ${v.netMigrationMultiplier}`);
  if (v.sexRatioAtBirth !== null) parts.push(`sex ratio at birth ${v.sexRatioAtBirth}`);
  return parts.length > 0 ? parts.join(', ') : "the country's own rates";
}

const projected = new WeakMap<CountryData, Map<string, CountryData>>();

/**
 * The country with its population and births replaced by the projection to `lastYear` (cached per
 * country object, variant and horizon, so batches of scenarios project once). Sources say so.
 */
export function withProjectedPopulation(
  country: CountryData,
  variant: DemographyVariant,
  lastYear: number,
  countryPath = '',
): CountryData {
  const key = `${lastYear} ${JSON.stringify(variant)}`;
  let byKey = projected.get(country);
  if (!byKey) {
    byKey = new Map();
    projected.set(country, byKey);
  }
  const cached = byKey.get(key);
  if (cached) return cached;
  const p = projectCountry(country, variant, lastYear, countryPath);
  const from = (country.sources ?? []).find((s) => s.field === 'population')?.source;
  const note = `cohort-component projection from the ${country.baseYear} population${from ? ` (${from})` : ''} with the country's demographic rates and ${describeVariant(variant)}; methodology section 7`;
  const sources = (country.sources ?? []).filter(
    (s) => s.field !== 'population' && s.field !== 'births',
  );
  const out: CountryData = {
    ...country,
    population: { years: p.years, female: p.female, male: p.male },
    births: { years: p.years, values: p.births },
    sources: [
      ...sources,
      { field: 'population', source: 'Projected by SPF Costing Studio', note, assumption: true },
      { field: 'births', source: 'Projected by SPF Costing Studio', note, assumption: true },
    ],
  };
  if (byKey.size > 50) byKey.clear();
  byKey.set(key, out);
  return out;
}

/**
 * The country a scenario is costed on: with a demographic variant that projects (`project` true),
 * the country with its projected population and births to the scenario's last year; otherwise the
 * country itself, untouched.
 */
export function countryForScenario(
  scenario: {
    country: string | CountryData;
    years: [number, number];
    demography?: DemographyVariant;
  },
  country: CountryData,
): CountryData {
  const v = scenario.demography;
  if (!v?.project) return country;
  const countryPath = typeof scenario.country === 'string' ? '' : 'country.';
  return withProjectedPopulation(country, v, scenario.years[1], countryPath);
}
