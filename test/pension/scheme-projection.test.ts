import { describe, expect, it } from 'vitest';
import {
  AGES,
  CELLS,
  generalAveragePremium,
  projectScheme,
  reserveDepletionYear,
  type SchemeInputs,
} from '#engine';

/**
 * A hand-worked scheme over 3 years (2025-2027). Women only: 1,000 at every age 20..70 every year
 * (so every cohort ratio is 1 up to 70 and 0 from 70 to 71); half of them insured at 20..61 with a
 * density of 0.8; earnings 10,000 a year, growing 10% a year; contribution rate 10%; pension age 62;
 * service at the award 0.8 x (62 - 20) = 33.6 years, accrual 2%, so the new pension is 0.672 x the
 * reference wage; 100 pensioners at each age 63..70 at the start with 2,900 a year, under the
 * minimum pension of 3,000; pensions in payment rise 2% a year; reserve 1,000,000 at the start,
 * earning 5%; administration 2% of contributions.
 */
function handInputs(overrides: Partial<SchemeInputs> = {}): SchemeInputs {
  const n = 3;
  const population = new Float64Array(n * CELLS);
  const insuredRate = new Float64Array(n * CELLS);
  const earnings = new Float64Array(n * CELLS);
  for (let k = 0; k < n; k++) {
    for (let a = 20; a <= 70; a++) population[k * CELLS + a] = 1000;
    for (let a = 20; a <= 61; a++) insuredRate[k * CELLS + a] = 0.5;
    for (let c = 0; c < CELLS; c++) earnings[k * CELLS + c] = 10_000 * 1.1 ** k;
  }
  const initialPensioners = new Float64Array(CELLS);
  for (let a = 63; a <= 70; a++) initialPensioners[a] = 100;
  return {
    firstYear: 2025,
    years: n,
    population,
    insuredRate,
    density: new Float64Array(CELLS).fill(0.8),
    earnings,
    contributionRate: Float64Array.from([0.1, 0.1, 0.1]),
    interestRate: Float64Array.from([0.05, 0.05, 0.05]),
    indexation: Float64Array.from([0, 0.02, 0.02]),
    minimumPension: Float64Array.from([3000, 3000, 3000]),
    pensionAge: [62, 62],
    serviceAtAward: [33.6, 33.6],
    accrualRate: 0.02,
    referenceWage: Float64Array.from([10_000, 10_000, 11_000, 11_000, 12_100, 12_100]),
    initialPensioners,
    initialPension: [2900, 2900],
    initialReserve: 1_000_000,
    adminShareOfContributions: 0.02,
    adminShareOfBenefits: 0,
    ...overrides,
  };
}

describe('projectScheme: a hand-worked 3-year projection', () => {
  const p = projectScheme(handInputs());

  it('year 1: insured, contributions, the minimum under the old pensions, new pensions, reserve', () => {
    // Insured 0.5 x 1,000 x 42 ages = 21,000; contributors 21,000 x 0.8 = 16,800; insurable
    // earnings 16,800 x 10,000 = 168,000,000; contributions 10% = 16,800,000.
    expect(p.insuredTotal[0]).toBe(21_000);
    expect(p.contributors[0]).toBeCloseTo(16_800, 9);
    expect(p.insurableEarnings[0]).toBeCloseTo(168_000_000, 3);
    expect(p.contributions[0]).toBeCloseTo(16_800_000, 3);
    // New pensioners at 62: 1,000 x 0.5 (insured at 61) = 500 at 0.672 x 10,000 = 6,720.
    expect(p.newPensioners[0]).toBe(500);
    expect(p.pensionLevel[62]).toBeCloseTo(6720, 9);
    // The 800 at 63-70 get the minimum 3,000, not 2,900. Benefits 800 x 3,000 + 500 x 6,720.
    expect(p.pensionLevel[63]).toBe(3000);
    expect(p.pensionersTotal[0]).toBe(1300);
    expect(p.benefits[0]).toBeCloseTo(5_760_000, 3);
    // Administration 2% of 16.8 million = 336,000; expenditure 6,096,000.
    expect(p.administration[0]).toBeCloseTo(336_000, 3);
    expect(p.expenditure[0]).toBeCloseTo(6_096_000, 3);
    // Reserve 1,000,000 x 1.05 + 16,800,000 - 6,096,000 = 11,754,000.
    expect(p.interest[0]).toBeCloseTo(50_000, 6);
    expect(p.reserve[0]).toBeCloseTo(11_754_000, 3);
  });

  it('year 2: pensions move up one age, rise 2%, die at 70 with the cohort', () => {
    // Earnings 11,000: insurable earnings 184,800,000, contributions 18,480,000.
    expect(p.contributions[1]).toBeCloseTo(18_480_000, 3);
    // 63: last year's 500 new pensioners at 6,720 x 1.02 = 6,854.4; 64-70: 7 x 100 at 3,060;
    // the 100 aged 70 leave (nobody aged 71). New: 500 at 0.672 x 11,000 = 7,392.
    expect(p.pensioners[CELLS + 63]).toBe(500);
    expect(p.pensionLevel[CELLS + 63]).toBeCloseTo(6854.4, 9);
    expect(p.pensionLevel[CELLS + 70]).toBeCloseTo(3060, 9);
    expect(p.pensioners[CELLS + 71]).toBe(0);
    expect(p.pensionersTotal[1]).toBe(1700);
    // 500 x 7,392 + 500 x 6,854.4 + 700 x 3,060 = 9,265,200; administration 369,600.
    expect(p.benefits[1]).toBeCloseTo(9_265_200, 3);
    expect(p.expenditure[1]).toBeCloseTo(9_634_800, 3);
    // Reserve 11,754,000 x 1.05 + 18,480,000 - 9,634,800 = 21,186,900.
    expect(p.reserve[1]).toBeCloseTo(21_186_900, 3);
  });

  it('year 3: the reserve, and the indicators one can read off', () => {
    // Pensioners: 500 new at 8,131.2; 500 at 7,392 x 1.02 = 7,539.84; 500 at 6,854.4 x 1.02 =
    // 6,991.488; 600 at 3,060 x 1.02 = 3,121.2: benefits 13,203,984; contributions 20,328,000,
    // administration 406,560, expenditure 13,610,544.
    expect(p.pensionersTotal[2]).toBe(2100);
    expect(p.benefits[2]).toBeCloseTo(13_203_984, 3);
    expect(p.expenditure[2]).toBeCloseTo(13_610_544, 3);
    // Reserve 21,186,900 x 1.05 + 20,328,000 - 13,610,544 = 28,963,701.
    expect(p.interest[2]).toBeCloseTo(1_059_345, 3);
    expect(p.reserve[2]).toBeCloseTo(28_963_701, 3);
    // PAYG cost rate 13,610,544 / 203,280,000 = 6.6955%; replacement 8,131.2 / 12,100 = 67.2%.
    expect(p.expenditure[2]! / p.insurableEarnings[2]!).toBeCloseTo(0.06695466, 8);
    expect(p.newBenefits[2]! / p.newPensioners[2]! / 12_100).toBeCloseTo(0.672, 12);
  });

  it('finds the year the reserve runs out', () => {
    expect(reserveDepletionYear(2025, p.reserve)).toBeNull();
    // Without contributions: 1,000,000 x 1.05 - 5,760,000 < 0 in the first year.
    const none = projectScheme(handInputs({ contributionRate: new Float64Array(3) }));
    expect(none.reserve[0]).toBeCloseTo(1_050_000 - 5_760_000, 3);
    expect(reserveDepletionYear(2025, none.reserve)).toBe(2025);
  });
});

describe('the general average premium', () => {
  it('is the constant contribution rate that leaves the target reserve: checked by running the scheme at it', () => {
    const inp = handInputs();
    const p = projectScheme(inp);
    for (const ratio of [0, 1, 2.5]) {
      for (const last of [0, 1, 2]) {
        const gap = generalAveragePremium(inp, p, last, ratio);
        const rate = new Float64Array(3).fill(gap.premium);
        const run = projectScheme({ ...inp, contributionRate: rate });
        // At the premium, the reserve at the end of the period is ratio x that year's expenditure.
        expect(run.reserve[last]).toBeCloseTo(ratio * run.expenditure[last]!, 4);
        expect(gap.targetReserve).toBeCloseTo(ratio * run.expenditure[last]!, 4);
        expect(gap.to).toBe(2025 + last);
      }
    }
  });

  it('is (PV of benefits + PV of the target reserve - initial reserve) / PV of insurable earnings (hand-worked, year 1)', () => {
    // Period 2025 only, no administration, target 0: (5,760,000 / 1.05 - 1,000,000) /
    // (168,000,000 / 1.05) = (5,485,714.29 - 1,000,000) / 160,000,000 = 2.80357%.
    const inp = handInputs({ adminShareOfContributions: 0 });
    const gap = generalAveragePremium(inp, projectScheme(inp), 0, 0);
    expect(gap.premium).toBeCloseTo((5_760_000 / 1.05 - 1_000_000) / (168_000_000 / 1.05), 12);
    expect(gap.premium).toBeCloseTo(0.0280357143, 9);
  });
});

describe('cohort survival of pensioners', () => {
  it('follows the population, at most 1, the open group with its own', () => {
    // 1,000 women at every age, 600 at 100+ next year: the open group's ratio is 600 / 2,000.
    const n = 2;
    const population = new Float64Array(n * CELLS);
    for (let a = 0; a < AGES; a++) population[a] = 1000;
    for (let a = 0; a < AGES - 1; a++) population[CELLS + a] = a === 50 ? 900 : 1200;
    population[CELLS + 100] = 600;
    const initialPensioners = new Float64Array(CELLS);
    initialPensioners[49] = 10;
    initialPensioners[70] = 10;
    initialPensioners[99] = 10;
    initialPensioners[100] = 10;
    const p = projectScheme({
      ...handInputs(),
      years: n,
      population,
      insuredRate: new Float64Array(n * CELLS),
      earnings: new Float64Array(n * CELLS),
      pensionAge: [40, 40],
      initialPensioners,
      minimumPension: new Float64Array(n),
      indexation: new Float64Array(n),
    });
    expect(p.pensioners[CELLS + 50]).toBeCloseTo(9, 12); // 10 x 900/1000
    expect(p.pensioners[CELLS + 71]).toBe(10); // 1200/1000 capped at 1
    expect(p.pensioners[CELLS + 100]).toBeCloseTo(6, 12); // (10 + 10) x 600/2000
  });
});
