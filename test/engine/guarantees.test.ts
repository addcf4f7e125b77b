/**
 * Each floor guarantee of methodology section 3, costed by the rules of section 2 on the "flat" country
 * (test/helpers/fixtures.ts) and checked against numbers worked out by hand.
 *
 * The flat country, year k = t - 2025: 1,000 persons of each sex at every age 0..100 (202,000 in all) in
 * every year; price index I = 1.05^k; GDP = 1e9 x 1.0815^k (3% real x 5% inflation); the population is
 * constant, so the wage index W = GDPpc[t] / GDPpc[2025] = 1.0815^k; poverty line PL = 12,000 x 1.05^k a
 * year; minimum wage 1,500 x 1.0815^k and average wage 3,000 x 1.0815^k a month. Rates: poverty 0.4;
 * disability 0.01 (0-14), 0.02 (15-64), 0.1 (65+); orphanhood 0.05 (0-17); contributory pension coverage
 * 0.3 (65+); unemployment 0.2 (15-24), 0.05 (25-64); health coverage 0.25.
 */
import { describe, expect, it } from 'vitest';
import type { BenefitResult, CostingResult } from '#engine';
import { fileBenefit, fileScenario, flatCountry, flatRow } from '../helpers/fixtures';
import { cost } from '../helpers/run';

const REL = 1e-9;

/** |actual - expected| <= 1e-9 x |expected| (an absolute 1e-9 when expected is 0). */
function near(actual: number | undefined, expected: number, what: string): void {
  expect(actual, `${what}: missing`).toBeTypeOf('number');
  const a = actual as number;
  const tol = expected === 0 ? 1e-9 : REL * Math.abs(expected);
  expect(Math.abs(a - expected), `${what}: engine ${a}, expected ${expected}`).toBeLessThanOrEqual(
    tol,
  );
}

interface YearRow {
  eligible: number;
  beneficiaries: number;
  perBeneficiary: number;
  expenditure: number;
  admin: number;
  cost: number;
  nonWageCost?: number;
}

/** Checks one benefit of a result in the given calendar year against hand-worked values. */
function expectYear(r: CostingResult, id: string, year: number, row: YearRow): void {
  const b: BenefitResult | undefined = r.benefits.find((x) => x.id === id);
  expect(b, `benefit ${id}`).toBeDefined();
  const i = r.years.indexOf(year);
  expect(i, `year ${year}`).toBeGreaterThanOrEqual(0);
  const at = (s: string) => `${id} ${year} ${s}`;
  near(b!.eligible[i], row.eligible, at('eligible'));
  near(b!.beneficiaries[i], row.beneficiaries, at('beneficiaries'));
  near(b!.benefitPerBeneficiary[i], row.perBeneficiary, at('benefit per beneficiary'));
  near(b!.expenditure[i], row.expenditure, at('expenditure'));
  near(b!.admin[i], row.admin, at('admin'));
  near(b!.nonWageCost[i], row.nonWageCost ?? 0, at('non-wage cost'));
  near(b!.cost[i], row.cost, at('cost'));
  // The share of GDP follows from the cost: GDP = 1e9 x 1.0815^k on the flat country.
  near(b!.pctGdp[i], row.cost / (1e9 * 1.0815 ** (year - 2025)), at('pctGdp'));
}

/**
 * A benefit in file form for `kind`: the fixture's benefit without its age band and prevalence, so the
 * kind's own defaults apply unless `overrides` give them.
 */
function benefitOf(
  kind: string,
  overrides: Record<string, unknown> = {},
  eligibility: Record<string, unknown> = {},
): Record<string, unknown> {
  const b = fileBenefit({ id: kind, kind, ...overrides });
  if (!('ages' in overrides)) delete b.ages;
  b.eligibility = {
    targeting: null,
    exclusionError: 0,
    pensionTested: false,
    share: 1,
    ...eligibility,
  };
  return b;
}

describe('child benefit', () => {
  // Children 0-17 in poor households, 10% exclusion error, 25% of the poverty line (indexation "basis"),
  // coverage 50% in 2026 rising linearly to 100% in 2028, administration 4%.
  const r = cost(
    fileScenario([
      benefitOf(
        'child',
        {
          ages: [0, 17],
          benefit: { basis: 'povertyLine', share: 0.25, months: 12, indexation: 'basis' },
          coverage: { startYear: 2026, start: 0.5, fullYear: 2028, full: 1 },
          adminRate: 0.04,
        },
        { targeting: 'poverty', exclusionError: 0.1 },
      ),
    ]),
  );

  it('counts poor children net of the exclusion error and phases coverage in', () => {
    // Every year: eligible = 18 ages x 2 sexes x 1,000 x poverty 0.4 x (1 - 0.1) = 12,960.
    // 2025: before the start year, coverage 0: no beneficiaries and no cost; the amount is still
    //   0.25 x 12,000 = 3,000.
    expectYear(r, 'child', 2025, {
      eligible: 12960,
      beneficiaries: 0,
      perBeneficiary: 3000,
      expenditure: 0,
      admin: 0,
      cost: 0,
    });
    // 2026: coverage 0.5 -> 6,480 beneficiaries; PL = 12,000 x 1.05 = 12,600, benefit 0.25 x 12,600 = 3,150;
    //   expenditure 6,480 x 3,150 = 20,412,000; admin 0.04 x 20,412,000 = 816,480; cost 21,228,480.
    expectYear(r, 'child', 2026, {
      eligible: 12960,
      beneficiaries: 6480,
      perBeneficiary: 3150,
      expenditure: 20_412_000,
      admin: 816_480,
      cost: 21_228_480,
    });
    // 2027: coverage 0.75 -> 9,720; PL = 12,000 x 1.05^2 = 13,230, benefit 3,307.5;
    //   expenditure 9,720 x 3,307.5 = 32,148,900; admin 1,285,956; cost 33,434,856.
    expectYear(r, 'child', 2027, {
      eligible: 12960,
      beneficiaries: 9720,
      perBeneficiary: 3307.5,
      expenditure: 32_148_900,
      admin: 1_285_956,
      cost: 33_434_856,
    });
    // 2028: full coverage -> 12,960; PL = 12,000 x 1.05^3 = 13,891.5, benefit 3,472.875;
    //   expenditure 12,960 x 3,472.875 = 45,008,460; admin 1,800,338.4; cost 46,808,798.4.
    expectYear(r, 'child', 2028, {
      eligible: 12960,
      beneficiaries: 12960,
      perBeneficiary: 3472.875,
      expenditure: 45_008_460,
      admin: 1_800_338.4,
      cost: 46_808_798.4,
    });
  });

  it('defaults to ages 0-14 when the age band is left out', () => {
    const d = cost(fileScenario([benefitOf('child')]));
    // Universal, 25% of the poverty line, full coverage, no administration.
    // 2025: eligible 15 ages x 2 x 1,000 = 30,000; benefit 3,000; expenditure = cost = 90,000,000.
    expectYear(d, 'child', 2025, {
      eligible: 30000,
      beneficiaries: 30000,
      perBeneficiary: 3000,
      expenditure: 90_000_000,
      admin: 0,
      cost: 90_000_000,
    });
    // 2026: benefit 3,150; expenditure = cost = 30,000 x 3,150 = 94,500,000.
    expectYear(d, 'child', 2026, {
      eligible: 30000,
      beneficiaries: 30000,
      perBeneficiary: 3150,
      expenditure: 94_500_000,
      admin: 0,
      cost: 94_500_000,
    });
  });
});

describe('orphan benefit', () => {
  // Kind "orphan" with no age band and no prevalence: ages 0-17 and the orphanhood rate by default.
  // 100% of the poverty line, full coverage, administration 5%.
  const r = cost(
    fileScenario([
      benefitOf('orphan', {
        benefit: { basis: 'povertyLine', share: 1, months: 12, indexation: 'basis' },
        adminRate: 0.05,
      }),
    ]),
  );

  it('counts only orphans 0-17 at the full poverty line', () => {
    // Eligible = 18 ages x 2 x 1,000 x orphanhood 0.05 = 1,800 every year.
    // 2025: benefit 12,000; expenditure 1,800 x 12,000 = 21,600,000; admin 1,080,000; cost 22,680,000.
    expectYear(r, 'orphan', 2025, {
      eligible: 1800,
      beneficiaries: 1800,
      perBeneficiary: 12000,
      expenditure: 21_600_000,
      admin: 1_080_000,
      cost: 22_680_000,
    });
    // 2026: benefit 12,600; expenditure 22,680,000; admin 1,134,000; cost 23,814,000.
    expectYear(r, 'orphan', 2026, {
      eligible: 1800,
      beneficiaries: 1800,
      perBeneficiary: 12600,
      expenditure: 22_680_000,
      admin: 1_134_000,
      cost: 23_814_000,
    });
    // 2027: benefit 13,230; expenditure 23,814,000; admin 1,190,700; cost 25,004,700.
    expectYear(r, 'orphan', 2027, {
      eligible: 1800,
      beneficiaries: 1800,
      perBeneficiary: 13230,
      expenditure: 23_814_000,
      admin: 1_190_700,
      cost: 25_004_700,
    });
  });
});

describe('maternity benefit', () => {
  // Births 5,000, 5,200, 5,400, ... from 2025; poverty 0.5 (0-14), 0.6 (15-29), 0.3 (30-49), 0.2 (50+).
  const births = {
    years: [2025, 2026, 2027, 2028, 2029, 2030],
    values: [5000, 5200, 5400, 5600, 5800, 6000],
  };
  const poverty = [
    [0, 14, 0.5],
    [15, 29, 0.6],
    [30, 49, 0.3],
    [50, 100, 0.2],
  ];
  const rates = { ...(flatCountry().rates as Record<string, unknown>), poverty };
  // Poor mothers, 100% of the poverty line; months left out (4 by default for maternity); ages left out
  // (mothers 15-49 by default); administration 3%.
  const maternity = benefitOf(
    'maternity',
    {
      benefit: { basis: 'povertyLine', share: 1, indexation: 'basis' },
      adminRate: 0.03,
    },
    { targeting: 'poverty' },
  );

  it('counts births times the poverty rate averaged over the mothers ages, for 4 months', () => {
    const r = cost(fileScenario([maternity], { country: flatCountry({ births, rates }) }));
    // Women 15-49 are 1,000 at every age, so the factor is the plain average of the rate over 35 ages:
    //   (15 x 0.6 + 20 x 0.3) / 35 = 15 / 35 = 3/7.
    // 2025: eligible 5,000 x 3/7 = 2,142.857...; benefit 12,000 x 4/12 = 4,000;
    //   expenditure 2,142.857... x 4,000 = 8,571,428.57...; admin 0.03 x that = 257,142.857...;
    //   cost 1.03 x 8,571,428.57... = 8,828,571.43...
    const e25 = (5000 * 3) / 7;
    expectYear(r, 'maternity', 2025, {
      eligible: e25,
      beneficiaries: e25,
      perBeneficiary: 4000,
      expenditure: e25 * 4000,
      admin: 0.03 * e25 * 4000,
      cost: 1.03 * e25 * 4000,
    });
    // 2026: eligible 5,200 x 3/7 = 2,228.571...; benefit 12,600 x 4/12 = 4,200;
    //   expenditure 2,228.571... x 4,200 = 5,200 x 1,800 = 9,360,000; admin 280,800; cost 9,640,800.
    expectYear(r, 'maternity', 2026, {
      eligible: (5200 * 3) / 7,
      beneficiaries: (5200 * 3) / 7,
      perBeneficiary: 4200,
      expenditure: 9_360_000,
      admin: 280_800,
      cost: 9_640_800,
    });
  });

  it('weights an age-dependent rate by the female population of the mothers ages', () => {
    // Women 30-49 are 2,000 at every age (the other cells stay at 1,000).
    const female = flatRow().map((v, a) => (a >= 30 && a <= 49 ? 2000 : v));
    const years = [2025, 2026, 2027, 2028, 2029, 2030];
    const population = {
      years,
      female: years.map(() => female),
      male: years.map(() => flatRow()),
    };
    const r = cost(
      fileScenario([maternity], { country: flatCountry({ births, rates, population }) }),
    );
    // Factor = (15 x 1,000 x 0.6 + 20 x 2,000 x 0.3) / (15 x 1,000 + 20 x 2,000) = 21,000 / 55,000 = 21/55.
    // The poverty line does not depend on the population: 12,000 and 12,600, so 4,000 and 4,200.
    // 2025: eligible 5,000 x 21/55 = 1,909.09...; expenditure x 4,000 = 7,636,363.6...; admin 3%.
    const e25 = (5000 * 21) / 55;
    expectYear(r, 'maternity', 2025, {
      eligible: e25,
      beneficiaries: e25,
      perBeneficiary: 4000,
      expenditure: e25 * 4000,
      admin: 0.03 * e25 * 4000,
      cost: 1.03 * e25 * 4000,
    });
    // 2026: eligible 5,200 x 21/55 = 1,985.45...; expenditure x 4,200 = 8,338,909.09...
    const e26 = (5200 * 21) / 55;
    expectYear(r, 'maternity', 2026, {
      eligible: e26,
      beneficiaries: e26,
      perBeneficiary: 4200,
      expenditure: e26 * 4200,
      admin: 0.03 * e26 * 4200,
      cost: 1.03 * e26 * 4200,
    });
  });
});

describe('disability benefit', () => {
  // Kind "disability" with no age band and no prevalence: ages 15-64 and the severe disability rate.
  // 100% of the poverty line, administration 5%.
  const r = cost(
    fileScenario([
      benefitOf('disability', {
        benefit: { basis: 'povertyLine', share: 1, months: 12, indexation: 'basis' },
        adminRate: 0.05,
      }),
    ]),
  );

  it('counts persons with severe disabilities aged 15-64', () => {
    // Eligible = 50 ages x 2 x 1,000 x 0.02 = 2,000 (the 0.01 below 15 and 0.1 from 65 do not count).
    // 2025: benefit 12,000; expenditure 24,000,000; admin 1,200,000; cost 25,200,000.
    expectYear(r, 'disability', 2025, {
      eligible: 2000,
      beneficiaries: 2000,
      perBeneficiary: 12000,
      expenditure: 24_000_000,
      admin: 1_200_000,
      cost: 25_200_000,
    });
    // 2026: benefit 12,600; expenditure 25,200,000; admin 1,260,000; cost 26,460,000.
    expectYear(r, 'disability', 2026, {
      eligible: 2000,
      beneficiaries: 2000,
      perBeneficiary: 12600,
      expenditure: 25_200_000,
      admin: 1_260_000,
      cost: 26_460_000,
    });
    // 2027: benefit 13,230; expenditure 26,460,000; admin 1,323,000; cost 27,783,000.
    expectYear(r, 'disability', 2027, {
      eligible: 2000,
      beneficiaries: 2000,
      perBeneficiary: 13230,
      expenditure: 26_460_000,
      admin: 1_323_000,
      cost: 27_783_000,
    });
  });
});

describe('old-age benefit', () => {
  // 100% of the poverty line from 65 (ages left out: 65-100 by default), administration 3%.
  const oldAge = (pensionTested: boolean) =>
    benefitOf(
      'oldAge',
      {
        benefit: { basis: 'povertyLine', share: 1, months: 12, indexation: 'basis' },
        adminRate: 0.03,
      },
      { pensionTested },
    );

  it('without a pension test counts everyone 65 and over', () => {
    const r = cost(fileScenario([oldAge(false)]));
    // Eligible = 36 ages (65..100) x 2 x 1,000 = 72,000.
    // 2025: benefit 12,000; expenditure 864,000,000; admin 25,920,000; cost 889,920,000.
    expectYear(r, 'oldAge', 2025, {
      eligible: 72000,
      beneficiaries: 72000,
      perBeneficiary: 12000,
      expenditure: 864_000_000,
      admin: 25_920_000,
      cost: 889_920_000,
    });
    // 2026: benefit 12,600; expenditure 907,200,000; admin 27,216,000; cost 934,416,000.
    expectYear(r, 'oldAge', 2026, {
      eligible: 72000,
      beneficiaries: 72000,
      perBeneficiary: 12600,
      expenditure: 907_200_000,
      admin: 27_216_000,
      cost: 934_416_000,
    });
  });

  it('with a pension test leaves out those with a contributory pension', () => {
    const r = cost(fileScenario([oldAge(true)]));
    // Eligible = 72,000 x (1 - 0.3) = 50,400.
    // 2025: expenditure 50,400 x 12,000 = 604,800,000; admin 18,144,000; cost 622,944,000.
    expectYear(r, 'oldAge', 2025, {
      eligible: 50400,
      beneficiaries: 50400,
      perBeneficiary: 12000,
      expenditure: 604_800_000,
      admin: 18_144_000,
      cost: 622_944_000,
    });
    // 2026: expenditure 50,400 x 12,600 = 635,040,000; admin 19,051,200; cost 654,091,200.
    expectYear(r, 'oldAge', 2026, {
      eligible: 50400,
      beneficiaries: 50400,
      perBeneficiary: 12600,
      expenditure: 635_040_000,
      admin: 19_051_200,
      cost: 654_091_200,
    });
    // 2027: expenditure 50,400 x 13,230 = 666,792,000; admin 20,003,760; cost 686,795,760.
    expectYear(r, 'oldAge', 2027, {
      eligible: 50400,
      beneficiaries: 50400,
      perBeneficiary: 13230,
      expenditure: 666_792_000,
      admin: 20_003_760,
      cost: 686_795_760,
    });
  });

  it('applies a pension coverage that differs by sex', () => {
    const rates = {
      ...(flatCountry().rates as Record<string, unknown>),
      pensionCoverage: { female: [[65, 100, 0.1]], male: [[65, 100, 0.4]] },
    };
    const r = cost(fileScenario([oldAge(true)], { country: flatCountry({ rates }) }));
    // Eligible = 36,000 x (1 - 0.1) + 36,000 x (1 - 0.4) = 32,400 + 21,600 = 54,000.
    // 2025: expenditure 54,000 x 12,000 = 648,000,000; admin 19,440,000; cost 667,440,000.
    expectYear(r, 'oldAge', 2025, {
      eligible: 54000,
      beneficiaries: 54000,
      perBeneficiary: 12000,
      expenditure: 648_000_000,
      admin: 19_440_000,
      cost: 667_440_000,
    });
    // 2026: expenditure 54,000 x 12,600 = 680,400,000; admin 20,412,000; cost 700,812,000.
    expectYear(r, 'oldAge', 2026, {
      eligible: 54000,
      beneficiaries: 54000,
      perBeneficiary: 12600,
      expenditure: 680_400_000,
      admin: 20_412_000,
      cost: 700_812_000,
    });
  });
});

describe('unemployment benefit and employment guarantee', () => {
  // Kind "unemployment" with no age band and no prevalence: ages 15-64 and the unemployment rate.
  // Unemployed 15-64 = 10 ages x 2,000 x 0.2 + 40 ages x 2,000 x 0.05 = 4,000 + 4,000 = 8,000.

  it('an unemployment benefit of 40% of the average wage for 3 months', () => {
    const r = cost(
      fileScenario([
        benefitOf('unemployment', {
          benefit: { basis: 'averageWage', share: 0.4, months: 3, indexation: 'basis' },
          adminRate: 0.05,
        }),
      ]),
    );
    // 2025: benefit 0.4 x 3,000 x 12 x 3/12 = 3,600; expenditure 8,000 x 3,600 = 28,800,000;
    //   admin 1,440,000; cost 30,240,000.
    expectYear(r, 'unemployment', 2025, {
      eligible: 8000,
      beneficiaries: 8000,
      perBeneficiary: 3600,
      expenditure: 28_800_000,
      admin: 1_440_000,
      cost: 30_240_000,
    });
    // 2026: the average wage moves with GDP per capita: 3,000 x 1.0815 = 3,244.5 a month;
    //   benefit 0.4 x 3,244.5 x 3 = 3,893.4; expenditure 8,000 x 3,893.4 = 31,147,200;
    //   admin 1,557,360; cost 32,704,560.
    expectYear(r, 'unemployment', 2026, {
      eligible: 8000,
      beneficiaries: 8000,
      perBeneficiary: 3893.4,
      expenditure: 31_147_200,
      admin: 1_557_360,
      cost: 32_704_560,
    });
  });

  it('an employment guarantee of 100 days (4.6 months) at the minimum wage with non-wage costs', () => {
    const r = cost(
      fileScenario([
        benefitOf(
          'unemployment',
          {
            benefit: {
              basis: 'minimumWage',
              share: 1,
              months: 4.6,
              indexation: 'basis',
              nonWageCostRate: 0.25,
            },
            adminRate: 0.05,
          },
          { targeting: 'poverty' },
        ),
      ]),
    );
    // Working-age poor without work: 8,000 x poverty 0.4 = 3,200.
    // Wage bill X, materials and other non-wage costs 0.25 X, administration 0.05 X (a share of benefit
    // expenditure, methodology 2.5), cost = X x (1 + 0.25 + 0.05) = 1.3 X.
    // 2025: benefit 1,500 x 12 x 4.6/12 = 6,900; X = 3,200 x 6,900 = 22,080,000;
    //   non-wage 5,520,000; admin 1,104,000; cost 28,704,000.
    expectYear(r, 'unemployment', 2025, {
      eligible: 3200,
      beneficiaries: 3200,
      perBeneficiary: 6900,
      expenditure: 22_080_000,
      nonWageCost: 5_520_000,
      admin: 1_104_000,
      cost: 28_704_000,
    });
    // 2026: minimum wage 1,500 x 1.0815 = 1,622.25; benefit 1,622.25 x 4.6 = 7,462.35;
    //   X = 3,200 x 7,462.35 = 23,879,520; non-wage 5,969,880; admin 1,193,976; cost 31,043,376.
    expectYear(r, 'unemployment', 2026, {
      eligible: 3200,
      beneficiaries: 3200,
      perBeneficiary: 7462.35,
      expenditure: 23_879_520,
      nonWageCost: 5_969_880,
      admin: 1_193_976,
      cost: 31_043_376,
    });
    // 2027: minimum wage 1,500 x 1.0815^2 = 1,754.463375; benefit x 4.6 = 8,070.531525;
    //   X = 25,825,700.88; non-wage 6,456,425.22; admin 1,291,285.044; cost 33,573,411.144.
    expectYear(r, 'unemployment', 2027, {
      eligible: 3200,
      beneficiaries: 3200,
      perBeneficiary: 8070.531525,
      expenditure: 25_825_700.88,
      nonWageCost: 6_456_425.22,
      admin: 1_291_285.044,
      cost: 33_573_411.144,
    });
  });
});

describe('essential health care', () => {
  // Kind "health" with no age band, no prevalence and no months: everyone 0-100 not yet covered
  // (1 - health coverage 0.25), at 5% of GDP per capita a year, administration 5%.
  const r = cost(
    fileScenario([
      benefitOf('health', {
        benefit: { basis: 'gdpPerCapita', share: 0.05, indexation: 'basis' },
        adminRate: 0.05,
      }),
    ]),
  );

  it('costs the uncovered population at a share of GDP per capita', () => {
    // Eligible = 202,000 x (1 - 0.25) = 151,500.
    // 2025: GDP per capita 1e9 / 202,000 = 4,950.495...; benefit 0.05 x that = 247.5247...;
    //   expenditure 151,500 x 0.05 x 1e9 / 202,000 = 0.75 x 0.05 x 1e9 = 37,500,000; admin 1,875,000;
    //   cost 39,375,000.
    expectYear(r, 'health', 2025, {
      eligible: 151500,
      beneficiaries: 151500,
      perBeneficiary: (0.05 * 1e9) / 202000,
      expenditure: 37_500_000,
      admin: 1_875_000,
      cost: 39_375_000,
    });
    // 2026: GDP 1.0815e9, benefit 0.05 x 1.0815e9 / 202,000 = 267.698...;
    //   expenditure 0.75 x 0.05 x 1.0815e9 = 40,556,250; admin 2,027,812.5; cost 42,584,062.5.
    expectYear(r, 'health', 2026, {
      eligible: 151500,
      beneficiaries: 151500,
      perBeneficiary: (0.05 * 1.0815e9) / 202000,
      expenditure: 40_556_250,
      admin: 2_027_812.5,
      cost: 42_584_062.5,
    });
  });

  it('refuses months other than 12: health care is in kind', () => {
    const bad = benefitOf('health', {
      benefit: { basis: 'gdpPerCapita', share: 0.05, months: 6 },
    });
    expect(() => cost(fileScenario([bad]))).toThrow(/benefits\[0\]\.benefit\.months/);
  });
});

describe('custom benefit', () => {
  it('uses its formulas for the eligible population and the yearly amount', () => {
    const r = cost(
      fileScenario([
        benefitOf('custom', {
          benefit: { basis: 'povertyLine', share: 1 },
          formula: {
            eligible: 'pop(60, 64)',
            perBeneficiary: '0.5 * povertyLine + 100 * yearsSinceBase',
          },
          adminRate: 0.02,
        }),
      ]),
    );
    // Eligible = persons 60-64 = 5 ages x 2 x 1,000 = 10,000.
    // 2025: benefit 0.5 x 12,000 + 100 x 0 = 6,000; expenditure 60,000,000; admin 1,200,000;
    //   cost 61,200,000.
    expectYear(r, 'custom', 2025, {
      eligible: 10000,
      beneficiaries: 10000,
      perBeneficiary: 6000,
      expenditure: 60_000_000,
      admin: 1_200_000,
      cost: 61_200_000,
    });
    // 2026: benefit 0.5 x 12,600 + 100 = 6,400; expenditure 64,000,000; admin 1,280,000; cost 65,280,000.
    expectYear(r, 'custom', 2026, {
      eligible: 10000,
      beneficiaries: 10000,
      perBeneficiary: 6400,
      expenditure: 64_000_000,
      admin: 1_280_000,
      cost: 65_280_000,
    });
    // 2027: benefit 0.5 x 13,230 + 200 = 6,815; expenditure 68,150,000; admin 1,363,000; cost 69,513,000.
    expectYear(r, 'custom', 2027, {
      eligible: 10000,
      beneficiaries: 10000,
      perBeneficiary: 6815,
      expenditure: 68_150_000,
      admin: 1_363_000,
      cost: 69_513_000,
    });
  });

  it('without formulas is costed by the general rules', () => {
    const r = cost(
      fileScenario([
        benefitOf(
          'custom',
          {
            ages: [60, 64],
            benefit: { basis: 'fixed', amount: 500, months: 12, indexation: 'wages' },
            coverage: { startYear: 2025, start: 0.8, fullYear: 2025, full: 0.8 },
          },
          { targeting: 0.5 },
        ),
      ]),
    );
    // Eligible = 10,000 x targeting share 0.5 = 5,000; coverage 0.8 -> 4,000 beneficiaries.
    // 2025: benefit 500 x 12 = 6,000; expenditure = cost = 24,000,000 (no administration).
    expectYear(r, 'custom', 2025, {
      eligible: 5000,
      beneficiaries: 4000,
      perBeneficiary: 6000,
      expenditure: 24_000_000,
      admin: 0,
      cost: 24_000_000,
    });
    // 2026: indexed to wages, W = 1.0815: benefit 6,489; expenditure = cost = 25,956,000.
    expectYear(r, 'custom', 2026, {
      eligible: 5000,
      beneficiaries: 4000,
      perBeneficiary: 6489,
      expenditure: 25_956_000,
      admin: 0,
      cost: 25_956_000,
    });
  });
});
