import type { CountryData } from '../formats/country-schema';
import { AGES, resolveRate } from '../formats/rate-spec';
import type { AssumptionPath, Assumptions } from '../formats/scenario-model';
import { chosenPovertyLine } from './poverty-lines';
import { RATE_NAMES, type PovertyLineId, type RateName } from '../vocabulary';

/**
 * US dollar inflation the country builder states in `longRun.usdInflation` (about the Federal
 * Reserve's 2% target). With it the exchange rate moves with relative inflation after the last macro
 * year; a file that states none keeps the earlier rule, the last rate held (methodology 1.1).
 */
export const DEFAULT_USD_INFLATION = 0.02;

/** Number of (sex, age) cells per year: female ages 0..100 then male ages 0..100. */
export const CELLS = 2 * AGES;
export const FEMALE = 0;
export const MALE = AGES;

/**
 * The country over the projection years `baseYear .. lastYear`, every series extended by the rules of
 * methodology section 1 and every rate resolved to 202 (sex, age) cells. Index k is `year - baseYear`.
 */
export interface CountryModel {
  code: string;
  name: string;
  currency: string;
  baseYear: number;
  lastYear: number;
  n: number;
  /** Persons, `n * 202`: year k, cell c at `k * 202 + c`. */
  population: Float64Array;
  populationTotal: Float64Array;
  /** Live births; NaN where the data do not cover the year. */
  births: Float64Array;
  gdp: Float64Array;
  realGrowth: Float64Array;
  inflation: Float64Array;
  priceIndex: Float64Array;
  wageIndex: Float64Array;
  gdpPerCapita: Float64Array;
  /** LCU per person per year: the amount of the line the scenario uses (`povertyLineId`). */
  povertyLine: Float64Array;
  /** The country's poverty line whose amount and headcount (`rates.poverty`) are used; null: none. */
  povertyLineId: PovertyLineId | null;
  /**
   * US dollar inflation that moves the exchange rate after the last macro year (fraction a year), or
   * null when the file states none and the last rate is held.
   */
  usdInflation: number | null;
  /** LCU per month. */
  minimumWage: Float64Array;
  averageWage: Float64Array;
  revenuePctGdp: Float64Array;
  expenditurePctGdp: Float64Array;
  fxPerUsd: Float64Array;
  debtPctGdp: Float64Array;
  rates: Record<RateName, Float64Array>;
  /** Which rates the country file gives (the others resolve to a documented default). */
  ratesGiven: Set<RateName>;
  /** Last year each macro input was observed rather than extended by rule or assumption. */
  observedUntil: Record<string, number>;
}

/** The assumption's value for year `t` (> base year), or undefined when it gives none. */
function assumptionAt(
  path: AssumptionPath | undefined,
  t: number,
  baseYear: number,
): number | undefined {
  if (path === undefined) return undefined;
  if (typeof path === 'number') return path;
  const j = Math.min(t - baseYear - 1, path.length - 1);
  return path[j];
}

/** Observed value of a series aligned with `years` for year t, or the last value past its end. */
function heldValue(years: readonly number[], values: readonly number[], t: number): number {
  const i = Math.min(Math.max(t - years[0]!, 0), values.length - 1);
  return values[i]!;
}

interface Demography {
  population: Float64Array;
  populationTotal: Float64Array;
  births: Float64Array;
  rates: Record<RateName, Float64Array>;
  ratesGiven: Set<RateName>;
}

/**
 * Population, births and rates do not depend on the scenario, so they are laid out once per country
 * object and horizon. Country data are treated as immutable: edits make a new object.
 */
const demographyCache = new WeakMap<CountryData, Map<number, Demography>>();

function layOutDemography(country: CountryData, lastYear: number): Demography {
  const y0 = country.baseYear;
  const n = lastYear - y0 + 1;
  const population = new Float64Array(n * CELLS);
  const populationTotal = new Float64Array(n);
  const births = new Float64Array(n).fill(Number.NaN);
  const pop = country.population;
  for (let k = 0; k < n; k++) {
    const row = y0 + k - pop.years[0]!;
    const female = pop.female[row];
    const male = pop.male[row];
    if (!female || !male) {
      populationTotal[k] = Number.NaN;
      continue;
    }
    let total = 0;
    const base = k * CELLS;
    for (let a = 0; a < AGES; a++) {
      const f = female[a]!;
      const m = male[a]!;
      population[base + FEMALE + a] = f;
      population[base + MALE + a] = m;
      total += f + m;
    }
    populationTotal[k] = total;
  }
  if (country.births) {
    const b = country.births;
    for (let k = 0; k < n; k++) {
      const i = y0 + k - b.years[0]!;
      if (i >= 0 && i < b.values.length) births[k] = b.values[i]!;
    }
  }
  const given = country.rates ?? {};
  const rates = {} as Record<RateName, Float64Array>;
  const ratesGiven = new Set<RateName>();
  for (const name of RATE_NAMES) {
    const spec = given[name];
    if (spec !== undefined) ratesGiven.add(name);
    rates[name] = resolveRate(spec, 0);
  }
  return { population, populationTotal, births, rates, ratesGiven };
}

function demography(country: CountryData, lastYear: number): Demography {
  let byYear = demographyCache.get(country);
  if (!byYear) {
    byYear = new Map();
    demographyCache.set(country, byYear);
  }
  let d = byYear.get(lastYear);
  if (!d) {
    d = layOutDemography(country, lastYear);
    byYear.set(lastYear, d);
  }
  return d;
}

/**
 * Builds the country model for `baseYear .. lastYear`. The population must cover every one of those
 * years (checked before by checkScenarioAgainstCountry); births may have gaps (NaN).
 */
export function buildCountryModel(
  country: CountryData,
  lastYear: number,
  assumptions: Assumptions = {},
): CountryModel {
  const y0 = country.baseYear;
  const n = lastYear - y0 + 1;
  const { population, populationTotal, births, rates, ratesGiven } = demography(country, lastYear);

  const m = country.macro;
  const lastObserved = m.years[m.years.length - 1]!;
  const observed = (t: number) => t <= lastObserved && t >= m.years[0]!;
  const longRun = country.longRun ?? {};
  const usdInflation = longRun.usdInflation ?? null;
  // After the data: the country's long-run assumption where it states one, else the last value held.
  const dataOrLongRun = (series: readonly number[], longRunValue: number | undefined, t: number) =>
    t > lastObserved && longRunValue !== undefined ? longRunValue : heldValue(m.years, series, t);
  const realGrowth = new Float64Array(n);
  const inflation = new Float64Array(n);
  const gdp = new Float64Array(n);
  const priceIndex = new Float64Array(n);
  const revenuePctGdp = new Float64Array(n);
  const expenditurePctGdp = new Float64Array(n);
  const fxPerUsd = new Float64Array(n);
  const debtPctGdp = new Float64Array(n);
  // An override of growth or inflation rebuilds GDP from the base year (methodology section 1).
  const rebuildGdp = assumptions.realGrowth !== undefined || assumptions.inflation !== undefined;
  for (let k = 0; k < n; k++) {
    const t = y0 + k;
    const after = k > 0;
    const scenarioValue = (path: AssumptionPath | undefined) =>
      after ? assumptionAt(path, t, y0) : undefined;
    realGrowth[k] =
      scenarioValue(assumptions.realGrowth) ?? dataOrLongRun(m.realGrowth, longRun.realGrowth, t);
    inflation[k] =
      scenarioValue(assumptions.inflation) ?? dataOrLongRun(m.inflation, longRun.inflation, t);
    revenuePctGdp[k] =
      scenarioValue(assumptions.revenuePctGdp) ??
      dataOrLongRun(m.revenuePctGdp, longRun.revenuePctGdp, t);
    expenditurePctGdp[k] =
      scenarioValue(assumptions.expenditurePctGdp) ??
      dataOrLongRun(m.expenditurePctGdp, longRun.expenditurePctGdp, t);
    // Past the data the exchange rate keeps purchasing-power parity: it moves with the gap between
    // domestic and US inflation, so USD results do not drift with domestic prices.
    fxPerUsd[k] =
      scenarioValue(assumptions.fxPerUsd) ??
      (after && t > lastObserved && usdInflation !== null
        ? (fxPerUsd[k - 1]! * (1 + inflation[k]!)) / (1 + usdInflation)
        : heldValue(m.years, m.fxPerUsd, t));
    debtPctGdp[k] = m.debtPctGdp ? heldValue(m.years, m.debtPctGdp, t) : Number.NaN;
    if (k === 0) {
      gdp[k] = heldValue(m.years, m.gdp, t);
      priceIndex[k] = 1;
    } else {
      gdp[k] =
        !rebuildGdp && observed(t)
          ? heldValue(m.years, m.gdp, t)
          : gdp[k - 1]! * (1 + realGrowth[k]!) * (1 + inflation[k]!);
      priceIndex[k] = priceIndex[k - 1]! * (1 + inflation[k]!);
    }
  }

  const gdpPerCapita = new Float64Array(n);
  const wageIndex = new Float64Array(n);
  for (let k = 0; k < n; k++) gdpPerCapita[k] = gdp[k]! / populationTotal[k]!;
  for (let k = 0; k < n; k++) wageIndex[k] = gdpPerCapita[k]! / gdpPerCapita[0]!;

  // An own series is used where observed; past its end the value moves with its index from the last one.
  const ownOrIndexed = (
    series: number[] | undefined,
    baseValue: number | undefined,
    index: Float64Array,
  ): Float64Array => {
    const out = new Float64Array(n);
    if (series) {
      for (let k = 0; k < n; k++) {
        const t = y0 + k;
        if (observed(t)) out[k] = heldValue(m.years, series, t);
        else {
          const kLast = lastObserved - y0;
          out[k] = heldValue(m.years, series, lastObserved) * (index[k]! / index[kLast]!);
        }
      }
      return out;
    }
    for (let k = 0; k < n; k++) out[k] = (baseValue ?? Number.NaN) * index[k]!;
    return out;
  };
  // The amount and the headcount come from the same line (the scenario's choice); an own series of
  // the poverty line is the national line's.
  const line = chosenPovertyLine(country, assumptions.povertyLine);
  const ownLineSeries = line?.id === 'national' ? m.povertyLine : undefined;
  const povertyLine = ownOrIndexed(ownLineSeries, line?.amount, priceIndex);
  const povertyRates = { ...rates, poverty: resolveRate(line?.headcount, 0) };
  const povertyRatesGiven = new Set(ratesGiven);
  if (line?.headcount !== undefined) povertyRatesGiven.add('poverty');
  else povertyRatesGiven.delete('poverty');
  const minimumWage = ownOrIndexed(m.minimumWage, country.minimumWage, wageIndex);
  const averageWage = ownOrIndexed(m.averageWage, country.averageWage, wageIndex);

  const observedUntil: Record<string, number> = {
    gdp: rebuildGdp ? y0 : lastObserved,
    realGrowth: assumptions.realGrowth !== undefined ? y0 : lastObserved,
    inflation: assumptions.inflation !== undefined ? y0 : lastObserved,
    revenuePctGdp: assumptions.revenuePctGdp !== undefined ? y0 : lastObserved,
    expenditurePctGdp: assumptions.expenditurePctGdp !== undefined ? y0 : lastObserved,
    fxPerUsd: assumptions.fxPerUsd !== undefined ? y0 : lastObserved,
    povertyLine: ownLineSeries ? lastObserved : y0,
    minimumWage: m.minimumWage ? lastObserved : y0,
    averageWage: m.averageWage ? lastObserved : y0,
  };

  return {
    code: country.code,
    name: country.name,
    currency: country.currency,
    baseYear: y0,
    lastYear,
    n,
    population,
    populationTotal,
    births,
    gdp,
    realGrowth,
    inflation,
    priceIndex,
    wageIndex,
    gdpPerCapita,
    povertyLine,
    povertyLineId: line?.id ?? null,
    usdInflation,
    minimumWage,
    averageWage,
    revenuePctGdp,
    expenditurePctGdp,
    fxPerUsd,
    debtPctGdp,
    rates: povertyRates,
    ratesGiven: povertyRatesGiven,
    observedUntil,
  };
}

/** Years in `from..to` that a yearly series aligned with `years` does not cover. */
export function missingYears(years: readonly number[], from: number, to: number): number[] {
  const first = years[0];
  const last = years[years.length - 1];
  const out: number[] = [];
  for (let t = from; t <= to; t++) {
    if (first === undefined || last === undefined || t < first || t > last) out.push(t);
  }
  return out;
}

/** "2051-2060" or "2031, 2033" for a list of years. */
export function describeYears(years: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < years.length) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
    parts.push(i === j ? String(years[i]) : `${years[i]}-${years[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}
