/**
 * Custom benefits whose eligible population and/or amount per beneficiary come from a formula, costed on
 * the flat country and checked against values worked out by hand.
 *
 * The flat country (test/helpers/fixtures.ts), year k = t - 2025: 1,000 persons of each sex at every age
 * 0..100 (202,000 in all); 5,000 births; GDP 1e9 in 2025, growing 3% real and 5% inflation, so
 * GDP[k] = 1e9 x 1.0815^k and the price index I[k] = 1.05^k; poverty line 12,000 x 1.05^k; wages move
 * with GDP per capita (population constant), W[k] = 1.0815^k: minimum wage 1,500 x W, average 3,000 x W;
 * revenue 20% and expenditure 25% of GDP; 100 LCU per USD. Rates: disability 1% at 0-14, 2% at 15-64,
 * 10% at 65+; unemployment 20% at 15-24, 5% at 25-64; poverty 40%.
 */
import { describe, expect, it } from 'vitest';
import { runScenario, type CostingResult } from '#engine';
import { fileBenefit, fileScenario } from '../helpers/fixtures';
import { readInline } from '../helpers/input-checks';
import { cost } from '../helpers/run';

const YEARS = [2025, 2026, 2027, 2028, 2029, 2030];
const k = (t: number) => t - 2025;

/** One custom benefit, all ages, full coverage, no administration; default amount 25% of the poverty line. */
function runCustom(
  formula: { eligible?: string; perBeneficiary?: string },
  extra: Record<string, unknown> = {},
  scenario: Record<string, unknown> = {},
): CostingResult {
  return cost(
    fileScenario(
      [fileBenefit({ id: 'c', kind: 'custom', ages: [0, 100], formula, ...extra })],
      scenario,
    ),
  );
}

/** The eligible population a formula gives, year by year. */
const eligible = (expr: string) => runCustom({ eligible: expr }).benefits[0]!.eligible;
/** The amount per beneficiary a formula gives, year by year. */
const amount = (expr: string) =>
  runCustom({ perBeneficiary: expr }).benefits[0]!.benefitPerBeneficiary;

function expectClose(actual: readonly number[], expected: readonly number[], digits = 6): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect(v, `year ${YEARS[i]}`).toBeCloseTo(expected[i]!, digits));
}

describe('formula.eligible: the eligible population', () => {
  it('pop(0, 4) = 5 ages x 2 sexes x 1,000 = 10,000', () => {
    expect(eligible('pop(0, 4)')).toEqual(YEARS.map(() => 10_000));
  });

  it('pop(0, 14, "female") = 15 ages x 1,000 = 15,000; "male" the same; "all" twice that', () => {
    expect(eligible('pop(0, 14, "female")')).toEqual(YEARS.map(() => 15_000));
    expect(eligible('pop(0, 14, "male")')).toEqual(YEARS.map(() => 15_000));
    expect(eligible('pop(0, 14, "all")')).toEqual(YEARS.map(() => 30_000));
  });

  it('pop(100, 100) is the open age group: 2 x 1,000 = 2,000', () => {
    expect(eligible('pop(100, 100)')).toEqual(YEARS.map(() => 2000));
  });

  it('popRate("disability", 15, 64) = 50 ages x 2 sexes x 1,000 x 0.02 = 2,000', () => {
    expectClose(
      eligible('popRate("disability", 15, 64)'),
      YEARS.map(() => 2000),
      9,
    );
  });

  it('popRate("unemployment", 15, 64) = 10 x 2 x 1,000 x 0.2 + 40 x 2 x 1,000 x 0.05 = 8,000', () => {
    expectClose(
      eligible('popRate("unemployment", 15, 64)'),
      YEARS.map(() => 8000),
      9,
    );
  });

  it('rateAvg is the population-weighted average rate: (10 x 0.2 + 40 x 0.05) / 50 = 0.08', () => {
    // pop(15, 64) x rateAvg = 100,000 x 0.08 = 8,000, the same as popRate.
    expectClose(
      eligible('pop(15, 64) * rateAvg("unemployment", 15, 64)'),
      YEARS.map(() => 8000),
      9,
    );
  });

  it('popRate("disability", 60, 69, "male") = 5 x 1,000 x 0.02 + 5 x 1,000 x 0.1 = 600', () => {
    expectClose(
      eligible('popRate("disability", 60, 69, "male")'),
      YEARS.map(() => 600),
      9,
    );
  });

  it('reads the year: year - baseYear = 0, 1, ..., 5', () => {
    expect(eligible('year - baseYear')).toEqual([0, 1, 2, 3, 4, 5]);
    expect(eligible('yearsSinceBase')).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('takes conditionals: 65+ only from 2027, 36 ages x 2 x 1,000 = 72,000', () => {
    expect(eligible('year >= 2027 ? pop(65, 100) : 0')).toEqual([
      0, 0, 72_000, 72_000, 72_000, 72_000,
    ]);
    expect(eligible('year >= 2027 and year <= 2028 ? 1 : 0')).toEqual([0, 0, 1, 1, 0, 0]);
  });

  it('reads the population and births: population = 202,000; births x 2 = 10,000', () => {
    expect(eligible('population')).toEqual(YEARS.map(() => 202_000));
    expect(eligible('births * 2')).toEqual(YEARS.map(() => 10_000));
  });

  it('uses the allowed mathjs functions: min, max, round, floor, ceil, abs, sqrt, pow, log, exp', () => {
    expect(eligible('max(pop(0, 4), 20000)')).toEqual(YEARS.map(() => 20_000));
    expect(eligible('min(pop(0, 4), 20000)')).toEqual(YEARS.map(() => 10_000));
    // 10,000 / 3 = 3,333.33: round 3,333, floor 3,333, ceil 3,334.
    expect(eligible('round(pop(0, 4) / 3) + floor(pop(0, 4) / 3) + ceil(pop(0, 4) / 3)')).toEqual(
      YEARS.map(() => 3333 + 3333 + 3334),
    );
    // |-4| + sqrt(16) + 2^3 + log(100, 10) + exp(0) = 4 + 4 + 8 + 2 + 1 = 19.
    expectClose(
      eligible('abs(-4) + sqrt(16) + pow(2, 3) + log(100, 10) + exp(0)'),
      YEARS.map(() => 19),
      9,
    );
  });

  it('is still subject to coverage: a ramp from 50% in 2026 to 100% in 2028', () => {
    const r = runCustom(
      { eligible: 'pop(0, 4)' },
      { coverage: { startYear: 2026, start: 0.5, fullYear: 2028, full: 1 } },
    ).benefits[0]!;
    // Coverage 0, 0.5, 0.75, 1, 1, 1; beneficiaries 10,000 x coverage.
    expect(r.coverage).toEqual([0, 0.5, 0.75, 1, 1, 1]);
    expect(r.beneficiaries).toEqual([0, 5000, 7500, 10_000, 10_000, 10_000]);
  });

  it('replaces the eligibility factors: the formula is the whole eligible population', () => {
    // Poverty targeting and a share are ignored when a formula gives the eligible population.
    const r = runCustom(
      { eligible: 'pop(0, 4)' },
      { eligibility: { targeting: 'poverty', share: 0.5 } },
    ).benefits[0]!;
    expect(r.eligible[0]).toBe(10_000);
  });
});

describe('formula.perBeneficiary: the yearly amount per beneficiary', () => {
  it('povertyLine * 0.5 = 12,000 x 1.05^k x 0.5: 6,000 in 2025, 6,300 in 2026', () => {
    expectClose(
      amount('povertyLine * 0.5'),
      YEARS.map((t) => 6000 * 1.05 ** k(t)),
    );
    expect(amount('povertyLine * 0.5')[1]).toBeCloseTo(6300, 9);
  });

  it('minimumWage * 12 = 1,500 x 1.0815^k x 12: 19,467 in 2026', () => {
    // 1.0815 = 1.03 x 1.05: GDP per capita grows with GDP as the population is constant.
    expectClose(
      amount('minimumWage * 12'),
      YEARS.map((t) => 18_000 * 1.0815 ** k(t)),
    );
    expect(amount('minimumWage * 12')[1]).toBeCloseTo(19_467, 6);
  });

  it('averageWage = 3,000 x 1.0815^k a month', () => {
    expectClose(
      amount('averageWage'),
      YEARS.map((t) => 3000 * 1.0815 ** k(t)),
    );
  });

  it('gdpPerCapita / 10 = 1e9 x 1.0815^k / 202,000 / 10', () => {
    expectClose(
      amount('gdpPerCapita / 10'),
      YEARS.map((t) => (1e9 * 1.0815 ** k(t)) / 202_000 / 10),
    );
  });

  it('1,000 x priceIndex = 1,000 x 1.05^k: 1,102.5 in 2027', () => {
    expect(amount('1000 * priceIndex')[2]).toBeCloseTo(1102.5, 9);
  });

  it('1,000 x wageIndex = 1,000 x 1.0815^k: 1,081.5 in 2026', () => {
    expect(amount('1000 * wageIndex')[1]).toBeCloseTo(1081.5, 9);
  });

  it('the macro values of the year: inflation 0.05, real growth 0.03, 100 LCU per USD', () => {
    expectClose(
      amount('inflation * 1000'),
      YEARS.map(() => 50),
      9,
    );
    expectClose(
      amount('realGrowth * 1000'),
      YEARS.map(() => 30),
      9,
    );
    expect(amount('fxPerUsd')).toEqual(YEARS.map(() => 100));
  });

  it('revenue and expenditure in LCU: 20% and 25% of GDP, 2e8 and 2.5e8 in 2025', () => {
    expect(amount('revenue')[0]).toBeCloseTo(2e8, 3);
    expect(amount('expenditure')[0]).toBeCloseTo(2.5e8, 3);
    // 2026: GDP 1.0815e9, revenue 2.163e8.
    expect(amount('revenue')[1]).toBeCloseTo(2.163e8, 3);
  });

  it('gdp / 1e6 = 1,000 x 1.0815^k', () => {
    expectClose(
      amount('gdp / 1e6'),
      YEARS.map((t) => 1000 * 1.0815 ** k(t)),
    );
  });

  it('follows the scenario’s assumptions: 10% inflation makes the 2026 poverty line 13,200', () => {
    const r = runCustom({ perBeneficiary: 'povertyLine' }, {}, { assumptions: { inflation: 0.1 } });
    expect(r.benefits[0]!.benefitPerBeneficiary[0]).toBeCloseTo(12_000, 9);
    expect(r.benefits[0]!.benefitPerBeneficiary[1]).toBeCloseTo(13_200, 9);
  });
});

describe('a whole custom benefit', () => {
  it('costs eligible x amount x (1 + admin): 2,000 disabled x 6,300 x 1.05 = 13,230,000 in 2026', () => {
    const r = runCustom(
      { eligible: 'popRate("disability", 15, 64)', perBeneficiary: 'povertyLine * 0.5' },
      { adminRate: 0.05 },
    ).benefits[0]!;
    // 2026: expenditure 2,000 x 6,300 = 12,600,000; admin 5% = 630,000; cost 13,230,000.
    expect(r.expenditure[1]).toBeCloseTo(12_600_000, 3);
    expect(r.admin[1]).toBeCloseTo(630_000, 3);
    expect(r.cost[1]).toBeCloseTo(13_230_000, 3);
    // As a share of GDP: 13,230,000 / 1.0815e9.
    expect(r.pctGdp[1]).toBeCloseTo(13_230_000 / 1.0815e9, 12);
  });

  it('without a perBeneficiary formula, pays the benefit basis: 25% of the poverty line', () => {
    const r = runCustom({ eligible: 'pop(0, 4)' }).benefits[0]!;
    // 2025: 10,000 x 0.25 x 12,000 = 30,000,000; 2026: 10,000 x 0.25 x 12,600 = 31,500,000.
    expect(r.cost[0]).toBeCloseTo(30_000_000, 4);
    expect(r.cost[1]).toBeCloseTo(31_500_000, 4);
  });

  it('without an eligible formula, counts by its ages and eligibility as any benefit does', () => {
    const r = runCustom(
      { perBeneficiary: '1200' },
      { ages: [65, 100], eligibility: { share: 0.5 } },
    ).benefits[0]!;
    // 36 ages x 2 x 1,000 x 0.5 = 36,000 eligible; x 1,200 = 43,200,000 every year.
    expect(r.eligible).toEqual(YEARS.map(() => 36_000));
    expect(r.cost).toEqual(YEARS.map(() => 43_200_000));
  });

  it('reproduces the built-in child benefit when written as a formula', () => {
    const builtIn = cost(fileScenario([fileBenefit({ id: 'child' })])).benefits[0]!;
    const asFormula = runCustom({
      eligible: 'pop(0, 14)',
      perBeneficiary: '0.25 * povertyLine',
    }).benefits[0]!;
    // 30,000 children x 3,000 = 90,000,000 in 2025.
    expect(builtIn.cost[0]).toBeCloseTo(90_000_000, 4);
    expectClose(asFormula.eligible, builtIn.eligible, 9);
    expectClose(asFormula.cost, builtIn.cost, 4);
  });

  it('adds to the package total like any other benefit', () => {
    const { scenario, country } = readInline(
      fileScenario([
        fileBenefit({ id: 'child' }),
        fileBenefit({
          id: 'c',
          kind: 'custom',
          formula: { eligible: 'pop(0, 4)', perBeneficiary: '100' },
        }),
      ]),
    );
    const r = runScenario(scenario, country);
    // 90,000,000 (children) + 10,000 x 100 = 91,000,000 in 2025.
    expect(r.total.cost[0]).toBeCloseTo(91_000_000, 4);
  });

  it('is left out of the costing when disabled', () => {
    const r = runCustom({ eligible: 'pop(0, 4)' }, { enabled: false });
    expect(r.benefits).toEqual([]);
    expect(r.total.cost).toEqual(YEARS.map(() => 0));
  });
});
