/**
 * Pure helpers of the Country page: age groups, population totals, the median age, the pyramid's data,
 * where each macro value comes from, and rates by age laid out as rows. No React, no DOM: unit-tested
 * in test/renderer/country-helpers.test.ts.
 */
import {
  MAX_RATIO_TO_GDP,
  missingRateEffect as engineMissingRateEffect,
  RATE_NAMES as ENGINE_RATE_NAMES,
  type AgeRate,
  type Assumptions,
  type CountryData,
  type RateName,
  type RateSpec,
} from '#engine';

export type { RateName };

/** Ages 0..99 and 100 (which stands for "100 and over"): 101 values per sex and year. */
export const AGE_COUNT = 101;
export const OLDEST = 100;

export interface AgeGroup {
  from: number;
  /** Inclusive; 100 means "100 and over". */
  to: number;
  /** "0-4", "95-99", "100+" or, for single ages, "7". */
  label: string;
}

/**
 * Age groups of `step` years from 0, the last one open: step 5 gives 0-4, 5-9, ..., 95-99, 100+
 * (21 groups); step 1 gives single ages 0..99 and 100+.
 */
export function ageGroups(step: number): AgeGroup[] {
  const out: AgeGroup[] = [];
  for (let from = 0; from < OLDEST; from += step) {
    const to = Math.min(from + step - 1, OLDEST - 1);
    out.push({ from, to, label: from === to ? String(from) : `${from}-${to}` });
  }
  out.push({ from: OLDEST, to: OLDEST, label: `${OLDEST}+` });
  return out;
}

/** Sums single-age values into the groups of `ageGroups(step)`. */
export function groupByAge(values: readonly number[], step: number): number[] {
  return ageGroups(step).map((g) => sumAges(values, g.from, g.to));
}

/** Sum of values at ages from..to, both included. */
export function sumAges(values: readonly number[], from: number, to: number): number {
  let s = 0;
  for (let a = from; a <= to; a++) s += values[a] ?? 0;
  return s;
}

/** The population of one year by single age and sex, or null when the file does not cover it. */
export function populationOf(
  country: CountryData,
  year: number,
): { female: number[]; male: number[] } | null {
  const i = country.population.years.indexOf(year);
  if (i < 0) return null;
  const female = country.population.female[i];
  const male = country.population.male[i];
  return female && male ? { female, male } : null;
}

/**
 * Median age in years, interpolated within the single year of age where half the population is
 * reached: each age a is the interval [a, a+1), so with cumulative population C(a) before age a and
 * P(a) at age a, median = a + (T/2 - C(a)) / P(a). The open group 100+ is treated as [100, 101).
 * Returns NaN for an empty population.
 */
export function medianAge(female: readonly number[], male: readonly number[]): number {
  const both = Array.from({ length: AGE_COUNT }, (_, a) => (female[a] ?? 0) + (male[a] ?? 0));
  const total = both.reduce((s, v) => s + v, 0);
  if (!(total > 0)) return Number.NaN;
  const half = total / 2;
  let before = 0;
  for (let a = 0; a < AGE_COUNT; a++) {
    const p = both[a]!;
    if (p > 0 && before + p >= half) return a + (half - before) / p;
    before += p;
  }
  return OLDEST + 1;
}

export interface PopulationSummary {
  total: number;
  female: number;
  male: number;
  /** Fractions of the total. */
  share0to14: number;
  share15to64: number;
  share65plus: number;
  medianAge: number;
}

/** Totals of one year: persons, the shares of the three broad age groups, the median age. */
export function populationSummary(
  female: readonly number[],
  male: readonly number[],
): PopulationSummary {
  const f = sumAges(female, 0, OLDEST);
  const m = sumAges(male, 0, OLDEST);
  const total = f + m;
  const part = (from: number, to: number) =>
    total > 0 ? (sumAges(female, from, to) + sumAges(male, from, to)) / total : Number.NaN;
  return {
    total,
    female: f,
    male: m,
    share0to14: part(0, 14),
    share15to64: part(15, 64),
    share65plus: part(65, OLDEST),
    medianAge: medianAge(female, male),
  };
}

export interface PyramidRow {
  label: string;
  female: number;
  male: number;
}

/** Rows of the pyramid, youngest first: persons by age group and sex. */
export function pyramidRows(
  female: readonly number[],
  male: readonly number[],
  step: number,
): PyramidRow[] {
  const f = groupByAge(female, step);
  const m = groupByAge(male, step);
  return ageGroups(step).map((g, i) => ({ label: g.label, female: f[i]!, male: m[i]! }));
}

/** The macro series of a country file that the page shows and edits. */
export const MACRO_SERIES = [
  'gdp',
  'realGrowth',
  'inflation',
  'revenuePctGdp',
  'expenditurePctGdp',
  'fxPerUsd',
  'debtPctGdp',
  'povertyLine',
  'minimumWage',
  'averageWage',
] as const;
export type MacroSeries = (typeof MACRO_SERIES)[number];

export interface SeriesRule {
  /** Shown value = stored value x scale (100 shows a fraction as a percentage). */
  scale: number;
  digits: number;
  /** Limits in the shown unit; `minExclusive` means the value must be above `min`. */
  min: number;
  minExclusive: boolean;
  max?: number;
  /** Which unit the page writes next to it. */
  unit: 'lcuYear' | 'percent' | 'pctGdp' | 'lcuPerUsd' | 'lcuPersonYear' | 'lcuMonth';
}

/** Units and limits of each macro series, as the spf.country/1 schema checks them. */
export const SERIES_RULES: Record<MacroSeries, SeriesRule> = {
  gdp: { scale: 1, digits: 0, min: 0, minExclusive: true, unit: 'lcuYear' },
  realGrowth: { scale: 100, digits: 2, min: -100, minExclusive: true, max: 1000, unit: 'percent' },
  inflation: { scale: 100, digits: 2, min: -100, minExclusive: true, max: 1000, unit: 'percent' },
  // Up to 200% of GDP, as the country format allows (Kiribati spends 107% of its GDP).
  revenuePctGdp: {
    scale: 100,
    digits: 2,
    min: 0,
    minExclusive: false,
    max: MAX_RATIO_TO_GDP * 100,
    unit: 'pctGdp',
  },
  expenditurePctGdp: {
    scale: 100,
    digits: 2,
    min: 0,
    minExclusive: false,
    max: MAX_RATIO_TO_GDP * 100,
    unit: 'pctGdp',
  },
  fxPerUsd: { scale: 1, digits: 2, min: 0, minExclusive: true, unit: 'lcuPerUsd' },
  debtPctGdp: { scale: 100, digits: 2, min: 0, minExclusive: false, unit: 'pctGdp' },
  povertyLine: { scale: 1, digits: 0, min: 0, minExclusive: true, unit: 'lcuPersonYear' },
  minimumWage: { scale: 1, digits: 0, min: 0, minExclusive: true, unit: 'lcuMonth' },
  averageWage: { scale: 1, digits: 0, min: 0, minExclusive: true, unit: 'lcuMonth' },
};

/** What is wrong with a shown value, or null when it is allowed. */
export type RangeProblem =
  | { kind: 'above'; limit: number }
  | { kind: 'atLeast'; limit: number }
  | { kind: 'atMost'; limit: number };

export function checkRange(
  shown: number,
  rule: Pick<SeriesRule, 'min' | 'minExclusive' | 'max'>,
): RangeProblem | null {
  if (rule.minExclusive && !(shown > rule.min)) return { kind: 'above', limit: rule.min };
  if (!rule.minExclusive && shown < rule.min) return { kind: 'atLeast', limit: rule.min };
  if (rule.max !== undefined && shown > rule.max) return { kind: 'atMost', limit: rule.max };
  return null;
}

/** The macro series the country file gives, in display order. */
export function presentSeries(country: CountryData): MacroSeries[] {
  return MACRO_SERIES.filter((k) => Array.isArray(country.macro[k]));
}

export type YearOrigin = 'observed' | 'extended' | 'assumption';

/**
 * Where the value of a macro path in year `t` comes from: the country file (observed), the extension
 * rules of methodology 1.1 (past the file's last year), or the scenario's assumption (1.2: after the
 * base year; GDP is rebuilt when growth or inflation is overridden).
 */
export function yearOrigin(
  series: 'gdp' | 'realGrowth' | 'inflation' | 'revenuePctGdp' | 'expenditurePctGdp' | 'fxPerUsd',
  year: number,
  country: CountryData,
  assumptions: Assumptions,
): YearOrigin {
  if (year > country.baseYear) {
    const overridden =
      series === 'gdp'
        ? assumptions.realGrowth !== undefined || assumptions.inflation !== undefined
        : assumptions[series] !== undefined;
    if (overridden) return 'assumption';
  }
  const years = country.macro.years;
  return year >= years[0]! && year <= years[years.length - 1]! ? 'observed' : 'extended';
}

/** Where each of the engine's rates comes on the page: poverty and coverage first. */
const RATE_PAGE_ORDER: Record<RateName, number> = {
  poverty: 0,
  pensionCoverage: 1,
  healthCoverage: 2,
  disability: 3,
  orphanhood: 4,
  unemployment: 5,
  laborForceParticipation: 6,
};

export const RATE_NAMES: readonly RateName[] = [...ENGINE_RATE_NAMES].sort(
  (a, b) => RATE_PAGE_ORDER[a] - RATE_PAGE_ORDER[b],
);

/** One editable row of a rate: the ages it covers and the path of its value inside the rate. */
export interface RateRow {
  from: number;
  to: number;
  /** Fraction. */
  value: number;
  /** Path inside the age rate: [] for one number, [i] for age i, [i, 2] for band i's rate. */
  path: number[];
}

/** Lays out a rate by age (one number, 101 numbers or bands) as rows of ages and a value. */
export function rateRows(rate: AgeRate): RateRow[] {
  if (typeof rate === 'number') return [{ from: 0, to: OLDEST, value: rate, path: [] }];
  if (rate.length > 0 && rate.every((v) => typeof v === 'number')) {
    return rate.map((value, i) => ({ from: i, to: i, value, path: [i] }));
  }
  return (rate as [number, number, number][])
    .map(([from, to, value], i) => ({ from, to, value, path: [i, 2] }))
    .sort((a, b) => a.from - b.from);
}

/** The rate's parts: one table for both sexes, or one for women and one for men. */
export function rateParts(spec: RateSpec): { sex: 'all' | 'female' | 'male'; rate: AgeRate }[] {
  if (typeof spec === 'object' && !Array.isArray(spec)) {
    return [
      { sex: 'female', rate: spec.female },
      { sex: 'male', rate: spec.male },
    ];
  }
  return [{ sex: 'all', rate: spec }];
}

/** Sets one value of a rate in place (the recipe of an edit); returns the new rate when it is a number. */
export function setRateValue(
  rates: NonNullable<CountryData['rates']>,
  name: RateName,
  sex: 'all' | 'female' | 'male',
  path: number[],
  value: number,
): void {
  const spec = rates[name];
  if (spec === undefined) return;
  if (sex === 'all') {
    if (path.length === 0) rates[name] = value;
    else setIn(spec as AgeRate, path, value);
    return;
  }
  const split = spec as { female: AgeRate; male: AgeRate };
  if (path.length === 0) split[sex] = value;
  else setIn(split[sex], path, value);
}

function setIn(rate: AgeRate, path: number[], value: number): void {
  if (!Array.isArray(rate)) return;
  if (path.length === 1) (rate as number[])[path[0]!] = value;
  else {
    const band = (rate as [number, number, number][])[path[0]!];
    if (band) band[2] = value;
  }
}

/** "0-14", "65+", "all ages": how a row's ages read in a table. */
export function agesLabel(from: number, to: number): string {
  if (from === 0 && to === OLDEST) return '0-100+';
  if (to === OLDEST) return `${from}+`;
  return from === to ? String(from) : `${from}-${to}`;
}

export type CountrySourceEntry = NonNullable<CountryData['sources']>[number];

/** The source listed for a field, or for the nearest enclosing field ("macro" covers "macro.gdp"). */
export function sourceOf(country: CountryData, field: string): CountrySourceEntry | undefined {
  let best: CountrySourceEntry | undefined;
  for (const s of country.sources ?? []) {
    if (field === s.field || field.startsWith(`${s.field}.`)) {
      if (!best || s.field.length > best.field.length) best = s;
    }
  }
  return best;
}

/** Consecutive years with the same origin: [{origin: 'observed', from: 2025, to: 2060}, ...]. */
export function originSpans(
  years: readonly number[],
  origins: readonly YearOrigin[],
): { origin: YearOrigin; from: number; to: number }[] {
  const out: { origin: YearOrigin; from: number; to: number }[] = [];
  years.forEach((year, i) => {
    const origin = origins[i]!;
    const lastSpan = out[out.length - 1];
    if (lastSpan && lastSpan.origin === origin && lastSpan.to === year - 1) lastSpan.to = year;
    else out.push({ origin, from: year, to: year });
  });
  return out;
}

/**
 * A field path of a country file in plain words, for people who do not read JSON paths:
 * "population.female[3]" becomes ["Population", "women", "no. 4"] with the words given by `word`
 * (undefined keeps the key as written). List positions count from 1.
 */
export function pathInWords(path: string, word: (key: string) => string | undefined): string[] {
  if (path === '') return [];
  const parts = path.split(/\.|(?=\[)/).filter((p) => p !== '');
  return parts.map((p) => {
    const index = /^\[(\d+)\]$/.exec(p);
    if (index) return `#${Number(index[1]) + 1}`;
    return word(p) ?? p;
  });
}

/**
 * The sources that describe a field: its own (or its nearest enclosing field's), else those of the
 * fields inside it, so that "spendingPctGdp" shows the WHO source given for "spendingPctGdp.health".
 */
export function sourcesFor(country: CountryData, field: string): CountrySourceEntry[] {
  const own = sourceOf(country, field);
  if (own) return [own];
  return (country.sources ?? []).filter((s) => s.field.startsWith(`${field}.`));
}

/**
 * What the costing does when a rate is missing, as the engine's checks do it: a health benefit counts
 * everyone as not yet covered and warns; every other rate stops the benefits that need it.
 */
export function missingRateEffect(name: RateName): 'warns' | 'refuses' {
  return engineMissingRateEffect(name) === 'warn' ? 'warns' : 'refuses';
}

/** The country's long-run assumptions the page edits (methodology 1.1), in display order. */
export const LONG_RUN_KEYS = [
  'realGrowth',
  'inflation',
  'revenuePctGdp',
  'expenditurePctGdp',
  'usdInflation',
] as const;
export type LongRunKey = (typeof LONG_RUN_KEYS)[number];

/** Units and limits of each long-run assumption, as the schema checks them. */
export const LONG_RUN_RULES: Record<LongRunKey, SeriesRule> = {
  realGrowth: SERIES_RULES.realGrowth,
  inflation: SERIES_RULES.inflation,
  revenuePctGdp: SERIES_RULES.revenuePctGdp,
  expenditurePctGdp: SERIES_RULES.expenditurePctGdp,
  usdInflation: SERIES_RULES.inflation,
};

/**
 * The value used after the last macro year when the long-run assumption is left empty: the last
 * observed value (held), or for US dollar inflation none (the exchange rate is then held).
 */
export function heldLongRunValue(country: CountryData, key: LongRunKey): number | undefined {
  if (key === 'usdInflation') return undefined;
  return country.macro[key].at(-1);
}

/** The last year of the country's macro data: the long-run assumptions apply after it. */
export function lastMacroYear(country: CountryData): number {
  return country.macro.years[country.macro.years.length - 1]!;
}
