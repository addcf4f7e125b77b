/**
 * Coverage phase-in (methodology 2.2) and the four indexation modes of the benefit amount (2.4),
 * worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import type { BenefitResult } from '#engine';
import { fileBenefit, fileScenario, flatCountry, flatRow } from '../helpers/fixtures';
import { cost } from '../helpers/run';

const REL = 1e-9;

function near(actual: number | undefined, expected: number, what: string): void {
  expect(actual, `${what}: missing`).toBeTypeOf('number');
  const a = actual as number;
  const tol = expected === 0 ? 1e-12 : REL * Math.abs(expected);
  expect(Math.abs(a - expected), `${what}: engine ${a}, expected ${expected}`).toBeLessThanOrEqual(
    tol,
  );
}

function nearAll(actual: readonly number[], expected: readonly number[], what: string): void {
  expect(actual.length, `${what}: length`).toBe(expected.length);
  expected.forEach((e, i) => near(actual[i], e, `${what}[${i}]`));
}

describe('coverage phase-in', () => {
  // Flat country, universal child benefit 0-14 (30,000 eligible every year) at 25% of the poverty line:
  // 3,000 x 1.05^k a year in 2025 + k. No administration, so cost = beneficiaries x 3,000 x 1.05^k.
  const YEARS = [2025, 2026, 2027, 2028, 2029, 2030];
  const u = YEARS.map((_, k) => 3000 * 1.05 ** k);

  function run(coverage: Record<string, unknown>): BenefitResult {
    return cost(fileScenario([fileBenefit({ coverage })])).benefits[0]!;
  }

  function expectCoverage(b: BenefitResult, c: number[]): void {
    nearAll(b.coverage, c, 'coverage');
    nearAll(b.eligible, [30000, 30000, 30000, 30000, 30000, 30000], 'eligible');
    nearAll(
      b.beneficiaries,
      c.map((x) => 30000 * x),
      'beneficiaries',
    );
    nearAll(
      b.cost,
      c.map((x, k) => 30000 * x * u[k]!),
      'cost',
    );
  }

  it('is 0 before the start year, start in the start year, linear, full after the full year', () => {
    const b = run({ startYear: 2026, start: 0.2, fullYear: 2029, full: 0.8 });
    // 2025: 0 (before 2026); 2026: 0.2; steps of (0.8 - 0.2) / 3 = 0.2: 2027 0.4, 2028 0.6;
    // 2029: 0.8 and it stays there in 2030.
    expectCoverage(b, [0, 0.2, 0.4, 0.6, 0.8, 0.8]);
    // e.g. 2027: 30,000 x 0.4 = 12,000 beneficiaries x 3,307.5 = 39,690,000.
    near(b.cost[2], 39_690_000, 'cost 2027');
  });

  it('starting from 0 in the start year', () => {
    const b = run({ startYear: 2026, start: 0, fullYear: 2030, full: 1 });
    // 2026: 0; then +0.25 a year: 2027 0.25, 2028 0.5, 2029 0.75, 2030 1.
    expectCoverage(b, [0, 0, 0.25, 0.5, 0.75, 1]);
  });

  it('reaches full coverage in the full year when the full year is the start year', () => {
    const b = run({ startYear: 2027, start: 0.3, fullYear: 2027, full: 0.9 });
    // 0 before 2027; from 2027 (start year = full-coverage year) the full value 0.9.
    expectCoverage(b, [0, 0, 0.9, 0.9, 0.9, 0.9]);
  });

  it('defaults start to full, and full to 1', () => {
    // start left out: start = full = 0.6 from 2026.
    expectCoverage(
      run({ startYear: 2026, fullYear: 2028, full: 0.6 }),
      [0, 0.6, 0.6, 0.6, 0.6, 0.6],
    );
    // full left out: 1; 0.5 in 2025, 0.75 in 2026, 1 from 2027.
    expectCoverage(run({ startYear: 2025, start: 0.5, fullYear: 2027 }), [0.5, 0.75, 1, 1, 1, 1]);
  });
});

describe('indexation of the benefit amount', () => {
  /**
   * A country where every index moves differently, 2025-2028 (k = t - 2025):
   * - population 1,000 + 10k in every cell: 202,000 x (1 + 0.01k) in all;
   * - GDP observed 1.0e9, 1.1e9, 1.2e9 (2025-2027), then 1.2e9 x 1.02 x 1.03 = 1.26072e9 in 2028;
   * - inflation observed 5%, 6%, 3%: I = 1, 1.06, 1.0918, 1.124554;
   * - wage index W = GDPpc / GDPpc[2025] = (GDP / 1e9) / (1 + 0.01k) = 1, 1.1/1.01, 1.2/1.02, 1.224;
   * - own poverty-line series 12,000, 12,500, 13,500, then 13,500 x 1.03 = 13,905 in 2028;
   * - average wage 3,000 x W a month (no own series).
   */
  const years = [2025, 2026, 2027, 2028];
  const rows = years.map((_, k) => flatRow(1000 + 10 * k));
  const country = flatCountry({
    population: { years, female: rows, male: rows },
    births: { years, values: [5000, 5000, 5000, 5000] },
    macro: {
      years: [2025, 2026, 2027],
      gdp: [1.0e9, 1.1e9, 1.2e9],
      realGrowth: [0.03, 0.04, 0.02],
      inflation: [0.05, 0.06, 0.03],
      revenuePctGdp: [0.2, 0.2, 0.2],
      expenditurePctGdp: [0.25, 0.25, 0.25],
      fxPerUsd: [100, 100, 100],
      povertyLine: [12000, 12500, 13500],
    },
  });
  const I = [1, 1.06, 1.0918, 1.124554];
  const W = [1, 1.1 / 1.01, 1.2 / 1.02, 1.224];
  const POP = [202000, 204020, 206040, 208060];
  const GDP = [1.0e9, 1.1e9, 1.2e9, 1.26072e9];
  // Children 0-14: 15 ages x 2 x (1,000 + 10k) = 30,000, 30,300, 30,600, 30,900.
  const ELIGIBLE = [30000, 30300, 30600, 30900];

  function amounts(benefit: Record<string, unknown>, y: [number, number] = [2025, 2028]) {
    const r = cost(fileScenario([fileBenefit({ benefit })], { country, years: y }));
    return r.benefits[0]!;
  }

  describe('on the poverty line (25%, 12 months): u[2025] = 3,000', () => {
    const on = (indexation: string) =>
      amounts({ basis: 'povertyLine', share: 0.25, months: 12, indexation });

    it('basis: keeps 25% of the poverty line as it moves', () => {
      const b = on('basis');
      // 0.25 x 12,000 / 12,500 / 13,500 / 13,905 = 3,000; 3,125; 3,375; 3,476.25.
      nearAll(b.benefitPerBeneficiary, [3000, 3125, 3375, 3476.25], 'u');
      // Expenditure = eligible x u: 30,300 x 3,125 = 94,687,500 in 2026.
      nearAll(
        b.expenditure,
        [30000 * 3000, 30300 * 3125, 30600 * 3375, 30900 * 3476.25],
        'expenditure',
      );
    });

    it('prices: u[2025] x I', () => {
      // 3,000 x 1, 1.06, 1.0918, 1.124554 = 3,000; 3,180; 3,275.4; 3,373.662.
      nearAll(on('prices').benefitPerBeneficiary, [3000, 3180, 3275.4, 3373.662], 'u');
    });

    it('wages: u[2025] x W', () => {
      // 3,000 x W = 3,000; 3,267.33 (3,300/1.01); 3,529.41 (3,600/1.02); 3,672.
      nearAll(on('wages').benefitPerBeneficiary, [3000, 3300 / 1.01, 3600 / 1.02, 3672], 'u');
    });

    it('none: u[2025] in nominal terms', () => {
      const b = on('none');
      nearAll(b.benefitPerBeneficiary, [3000, 3000, 3000, 3000], 'u');
      nearAll(
        b.cost,
        ELIGIBLE.map((e) => e * 3000),
        'cost',
      );
    });
  });

  describe('on GDP per capita (10%, 12 months): u[2025] = 0.1 x 1e9 / 202,000 = 495.0495...', () => {
    const on = (indexation: string) =>
      amounts({ basis: 'gdpPerCapita', share: 0.1, months: 12, indexation });
    const u0 = (0.1 * 1e9) / 202000;

    it('basis: 10% of GDP per capita each year', () => {
      // 0.1 x GDP / population: 495.05; 0.1 x 1.1e9 / 204,020 = 539.16; 0.1 x 1.2e9 / 206,040 = 582.41;
      // 0.1 x 1.26072e9 / 208,060 = 605.94.
      nearAll(
        on('basis').benefitPerBeneficiary,
        GDP.map((g, k) => (0.1 * g) / POP[k]!),
        'u',
      );
    });

    it('prices: u[2025] x I', () => {
      // 495.05 x 1.06 = 524.75; x 1.0918 = 540.50; x 1.124554 = 556.71.
      nearAll(
        on('prices').benefitPerBeneficiary,
        I.map((i) => u0 * i),
        'u',
      );
    });

    it('wages: u[2025] x W, which for this basis is the basis itself', () => {
      // 495.05 x 1.1/1.01 = 539.16, x 1.2/1.02 = 582.41, x 1.224 = 605.94: W is GDP per capita's own index.
      const b = on('wages');
      nearAll(
        b.benefitPerBeneficiary,
        W.map((w) => u0 * w),
        'u',
      );
      near(b.benefitPerBeneficiary[3], (0.1 * 1.26072e9) / 208060, 'u 2028 = 10% of GDPpc');
    });

    it('none: u[2025] in nominal terms', () => {
      nearAll(on('none').benefitPerBeneficiary, [u0, u0, u0, u0], 'u');
    });
  });

  describe('a fixed amount of 1,000 a month at 2025 prices: u[2025] = 12,000', () => {
    const on = (indexation: string) =>
      amounts({ basis: 'fixed', amount: 1000, months: 12, indexation });

    it('basis means prices for a fixed amount', () => {
      // 12,000 x I = 12,000; 12,720; 13,101.6; 13,494.648.
      const expected = [12000, 12720, 13101.6, 13494.648];
      nearAll(on('basis').benefitPerBeneficiary, expected, 'u basis');
      nearAll(on('prices').benefitPerBeneficiary, expected, 'u prices');
    });

    it('wages: 12,000 x W', () => {
      // 12,000; 13,200 / 1.01 = 13,069.31; 14,400 / 1.02 = 14,117.65; 14,688.
      nearAll(on('wages').benefitPerBeneficiary, [12000, 13200 / 1.01, 14400 / 1.02, 14688], 'u');
    });

    it('none: 12,000 nominal', () => {
      nearAll(on('none').benefitPerBeneficiary, [12000, 12000, 12000, 12000], 'u');
    });
  });

  describe('on the average wage (50% for 6 months): u[2025] = 0.5 x 3,000 x 12 x 6/12 = 9,000', () => {
    const on = (indexation: string) =>
      amounts({ basis: 'averageWage', share: 0.5, months: 6, indexation });

    it('basis and wages: the average wage moves with W', () => {
      // 9,000 x W = 9,000; 9,900 / 1.01 = 9,801.98; 10,800 / 1.02 = 10,588.24; 11,016.
      const expected = [9000, 9900 / 1.01, 10800 / 1.02, 11016];
      nearAll(on('basis').benefitPerBeneficiary, expected, 'u basis');
      nearAll(on('wages').benefitPerBeneficiary, expected, 'u wages');
    });

    it('prices: 9,000 x I', () => {
      // 9,000; 9,540; 9,826.2; 10,120.986.
      nearAll(on('prices').benefitPerBeneficiary, [9000, 9540, 9826.2, 10120.986], 'u');
    });

    it('none: 9,000 nominal', () => {
      nearAll(on('none').benefitPerBeneficiary, [9000, 9000, 9000, 9000], 'u');
    });
  });

  it('indexes from the country base year even when the scenario starts later', () => {
    // Scenario 2027-2028, 25% of the poverty line indexed to prices: u = u[2025] x I, with
    // u[2025] = 3,000 (not 25% of the 2027 line, 3,375): 2027 3,275.4; 2028 3,373.662.
    const prices = amounts(
      { basis: 'povertyLine', share: 0.25, months: 12, indexation: 'prices' },
      [2027, 2028],
    );
    nearAll(prices.benefitPerBeneficiary, [3275.4, 3373.662], 'u prices');
    // Not indexed: 3,000 in both years; expenditure 30,600 x 3,000 and 30,900 x 3,000.
    const none = amounts(
      { basis: 'povertyLine', share: 0.25, months: 12, indexation: 'none' },
      [2027, 2028],
    );
    nearAll(none.benefitPerBeneficiary, [3000, 3000], 'u none');
    nearAll(none.expenditure, [30600 * 3000, 30900 * 3000], 'expenditure none');
  });
});
