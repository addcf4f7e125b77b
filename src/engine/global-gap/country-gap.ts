/**
 * One country's financing gap by the ILO's method (methodology section 12): the package costed for
 * one year on the country, and per spending function max(0, cost − current public spending), summed.
 */
import { costPackage, prepareRun } from '../costing/run-scenario';
import { incomeGroupOf } from '../country/income-group';
import type { CountryData } from '../formats/country-schema';
import type { Scenario } from '../formats/scenario-model';
import { SPENDING_FUNCTIONS, type SpendingFunctionName } from '../vocabulary';
import type { CountryGap, FunctionGap } from './types';

/** A country of the run, with what the aggregates need that the country file does not hold. */
export interface GapCountryInput {
  iso3: string;
  name: string;
  /** UN region (e.g. "Africa"). */
  region: string;
  country: CountryData;
}

/**
 * The package for one year only, with no phase-in: the ILO's gap is the cost of universal coverage
 * now, so every coverage ramp is set to its full value from that year.
 */
export function packageForYear(scenario: Scenario, year: number): Scenario {
  return {
    ...scenario,
    years: [year, year],
    benefits: scenario.benefits.map((b) => ({
      ...b,
      coverage: { startYear: year, start: b.coverage.full, fullYear: year, full: b.coverage.full },
    })),
    // The gap is set against current spending, not against new financing: options are left out.
    financing: [],
    crisis: [],
  };
}

/** Current public spending on a function, fraction of GDP, and whether the data give it. */
function currentSpending(
  scenario: Scenario,
  country: CountryData,
  fn: SpendingFunctionName,
): { pctGdp: number; known: boolean } {
  const given = scenario.fiscal.currentSpendingPctGdp[fn] ?? country.spendingPctGdp?.[fn];
  // Unknown spending counts as none, as the ILO's method does for a function without a programme:
  // the gap is then the whole cost (methodology 12.1).
  return given === undefined ? { pctGdp: 0, known: false } : { pctGdp: given, known: true };
}

interface FunctionCosts {
  byFunction: Partial<Record<SpendingFunctionName, FunctionGap>>;
  spendingUnknown: SpendingFunctionName[];
  /** Cost of benefits counted toward no function (custom benefits), fraction of GDP: all of it a gap. */
  unassignedPctGdp: number;
}

function functionCosts(
  scenario: Scenario,
  country: CountryData,
  pctGdpOf: ReadonlyMap<string, number>,
): FunctionCosts {
  const out: FunctionCosts = { byFunction: {}, spendingUnknown: [], unassignedPctGdp: 0 };
  const enabled = scenario.benefits.filter((b) => b.enabled);
  for (const b of enabled) if (b.function === null) out.unassignedPctGdp += pctGdpOf.get(b.id) ?? 0;
  for (const fn of SPENDING_FUNCTIONS) {
    const ofFn = enabled.filter((b) => b.function === fn);
    if (ofFn.length === 0) continue;
    const costPctGdp = ofFn.reduce((sum, b) => sum + (pctGdpOf.get(b.id) ?? 0), 0);
    const spending = currentSpending(scenario, country, fn);
    if (!spending.known) out.spendingUnknown.push(fn);
    out.byFunction[fn] = {
      costPctGdp,
      spendingPctGdp: spending.pctGdp,
      gapPctGdp: Math.max(0, costPctGdp - spending.pctGdp),
    };
  }
  return out;
}

/**
 * The gap of one country in `year`. Throws the engine's InputError (every problem with its code)
 * when the package cannot be costed there, and a plain Error when a result is not a finite number.
 */
export function countryGap(scenario: Scenario, input: GapCountryInput, year: number): CountryGap {
  const yearly = packageForYear(scenario, year);
  const prepared = prepareRun(yearly, input.country);
  const { benefits, total } = costPackage(prepared, prepared.model, prepared.scenario);
  const m = prepared.model;
  const k = prepared.k0;
  const gdpLcu = m.gdp[k]!;
  const fx = m.fxPerUsd[k]!;
  const population = m.populationTotal[k]!;
  const costPctGdp = total.pctGdp[0]!;
  if (!Number.isFinite(costPctGdp) || !(gdpLcu > 0) || !(fx > 0) || !(population > 0)) {
    throw new Error('the cost, the GDP or the exchange rate is not a finite positive number');
  }
  const fns = functionCosts(
    prepared.scenario,
    prepared.country,
    new Map(benefits.map((b) => [b.id, b.pctGdp[0]!])),
  );
  const parts = Object.values(fns.byFunction);
  const gapPctGdp = parts.reduce((s, f) => s + f.gapPctGdp, fns.unassignedPctGdp);
  const gdpUsd = gdpLcu / fx;
  return {
    iso3: input.iso3,
    name: input.name,
    incomeGroup: incomeGroupOf(gdpUsd / population, year),
    region: input.region,
    currency: input.country.currency,
    population,
    gdpLcu,
    gdpUsd,
    gdpPerCapitaUsd: gdpUsd / population,
    costPctGdp,
    costLcu: costPctGdp * gdpLcu,
    costUsd: costPctGdp * gdpUsd,
    currentSpendingPctGdp: parts.reduce((s, f) => s + f.spendingPctGdp, 0),
    gapPctGdp,
    gapLcu: gapPctGdp * gdpLcu,
    gapUsd: gapPctGdp * gdpUsd,
    byFunction: fns.byFunction,
    spendingUnknown: fns.spendingUnknown,
  };
}
