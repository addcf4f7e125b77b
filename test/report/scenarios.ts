/**
 * Scenarios for the workbook tests, in file form (what a user would write), read through the readers.
 *
 * "Full": a small country whose population varies by age, sex and year, with macro data observed for
 * 2025-2027 (then extended by rule), own series for the poverty line and the minimum wage, debt data and
 * sex-split rates; a package 2026-2030 (starting after the base year) that uses every basis, indexation,
 * targeting, the pension test, every prevalence, maternity, two custom benefits (both formulas, and an
 * amount formula only), a switched-off benefit, every financing option with a debt ceiling that is
 * passed, and crisis measures of every kind (one across a year end, one topping up the switched-off
 * benefit).
 */
import { trainingCountry } from '../../src/node/bundled-models';
import {
  runPension,
  runScenario,
  type CostingResult,
  type CountryData,
  type PensionResult,
  type Scenario,
} from '#engine';
import { fileBenefit, fileScenario, flatCountry } from '../helpers/fixtures';
import { readOrThrow } from '../helpers/run';
import { pensionBlock } from '../pension/fixtures';

const YEARS = [2025, 2026, 2027, 2028, 2029, 2030];

function row(base: number, slope: number, k: number): number[] {
  return Array.from({ length: 101 }, (_, a) =>
    Math.round(base + slope * a - (a > 60 ? 25 * (a - 60) : 0) + 7 * k),
  );
}

export function fullCountry(): Record<string, unknown> {
  return {
    format: 'spf.country/1',
    code: 'XFU',
    name: 'Fullland (workbook test country)',
    currency: 'FU$',
    baseYear: 2025,
    population: {
      years: YEARS,
      female: YEARS.map((_, k) => row(1200, 4, k)),
      male: YEARS.map((_, k) => row(1150, 5, k)),
    },
    births: { years: YEARS, values: [5200, 5150, 5100, 5080, 5030, 5000] },
    macro: {
      years: [2025, 2026, 2027],
      gdp: [2.0e9, 2.13e9, 2.27e9],
      realGrowth: [0.031, 0.029, 0.027],
      inflation: [0.045, 0.041, 0.038],
      revenuePctGdp: [0.19, 0.195, 0.2],
      expenditurePctGdp: [0.24, 0.245, 0.25],
      fxPerUsd: [90, 93.5, 96],
      debtPctGdp: [0.58, 0.595, 0.6],
      povertyLine: [14000, 14700, 15250],
      minimumWage: [1600, 1700, 1790],
    },
    povertyLine: 14000,
    minimumWage: 1600,
    averageWage: 3200,
    rates: {
      poverty: [
        [0, 17, 0.42],
        [18, 64, 0.3],
        [65, 100, 0.35],
      ],
      disability: {
        female: [
          [0, 14, 0.008],
          [15, 64, 0.021],
          [65, 100, 0.11],
        ],
        male: [
          [0, 14, 0.01],
          [15, 64, 0.024],
          [65, 100, 0.12],
        ],
      },
      orphanhood: [
        [0, 4, 0.02],
        [5, 17, 0.06],
      ],
      pensionCoverage: { female: [[60, 100, 0.2]], male: [[60, 100, 0.35]] },
      unemployment: [
        [15, 24, 0.18],
        [25, 64, 0.06],
      ],
      laborForceParticipation: { female: [[15, 64, 0.55]], male: [[15, 64, 0.8]] },
      healthCoverage: [
        [0, 17, 0.3],
        [18, 100, 0.45],
      ],
    },
    spendingPctGdp: { children: 0.001, maternity: 0.0003, oldAge: 0.005, health: 0.012 },
    sources: [
      {
        field: 'population',
        source: 'Invented for the workbook tests',
        note: 'varies by age, sex and year',
      },
      { field: 'macro', source: 'Invented', edition: '2025', assumption: true },
    ],
  };
}

const universal = {
  targeting: null,
  exclusionError: 0,
  pensionTested: false,
  prevalence: null,
  share: 1,
};

export function fullScenarioFile(
  assumptions: Record<string, unknown> = {},
  country: Record<string, unknown> = fullCountry(),
): Record<string, unknown> {
  return {
    format: 'spf.scenario/1',
    name: 'Everything the workbook can show',
    country,
    years: [2026, 2030],
    assumptions,
    benefits: [
      {
        id: 'child',
        kind: 'child',
        ages: [0, 17],
        eligibility: { ...universal, exclusionError: 0.1, share: 0.95 },
        benefit: { basis: 'povertyLine', share: 0.25, months: 12, indexation: 'basis' },
        coverage: { startYear: 2026, start: 0.5, fullYear: 2029, full: 1 },
        adminRate: 0.04,
      },
      {
        id: 'orphan',
        kind: 'orphan',
        eligibility: { ...universal, targeting: 'poverty', prevalence: 'orphanhood' },
        benefit: { basis: 'gdpPerCapita', share: 0.1, indexation: 'prices' },
        adminRate: 0.03,
      },
      {
        id: 'maternity',
        kind: 'maternity',
        eligibility: { ...universal, targeting: 0.6 },
        benefit: { basis: 'minimumWage', share: 1, months: 4, indexation: 'wages' },
        coverage: { startYear: 2027, start: 0.4, fullYear: 2030, full: 0.9 },
        adminRate: 0.05,
      },
      {
        id: 'disability-f',
        kind: 'disability',
        sex: 'female',
        eligibility: { ...universal, prevalence: 'disability', exclusionError: 0.05 },
        benefit: { basis: 'averageWage', share: 0.3, indexation: 'none' },
        adminRate: 0.05,
      },
      {
        id: 'oldAge',
        kind: 'oldAge',
        ages: [60, 100],
        eligibility: { ...universal, pensionTested: true },
        benefit: { basis: 'fixed', amount: 800, indexation: 'basis' },
        coverage: { startYear: 2027, start: 0.8, fullYear: 2027, full: 1 },
        adminRate: 0.03,
      },
      {
        id: 'oldAge.men',
        kind: 'oldAge',
        sex: 'male',
        eligibility: { ...universal, targeting: 'poverty', pensionTested: true },
        benefit: { basis: 'fixed', amount: 500, indexation: 'wages' },
        adminRate: 0.02,
      },
      {
        id: 'employment',
        kind: 'unemployment',
        ages: [18, 64],
        eligibility: { ...universal, targeting: 'poverty', prevalence: 'unemployment' },
        benefit: {
          basis: 'minimumWage',
          share: 1,
          months: 4.6,
          indexation: 'basis',
          nonWageCostRate: 0.25,
        },
        coverage: { startYear: 2026, start: 0.2, fullYear: 2030, full: 0.8 },
        adminRate: 0.06,
      },
      {
        id: 'health',
        kind: 'health',
        eligibility: { ...universal, prevalence: 'healthUncovered' },
        benefit: { basis: 'gdpPerCapita', share: 0.05, indexation: 'basis' },
        coverage: { startYear: 2026, start: 0.1, fullYear: 2030, full: 0.6 },
        adminRate: 0.05,
      },
      {
        id: 'carers',
        kind: 'custom',
        label: 'Carers allowance (formulas)',
        formula: {
          eligible: 'popRate("disability", 65, 100) * 0.5 + pop(20, 59, "female") * 0.01',
          perBeneficiary: 'povertyLine * 0.4 + yearsSinceBase * 100',
        },
        benefit: { basis: 'povertyLine' },
        function: 'disability',
        adminRate: 0.04,
      },
      {
        id: 'elder-top',
        kind: 'custom',
        label: 'Elder top-up (amount by formula)',
        ages: [75, 100],
        eligibility: { ...universal, prevalence: 'disability', share: 0.7 },
        benefit: { basis: 'povertyLine', share: 1 },
        formula: { perBeneficiary: 'gdpPerCapita * 0.2 + 50 * yearsSinceBase' },
        adminRate: 0.02,
      },
      {
        id: 'off',
        kind: 'child',
        enabled: false,
        benefit: { basis: 'povertyLine', share: 0.5 },
      },
    ],
    financing: [
      { option: 'contributions', startYear: 2027, start: 0.001, fullYear: 2030, full: 0.004 },
      { option: 'tax', startYear: 2026, start: 0.002, fullYear: 2029, full: 0.01 },
      { option: 'illicitFlows', startYear: 2028, start: 0.001, fullYear: 2028, full: 0.001 },
      { option: 'aid', startYear: 2026, start: 0.003, fullYear: 2030, full: 0.001 },
      { option: 'reallocation', startYear: 2026, start: 0.001, fullYear: 2027, full: 0.003 },
      { option: 'reserves', startYear: 2026, start: 0.002, fullYear: 2027, full: 0 },
      {
        option: 'borrowing',
        startYear: 2026,
        start: 0.01,
        fullYear: 2028,
        full: 0.03,
        label: 'Concessional loans',
      },
      { option: 'macroFramework', startYear: 2029, start: 0.002, fullYear: 2030, full: 0.004 },
    ],
    fiscal: {
      interestRate: 0.05,
      debtCeilingPctGdp: 0.62,
      currentSpendingPctGdp: { children: 0.002 },
    },
    crisis: [
      {
        id: 'cash',
        kind: 'transfer',
        recipients: 1500,
        unit: 'households',
        amountPerMonth: 300,
        startYear: 2026,
        startMonth: 11,
        months: 4,
        adminRate: 0.03,
      },
      {
        id: 'ui-ext',
        kind: 'extension',
        recipients: 400,
        amountPerMonth: 450,
        startYear: 2028,
        startMonth: 3,
        months: 3,
      },
      {
        id: 'child-top',
        kind: 'topUp',
        benefit: 'child',
        share: 0.5,
        startYear: 2027,
        startMonth: 6,
        months: 8,
        adminRate: 0.02,
      },
      {
        id: 'old-top',
        kind: 'topUp',
        benefit: 'oldAge',
        amountPerMonth: 100,
        startYear: 2029,
        startMonth: 1,
        months: 2,
      },
      {
        id: 'off-top',
        kind: 'topUp',
        benefit: 'off',
        share: 1,
        startYear: 2030,
        startMonth: 5,
        months: 2,
      },
    ],
  };
}

export interface Costed {
  scenario: Scenario;
  country: CountryData;
  result: CostingResult;
  /** The projection of the scenario's contributory pension scheme, when it has one. */
  pension: PensionResult | null;
}

/** Costs a scenario on a country and projects its pension scheme, if any. */
export function costed(scenario: Scenario, country: CountryData): Costed {
  return {
    scenario,
    country,
    result: runScenario(scenario, country),
    pension: scenario.pension ? runPension(scenario, country) : null,
  };
}

/** Reads a scenario in file form with its country inline and costs it. */
export function costInline(file: unknown): Costed {
  const scenario = readOrThrow(file);
  if (typeof scenario.country === 'string')
    throw new Error('the test scenarios carry their country inline');
  return costed(scenario, scenario.country);
}

/**
 * The full scenario, and a variant whose macro assumptions replace the data after the base year: a
 * constant growth (GDP is then rebuilt from the base year), inflation and revenue as lists (the last
 * held) and a constant exchange rate.
 */
/**
 * "Full" with the country's long-run assumptions after its data (2027) and US dollar inflation (so
 * the exchange rate moves by relative inflation), and poverty lines instead of the earlier single
 * line: the scenario uses the national one (its own series and the sex-split headcount of "full").
 */
export function longRunScenarioFile(): Record<string, unknown> {
  const country = fullCountry();
  const rates = { ...(country.rates as Record<string, unknown>) };
  const nationalHeadcount = rates.poverty;
  delete rates.poverty;
  delete country.povertyLine;
  return fullScenarioFile(
    { povertyLine: 'national' },
    {
      ...country,
      rates,
      povertyLines: [
        { id: 'international-3.00', amount: 9000, headcount: 0.2 },
        { id: 'national', headcount: nationalHeadcount },
      ],
      longRun: {
        realGrowth: 0.045,
        inflation: 0.08,
        revenuePctGdp: 0.21,
        expenditurePctGdp: 0.26,
        usdInflation: 0.025,
      },
    },
  );
}

export const FULL_ASSUMPTIONS = {
  realGrowth: 0.025,
  inflation: [0.05, 0.045],
  revenuePctGdp: [0.2, 0.21, 0.215],
  fxPerUsd: 100,
};

/**
 * A demographic variant (methodology 7): the engine costs the projected population, so the workbook
 * must show that population. Death rate 1% at every age, TFR 2 halved by the variant, no migration.
 */
export function variantScenarioFile(): Record<string, unknown> {
  const flat = (v: number) => new Array<number>(101).fill(v);
  return fileScenario(
    [
      fileBenefit(),
      fileBenefit({
        id: 'mat',
        kind: 'maternity',
        ages: [15, 49],
        benefit: { basis: 'povertyLine', months: 4 },
      }),
    ],
    {
      country: flatCountry({
        demography: {
          mx: { years: [2025], female: [flat(0.01)], male: [flat(0.01)] },
          tfr: { years: [2025], values: [2] },
          asfrPattern: [0.05, 0.2, 0.3, 0.25, 0.13, 0.05, 0.02],
          sexRatioAtBirth: 1.05,
        },
      }),
      demography: { fertility: { tfrMultiplier: 0.5 } },
    },
  );
}

/** No benefits at all, one financing option: every sum is an empty sum. */
export function emptyScenarioFile(): Record<string, unknown> {
  return fileScenario([], {
    financing: [{ option: 'tax', startYear: 2026, start: 0.001, fullYear: 2028, full: 0.003 }],
  });
}

/**
 * A contributory pension scheme (methodology 6) on the training country, 2025-2074 on the population
 * its `demography` block projects, next to a universal old-age pension that tests for it: Tamboria's
 * scheme of the pension tests (8% contributions, a reserve of 4e11, administration on contributions
 * and benefits, three premium periods with a target reserve of one year of expenditure). `pension`
 * replaces fields of the scheme.
 */
export function pensionScenarioFile(
  pension: Record<string, unknown> = {},
): Record<string, unknown> {
  return fileScenario(
    [
      fileBenefit({
        id: 'oldAge',
        kind: 'oldAge',
        ages: [65, 100],
        eligibility: { ...universal, pensionTested: true },
        benefit: { basis: 'povertyLine', share: 0.3, months: 12, indexation: 'basis' },
        adminRate: 0.03,
      }),
    ],
    {
      name: 'A contributory pension scheme next to a social pension',
      country: trainingCountry(),
      years: [2025, 2074],
      demography: { project: true },
      pension: pensionBlock(pension),
    },
  );
}

/**
 * A scheme whose contribution rate and return are lists by year (the last held), with no reserve at
 * the start, so that the reserve runs out; administration on benefits only, no minimum pension,
 * pensions indexed to wages on the final wage; two premium periods with a target of two years. On the
 * training country's own population, 2025-2060.
 */
export const PENSION_PATHS = {
  contributionRate: [0.05, 0.06, 0.07],
  interestRate: [0.04, 0.05],
  initial: {},
  administration: { shareOfBenefits: 0.02 },
  minimumPension: undefined,
  indexation: 'wages',
  referenceWage: 'final',
  premium: { toYears: [2030, 2060], targetReserveRatio: 2 },
};

export function pensionPathsScenarioFile(
  pension: Record<string, unknown> = {},
): Record<string, unknown> {
  return fileScenario([], {
    name: 'A pension scheme with rates by year',
    country: trainingCountry(),
    years: [2025, 2060],
    pension: pensionBlock({ ...PENSION_PATHS, ...pension }),
  });
}
