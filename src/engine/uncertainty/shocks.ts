import { CELLS, type CountryModel } from '../country/country-model';
import type { BenefitSpec, Coverage, Scenario } from '../formats/scenario-model';
import type { RateName } from '../vocabulary';

/** The demographic inputs; each moves the population between its low and high projected variants. */
export const DEMOGRAPHIC_INPUTS = ['fertility', 'mortality', 'migration'] as const;
export type DemographicInput = (typeof DEMOGRAPHIC_INPUTS)[number];

/**
 * One draw's (or one tornado end's) changes to the inputs, each at its neutral value when unchanged
 * (methodology 10.1). Shifts are added to a yearly rate after the base year; factors multiply.
 */
export interface Shocks {
  /** Added to real growth in every year after the base year (fraction). */
  growth: number;
  /** Added to inflation in every year after the base year (fraction). */
  inflation: number;
  /** Multiplies LCU per USD after the base year. */
  exchangeRate: number;
  /** Multiply each basis amount in every year. */
  povertyLine: number;
  minimumWage: number;
  averageWage: number;
  /** Multiply a country rate by age (results kept within 0..1). */
  rates: Partial<Record<RateName, number>>;
  /** Multiply a benefit's coverage ramp (kept within 0..1), by benefit id. */
  coverage: Record<string, number>;
  /** Multiply a benefit's level (share of its basis, or its fixed amount), by benefit id. */
  level: Record<string, number>;
  /** Multiplies every benefit's administration rate. */
  administration: number;
  /** Multiplies what every financing option yields. */
  financing: number;
  /**
   * Position between the central projection (0) and the low (-1) or high (+1) variant of each
   * demographic input; the population moves linearly with it (methodology 10.3).
   */
  demography: Record<DemographicInput, number>;
}

export function neutralShocks(): Shocks {
  return {
    growth: 0,
    inflation: 0,
    exchangeRate: 1,
    povertyLine: 1,
    minimumWage: 1,
    averageWage: 1,
    rates: {},
    coverage: {},
    level: {},
    administration: 1,
    financing: 1,
    demography: { fertility: 0, mortality: 0, migration: 0 },
  };
}

/** How the population and births of a demographic variant differ from the central projection. */
export interface PopulationDelta {
  population: Float64Array;
  births: Float64Array;
}

/** The low and high variants of each demographic input the scenario's country can project. */
export type DemographyDeltas = Partial<
  Record<DemographicInput, { low: PopulationDelta; high: PopulationDelta }>
>;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Take-up scaled by a factor, kept within 0..1: the ramp's values, or every year-by-year rate. */
export function scaleCoverage(c: Coverage, f: number): Coverage {
  const scaled: Coverage = { ...c, start: clamp01(c.start * f), full: clamp01(c.full * f) };
  if (c.byYear) scaled.byYear = c.byYear.map((p) => ({ year: p.year, rate: clamp01(p.rate * f) }));
  return scaled;
}

function shockBenefit(b: BenefitSpec, s: Shocks): BenefitSpec {
  const coverage = s.coverage[b.id] ?? 1;
  const level = s.level[b.id] ?? 1;
  if (coverage === 1 && level === 1 && s.administration === 1) return b;
  const fixed = b.benefit.basis === 'fixed';
  return {
    ...b,
    coverage: coverage === 1 ? b.coverage : scaleCoverage(b.coverage, coverage),
    adminRate: b.adminRate * s.administration,
    benefit: {
      ...b.benefit,
      share: fixed ? b.benefit.share : b.benefit.share * level,
      amount: fixed ? b.benefit.amount * level : b.benefit.amount,
    },
  };
}

/** The scenario with its benefit and financing inputs shocked (a shallow copy; the input is unchanged). */
export function shockScenario(scenario: Scenario, s: Shocks): Scenario {
  return {
    ...scenario,
    benefits: scenario.benefits.map((b) => shockBenefit(b, s)),
    financing:
      s.financing === 1
        ? scenario.financing
        : scenario.financing.map((o) => ({
            ...o,
            start: o.start * s.financing,
            full: o.full * s.financing,
          })),
  };
}

/** Cumulative factor on a level series when a yearly rate is raised by `shift` after the base year. */
function cumulativeFactor(rates: Float64Array, shift: number): Float64Array {
  const out = new Float64Array(rates.length);
  out[0] = 1;
  for (let k = 1; k < rates.length; k++) {
    out[k] = (out[k - 1]! * (1 + rates[k]! + shift)) / (1 + rates[k]!);
  }
  return out;
}

function scaled(series: Float64Array, by: (k: number) => number): Float64Array {
  const out = new Float64Array(series.length);
  for (let k = 0; k < series.length; k++) out[k] = series[k]! * by(k);
  return out;
}

type ShockedPopulation = Pick<CountryModel, 'population' | 'populationTotal' | 'births'>;
const scratch = new WeakMap<DemographyDeltas, ShockedPopulation>();

/**
 * The buffers a run's draws write their population into, one set per run (its `deltas`): a draw's
 * model only costs that draw (costWithValues) and is never kept, so the next draw may reuse them,
 * and 60 kB a draw are not allocated and collected.
 */
function scratchFor(deltas: DemographyDeltas, m: CountryModel): ShockedPopulation {
  let buffers = scratch.get(deltas);
  if (buffers?.population.length !== m.population.length) {
    buffers = {
      population: new Float64Array(m.population.length),
      births: new Float64Array(m.births.length),
      populationTotal: new Float64Array(m.n),
    };
    scratch.set(deltas, buffers);
  }
  return buffers;
}

/**
 * `out[i] = max(0, base[i] + w0 x d0[i] + w1 x d1[i] + w2 x d2[i])`, added in that order, in one pass
 * written out for the three variants at most (fertility, mortality, migration): a loop over the
 * terms inside costs three times as much. With
 * `totals`, the sum of each block of `CELLS` (a year's population).
 */
function moved(
  out: Float64Array,
  base: Float64Array,
  w: readonly number[],
  d: readonly Float64Array[],
  totals?: Float64Array,
): void {
  // Fewer than three variants: the first stands in with weight 0, adding exactly 0 (deltas are finite).
  const [w0, w1, w2] = [w[0]!, w[1] ?? 0, w[2] ?? 0];
  const [d0, d1, d2] = [d[0]!, d[1] ?? d[0]!, d[2] ?? d[0]!];
  const blocks = totals ? totals.length : 1;
  const size = totals ? CELLS : out.length;
  for (let k = 0, c = 0; k < blocks; k++) {
    let total = 0;
    for (const end = c + size; c < end; c++) {
      let v = base[c]! + w0 * d0[c]! + w1 * d1[c]! + w2 * d2[c]!;
      if (v < 0) v = 0;
      out[c] = v;
      total += v;
    }
    if (totals) totals[k] = total;
  }
}

/** Population and births moved along each demographic input's variants (never below zero). */
function shockPopulation(
  m: CountryModel,
  s: Shocks,
  deltas: DemographyDeltas,
): ShockedPopulation | null {
  const moves = DEMOGRAPHIC_INPUTS.filter((d) => s.demography[d] !== 0 && deltas[d]);
  if (moves.length === 0) return null;
  const variants = moves.map((d) => (s.demography[d] > 0 ? deltas[d]!.high : deltas[d]!.low));
  const weights = moves.map((d) => Math.abs(s.demography[d]));
  const out = scratchFor(deltas, m);
  moved(
    out.population,
    m.population,
    weights,
    variants.map((v) => v.population),
    out.populationTotal,
  );
  moved(
    out.births,
    m.births,
    weights,
    variants.map((v) => v.births),
  );
  return out;
}

function shockRates(m: CountryModel, s: Shocks): CountryModel['rates'] {
  const names = Object.keys(s.rates) as RateName[];
  if (names.every((r) => s.rates[r] === 1)) return m.rates;
  const rates = { ...m.rates };
  for (const r of names) {
    const f = s.rates[r]!;
    const from = m.rates[r];
    const to = new Float64Array(from.length);
    for (let c = 0; c < from.length; c++) to[c] = clamp01(from[c]! * f);
    rates[r] = to;
  }
  return rates;
}

/**
 * The country model with its macro, basis, rate and population inputs shocked (methodology 10.1).
 * Growth and inflation shifts compound from the base year: GDP, prices, wages and the poverty line
 * move with them, and the exchange rate with prices (purchasing-power parity). Unchanged series are
 * shared with `m`, which is never written to.
 */
export function shockModel(m: CountryModel, s: Shocks, deltas: DemographyDeltas): CountryModel {
  const pop = shockPopulation(m, s, deltas);
  const unchangedSeries =
    !pop &&
    s.growth === 0 &&
    s.inflation === 0 &&
    s.exchangeRate === 1 &&
    s.povertyLine === 1 &&
    s.minimumWage === 1 &&
    s.averageWage === 1;
  if (unchangedSeries) return { ...m, rates: shockRates(m, s) };
  const real = cumulativeFactor(m.realGrowth, s.growth);
  const prices = cumulativeFactor(m.inflation, s.inflation);
  const gdp = scaled(m.gdp, (k) => real[k]! * prices[k]!);
  const populationTotal = pop?.populationTotal ?? m.populationTotal;
  const gdpPerCapita = new Float64Array(m.n);
  for (let k = 0; k < m.n; k++) gdpPerCapita[k] = gdp[k]! / populationTotal[k]!;
  const wageIndex = scaled(gdpPerCapita, () => 1 / gdpPerCapita[0]!);
  // Wages follow GDP per head: the shocked index over the central one.
  const wageMove = (k: number) => wageIndex[k]! / m.wageIndex[k]!;
  return {
    ...m,
    ...(pop ?? {}),
    realGrowth: m.realGrowth.map((g, k) => (k > 0 ? g + s.growth : g)),
    inflation: m.inflation.map((p, k) => (k > 0 ? p + s.inflation : p)),
    gdp,
    priceIndex: scaled(m.priceIndex, (k) => prices[k]!),
    gdpPerCapita,
    wageIndex,
    povertyLine: scaled(m.povertyLine, (k) => prices[k]! * s.povertyLine),
    minimumWage: scaled(m.minimumWage, (k) => wageMove(k) * s.minimumWage),
    averageWage: scaled(m.averageWage, (k) => wageMove(k) * s.averageWage),
    fxPerUsd: scaled(m.fxPerUsd, (k) => (k > 0 ? prices[k]! * s.exchangeRate : 1)),
    rates: shockRates(m, s),
  };
}
