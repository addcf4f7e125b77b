/**
 * Small, hand-checkable inputs in file form (what a user would write), so tests go through the readers.
 *
 * The "flat" country: base year 2025, years 2025-2030; 1,000 persons of each sex at every age 0..100 in
 * every year (101,000 per sex, 202,000 in all); 5,000 births a year; GDP 1.0e9 LCU in 2025 growing 3% real
 * with 5% inflation (so GDP 2026 = 1e9 x 1.03 x 1.05 = 1.0815e9); revenue 20% and expenditure 25% of GDP;
 * 100 LCU per USD; poverty line 12,000 LCU a year; minimum wage 1,500 and average wage 3,000 LCU a month.
 */
export const FLAT_PER_AGE = 1000;

export function flatRow(value = FLAT_PER_AGE): number[] {
  return new Array<number>(101).fill(value);
}

export function flatCountry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const years = [2025, 2026, 2027, 2028, 2029, 2030];
  return {
    format: 'spf.country/1',
    code: 'XFL',
    name: 'Flatland (test country)',
    currency: 'FL$',
    baseYear: 2025,
    population: {
      years,
      female: years.map(() => flatRow()),
      male: years.map(() => flatRow()),
    },
    births: { years, values: years.map(() => 5000) },
    macro: {
      years: [2025],
      gdp: [1.0e9],
      realGrowth: [0.03],
      inflation: [0.05],
      revenuePctGdp: [0.2],
      expenditurePctGdp: [0.25],
      fxPerUsd: [100],
    },
    povertyLine: 12000,
    minimumWage: 1500,
    averageWage: 3000,
    rates: {
      poverty: 0.4,
      disability: [
        [0, 14, 0.01],
        [15, 64, 0.02],
        [65, 100, 0.1],
      ],
      orphanhood: [[0, 17, 0.05]],
      pensionCoverage: [[65, 100, 0.3]],
      unemployment: [
        [15, 24, 0.2],
        [25, 64, 0.05],
      ],
      laborForceParticipation: { female: [[15, 64, 0.5]], male: [[15, 64, 0.8]] },
      healthCoverage: 0.25,
    },
    spendingPctGdp: { children: 0.001, oldAge: 0.004, health: 0.01 },
    sources: [{ field: 'population', source: 'Invented for tests' }],
    ...overrides,
  };
}

/** A benefit in file form: universal, full coverage from 2025, no administration, 25% of the poverty line. */
export function fileBenefit(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'b',
    kind: 'child',
    ages: [0, 14],
    sex: 'all',
    eligibility: {
      targeting: null,
      exclusionError: 0,
      pensionTested: false,
      prevalence: null,
      share: 1,
    },
    benefit: { basis: 'povertyLine', share: 0.25, months: 12, indexation: 'basis' },
    coverage: { startYear: 2025, start: 1, fullYear: 2025, full: 1 },
    adminRate: 0,
    ...overrides,
  };
}

export function fileScenario(
  benefits: Record<string, unknown>[],
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    format: 'spf.scenario/1',
    name: 'Test scenario',
    country: flatCountry(),
    years: [2025, 2030],
    benefits,
    financing: [],
    ...overrides,
  };
}
