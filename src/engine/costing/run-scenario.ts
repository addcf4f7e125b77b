import { codedIssue } from '../messages';
import { costBenefit } from '../benefits/cost-benefit';
import { buildCountryModel, type CountryModel } from '../country/country-model';
import { fiscalSpace } from '../financing/fiscal-space';
import type { CountryData } from '../formats/country-schema';
import { formatIssue, InputError } from '../formats/issues';
import type { Scenario } from '../formats/scenario-model';
import { SPENDING_FUNCTIONS } from '../vocabulary';
import { checkScenarioOnCountry } from './validate-scenario';
import type { CheckedScenario } from './check-scenario';
import { firstNonFiniteResult } from './finite-results';
import { plausibilityWarnings } from './plausibility';
import { provenance } from '../country/provenance';
import { crisisCosts } from '../crisis/crisis-costs';
import type {
  BaselineResult,
  BenefitResult,
  CostingResult,
  FinancingResult,
  SpendingGapResult,
  TotalResult,
} from './result-types';

function slice(series: Float64Array, k0: number, n: number): number[] {
  return Array.from(series.subarray(k0, k0 + n));
}

function baseline(m: CountryModel, k0: number, n: number): BaselineResult {
  const revenue: number[] = [];
  const expenditure: number[] = [];
  const balance: number[] = [];
  for (let i = 0; i < n; i++) {
    const k = k0 + i;
    const gdp = m.gdp[k]!;
    revenue.push(m.revenuePctGdp[k]! * gdp);
    expenditure.push(m.expenditurePctGdp[k]! * gdp);
    balance.push(revenue[i]! - expenditure[i]!);
  }
  return {
    population: slice(m.populationTotal, k0, n),
    births: slice(m.births, k0, n).map((b) => (Number.isNaN(b) ? 0 : b)),
    gdp: slice(m.gdp, k0, n),
    realGrowth: slice(m.realGrowth, k0, n),
    inflation: slice(m.inflation, k0, n),
    priceIndex: slice(m.priceIndex, k0, n),
    wageIndex: slice(m.wageIndex, k0, n),
    gdpPerCapita: slice(m.gdpPerCapita, k0, n),
    povertyLine: slice(m.povertyLine, k0, n),
    minimumWage: slice(m.minimumWage, k0, n),
    averageWage: slice(m.averageWage, k0, n),
    revenue,
    expenditure,
    balance,
    fxPerUsd: slice(m.fxPerUsd, k0, n),
  };
}

function totals(
  benefits: readonly BenefitResult[],
  m: CountryModel,
  k0: number,
  n: number,
): TotalResult {
  const z = () => new Array<number>(n).fill(0);
  const t: TotalResult = {
    expenditure: z(),
    nonWageCost: z(),
    admin: z(),
    cost: z(),
    pctGdp: z(),
    pctExpenditure: z(),
    pctRevenue: z(),
    costReal: z(),
    costUsd: z(),
    perCapita: z(),
  };
  for (const b of benefits) {
    for (let i = 0; i < n; i++) {
      t.expenditure[i]! += b.expenditure[i]!;
      t.nonWageCost[i]! += b.nonWageCost[i]!;
      t.admin[i]! += b.admin[i]!;
      t.cost[i]! += b.cost[i]!;
    }
  }
  for (let i = 0; i < n; i++) {
    const k = k0 + i;
    const c = t.cost[i]!;
    const gdp = m.gdp[k]!;
    t.pctGdp[i] = c / gdp;
    t.pctExpenditure[i] = c / (m.expenditurePctGdp[k]! * gdp);
    t.pctRevenue[i] = c / (m.revenuePctGdp[k]! * gdp);
    t.costReal[i] = c / m.priceIndex[k]!;
    t.costUsd[i] = c / m.fxPerUsd[k]!;
    t.perCapita[i] = c / m.populationTotal[k]!;
  }
  return t;
}

function spendingGap(
  scenario: Scenario,
  country: CountryData,
  benefits: readonly BenefitResult[],
  n: number,
): SpendingGapResult[] {
  const enabled = scenario.benefits.filter((b) => b.enabled);
  const out: SpendingGapResult[] = [];
  for (const fn of SPENDING_FUNCTIONS) {
    const ids = enabled.filter((b) => b.function === fn).map((b) => b.id);
    if (ids.length === 0) continue;
    const current = scenario.fiscal.currentSpendingPctGdp[fn] ?? country.spendingPctGdp?.[fn] ?? 0;
    const costPctGdp = new Array<number>(n).fill(0);
    for (const b of benefits) {
      if (!ids.includes(b.id)) continue;
      for (let i = 0; i < n; i++) costPctGdp[i]! += b.pctGdp[i]!;
    }
    out.push({
      function: fn,
      benefits: ids,
      currentPctGdp: current,
      costPctGdp,
      gapPctGdp: costPctGdp.map((c) => Math.max(0, c - current)),
    });
  }
  return out;
}

/** A scenario checked once against its country, with the country model laid out: what every run reuses. */
export interface PreparedRun {
  scenario: Scenario;
  /** The country after the scenario's demographic variant (its projected population), if any. */
  country: CountryData;
  model: CountryModel;
  formulas: CheckedScenario['formulas'];
  warnings: CheckedScenario['warnings'];
  firstYear: number;
  lastYear: number;
  /** Years in the scenario. */
  n: number;
  /** Index of the first scenario year in the model's series. */
  k0: number;
}

/**
 * Checks a scenario against its country and lays out the country model, once. Throws InputError,
 * naming each field, when the scenario cannot run on this country.
 */
export function prepareRun(scenario: Scenario, ownCountry: CountryData): PreparedRun {
  // The same check as every other entry point (a save too); it swaps in the projected population of a
  // demographic variant (methodology 7.5).
  const { country, checked } = checkScenarioOnCountry(scenario, ownCountry);
  if (checked.issues.length > 0) throw new InputError(checked.issues);
  const [firstYear, lastYear] = scenario.years;
  const model = buildCountryModel(country, lastYear, scenario.assumptions);
  const n = lastYear - firstYear + 1;
  const k0 = firstYear - model.baseYear;
  return {
    scenario,
    country,
    model,
    formulas: checked.formulas,
    warnings: checked.warnings,
    firstYear,
    lastYear,
    n,
    k0,
  };
}

/** The package's costs and its financing: what a run computes, without the checks and reports around it. */
export interface PackageCosts {
  benefits: BenefitResult[];
  total: TotalResult;
  financing: FinancingResult;
}

/**
 * Costs the package of `scenario` on `m` (the prepared model, or one with shocked inputs): the lean
 * path the uncertainty draws share with every full run, so both give the same numbers.
 */
export function costPackage(p: PreparedRun, m: CountryModel, scenario: Scenario): PackageCosts {
  const benefits: BenefitResult[] = [];
  scenario.benefits.forEach((b, i) => {
    if (b.enabled)
      benefits.push(costBenefit(b, i, m, p.firstYear, p.lastYear, p.formulas[i] ?? null));
  });
  const total = totals(benefits, m, p.k0, p.n);
  const financing = fiscalSpace(m, scenario.financing, total.cost, p.firstYear, scenario.fiscal);
  return { benefits, total, financing };
}

/**
 * Costs a scenario on a country: every enabled benefit, the package, the financing options and the gap.
 * Throws InputError, naming each field, when the scenario cannot run on this country.
 */
export function runScenario(scenario: Scenario, ownCountry: CountryData): CostingResult {
  const prepared = prepareRun(scenario, ownCountry);
  const { country, model: m, firstYear, n, k0 } = prepared;
  const { benefits, total, financing } = costPackage(prepared, m, scenario);
  const warningIssues = [...prepared.warnings];
  const unspent = SPENDING_FUNCTIONS.filter(
    (fn) =>
      scenario.benefits.some((b) => b.enabled && b.function === fn) &&
      country.spendingPctGdp?.[fn] === undefined &&
      scenario.fiscal.currentSpendingPctGdp[fn] === undefined,
  );
  if (unspent.length > 0) {
    warningIssues.push(
      codedIssue('spendingPctGdp', 'costing.noCurrentSpending', { functions: unspent.join(', ') }),
    );
  }
  const debt = financing.debt;
  if (debt.firstYearAboveCeiling !== null) {
    const i = debt.firstYearAboveCeiling - firstYear;
    const ceiling = (debt.ceilingPctGdp * 100).toFixed(0);
    const year = debt.firstYearAboveCeiling;
    // Say whether the reform's borrowing pushes debt over, or the data are over already.
    warningIssues.push(
      debt.baselinePctGdp[i]! > debt.ceilingPctGdp
        ? codedIssue('fiscal.debtCeilingPctGdp', 'costing.debtAlreadyAbove', {
            debt: (debt.baselinePctGdp[i]! * 100).toFixed(0),
            year,
            ceiling,
          })
        : codedIssue('fiscal.debtCeilingPctGdp', 'costing.debtPassesCeiling', { ceiling, year }),
    );
  }
  const months = new Map(scenario.benefits.map((b) => [b.id, b.benefit.months]));
  const crisis = crisisCosts(scenario.crisis, m, benefits, months, firstYear);
  const years = Array.from({ length: n }, (_, i) => firstYear + i);
  // Never a NaN in output: a result that is not finite is an error naming the inputs behind it.
  const broken = firstNonFiniteResult(scenario, { years, benefits, total, financing, crisis });
  if (broken) throw new InputError([broken]);
  const base = baseline(m, k0, n);
  warningIssues.push(
    ...plausibilityWarnings(scenario, { years, benefits, total, baseline: base, crisis }),
  );
  return {
    format: 'spf.result/1',
    scenario: scenario.name,
    country: country.code,
    countryName: country.name,
    currency: country.currency,
    baseYear: country.baseYear,
    years,
    benefits,
    total,
    financing,
    baseline: base,
    spendingGap: spendingGap(scenario, country, benefits, n),
    provenance: provenance(country, m, scenario.assumptions),
    crisis,
    warnings: warningIssues.map(formatIssue),
    warningIssues,
  };
}
