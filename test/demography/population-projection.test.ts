import { describe, expect, it } from 'vitest';
import {
  fertilityPatternFromShares,
  halfYearToJanuary,
  lifeTable,
  openAgeFromLast,
  projectPopulation,
  rogersCastroShares,
  singleAgeMx,
  standardMigrationProfile,
  withOpenAgeRate,
  type YearRates,
} from '#engine';

const zeros = () => new Float64Array(101);
const sum = (v: ArrayLike<number>) => Array.from(v).reduce((s, x) => s + x, 0);

/** Death rates 0 at every age but `age`; fertility only where given; no migration unless given. */
function rates(overrides: Partial<YearRates> = {}): YearRates {
  return {
    mxFemale: zeros(),
    mxMale: zeros(),
    asfr: zeros(),
    sexRatioAtBirth: 1,
    netMigrationFemale: zeros(),
    netMigrationMale: zeros(),
    ...overrides,
  };
}

describe('projectPopulation: a hand-worked 3-year projection on 1 January', () => {
  // Start, 1 January 2025: women 1,000 at 28, 1,000 at 29, 500 at 30; men 800 at 30.
  // Death rate m = 0.2 at age 30 only (both sexes). With a = 0.5, q30 = 0.2 / 1.1 = 0.181818,
  // l31 = 0.818182, L30 = l31 + 0.5 d30 = 0.909091, L29 = 1, L31 = 0.818182. So the persons aged 29
  // survive to 30 by L30/L29 = 0.909091 and those aged 30 to 31 by L31/L30 = 0.9; others all survive.
  // Fertility 0.1 at ages 29 and 30; sex ratio at birth 1 (half girls); 100 women arrive each year,
  // aged 25 on the next 1 January.
  const m = zeros();
  m[30] = 0.2;
  const f = zeros();
  f[29] = 0.1;
  f[30] = 0.1;
  const mig = zeros();
  mig[25] = 100;
  const female = zeros();
  female[28] = 1000;
  female[29] = 1000;
  female[30] = 500;
  const male = zeros();
  male[30] = 800;
  const p = projectPopulation({ female, male }, 2025, 3, () =>
    rates({ mxFemale: m, mxMale: m, asfr: f, netMigrationFemale: mig }),
  );

  it('survives, ages and adds migrants', () => {
    expect(p.years).toEqual([2025, 2026, 2027, 2028]);
    const f26 = p.female[1]!;
    expect(f26[29]).toBeCloseTo(1000, 9); // from 28, no deaths
    expect(f26[30]).toBeCloseTo(909.090909, 5); // 1,000 x 0.909091
    expect(f26[31]).toBeCloseTo(450, 9); // 500 x 0.9
    expect(f26[25]).toBe(100); // the migrants
    expect(p.male[1]![31]).toBeCloseTo(720, 9); // 800 x 0.9
    // 2028: the women aged 30 in 2026 (909.0909) are 32: x 0.9 = 818.1818; those 28 in 2025 are
    // 31: 1,000 x 0.909091 x 0.9 = 818.1818; those 30 in 2025 are 33: 450.
    const f28 = p.female[3]!;
    expect(f28[31]).toBeCloseTo(818.181818, 5);
    expect(f28[32]).toBeCloseTo(818.181818, 5);
    expect(f28[33]).toBeCloseTo(450, 9);
    expect([f28[25], f28[26], f28[27]]).toEqual([100, 100, 100]);
  });

  it('counts births from the average of the women at the start and end of each year', () => {
    // 2025: 0.1 x (1000 + 1000)/2 at 29 + 0.1 x (500 + 909.0909)/2 at 30 = 100 + 70.4545 = 170.4545.
    // 2026: at 29: 0.1 x (1000 + 0)/2 = 50; at 30: 0.1 x (909.0909 + 909.0909)/2 = 90.9091: 140.9091.
    // 2027: at 29 nobody; at 30: 0.1 x (909.0909 + 0)/2 = 45.4545.
    expect(p.births[0]).toBeCloseTo(170.454545, 5);
    expect(p.births[1]).toBeCloseTo(140.909091, 5);
    expect(p.births[2]).toBeCloseTo(45.454545, 5);
    // Half are girls; nobody dies at age 0, so 85.2273 girls and boys are 0 on 1 January 2026.
    expect(p.female[1]![0]).toBeCloseTo(85.227273, 5);
    expect(p.male[1]![0]).toBeCloseTo(85.227273, 5);
    // ... and 2 on 1 January 2028.
    expect(p.male[3]![2]).toBeCloseTo(85.227273, 5);
  });

  it('balances the account: deaths = P(t) + births + migrants - P(t+1)', () => {
    // 2025 deaths: women 1,000 x (1 - 0.909091) + 500 x 0.1 = 140.9091; men 800 x 0.1 = 80.
    expect(p.deaths[0]).toBeCloseTo(220.909091, 5);
    expect(p.netMigrants).toEqual([100, 100, 100]);
    // Totals 1 January 2026: women 1000 + 909.0909 + 450 + 100 + 85.2273; men 720 + 85.2273.
    expect(sum(p.female[1]!) + sum(p.male[1]!)).toBeCloseTo(3349.545455, 5);
    // 2027 deaths: women 1000 x 0.090909 + 909.0909 x 0.1 = 181.8182; men 720 are past 30.
    expect(p.deaths[1]).toBeCloseTo(181.818182, 5);
  });
});

describe('projectPopulation without deaths, births or migration', () => {
  it('moves every cohort up one age a year unchanged, the open group keeping its own', () => {
    const female = Float64Array.from({ length: 101 }, (_, a) => 1000 + a);
    const male = Float64Array.from({ length: 101 }, (_, a) => 2000 + 2 * a);
    const p = projectPopulation({ female, male }, 2030, 5, () => rates());
    for (let k = 1; k <= 5; k++) {
      for (let a = k; a < 100; a++) {
        expect(p.female[k]![a]).toBe(1000 + a - k);
        expect(p.male[k]![a]).toBe(2000 + 2 * (a - k));
      }
      for (let a = 0; a < k; a++) expect(p.female[k]![a]).toBe(0);
      expect(p.deaths[k - 1]).toBeCloseTo(0, 6);
    }
    // 100+ after one year: 1,100 already there + 1,099 from 99.
    expect(p.female[1]![100]).toBe(2199);
    // The total never changes.
    expect(sum(p.female[5]!) + sum(p.male[5]!)).toBeCloseTo(sum(female) + sum(male), 6);
  });
});

describe('halfYearToJanuary', () => {
  it('moves half of each age up and survives half a year (hand-worked)', () => {
    // Mid-year: 1,000 women at 40 and at 41, m = 0.1 at 40 and 0 at 41. On 1 January: age 41 =
    // half of 41 (500) + half of 40 surviving exp(-0.05) (475.6147) = 975.6147; age 40 = 475.6147;
    // age 42 = 500. Fertility 0.2 at 41: births = 0.5 year x 0.2 x (1000 + 975.6147)/2 = 98.7807.
    const m = zeros();
    m[40] = 0.1;
    const f = zeros();
    f[41] = 0.2;
    const female = zeros();
    female[40] = 1000;
    female[41] = 1000;
    const r = halfYearToJanuary(
      { female, male: zeros() },
      rates({ mxFemale: m, mxMale: m, asfr: f }),
    );
    expect(r.female[40]).toBeCloseTo(500 * Math.exp(-0.05), 9);
    expect(r.female[41]).toBeCloseTo(500 + 500 * Math.exp(-0.05), 9);
    expect(r.female[42]).toBeCloseTo(500, 9);
    expect(r.births).toBeCloseTo(98.780737, 5);
    expect(r.female[0]).toBeCloseTo(98.780737 / 2, 5);
  });
});

describe('single-age death rates from age groups', () => {
  it('keeps every group cumulative hazard and single ages as they are', () => {
    const starts = [0, 1, 5, 10, 15, 20, 100];
    const groupMx = [0.05, 0.004, 0.001, 0.0008, 0.0012, 0.02, 0.5];
    const m = singleAgeMx(starts, groupMx);
    expect(m[0]).toBe(0.05);
    // Sum over 1-4 = 4 x 0.004; over 5-9 = 5 x 0.001; over 20-99 = 80 x 0.02.
    expect(m.slice(1, 5).reduce((s, v) => s + v, 0)).toBeCloseTo(0.016, 12);
    expect(m.slice(5, 10).reduce((s, v) => s + v, 0)).toBeCloseTo(0.005, 12);
    expect(m.slice(20, 100).reduce((s, v) => s + v, 0)).toBeCloseTo(1.6, 12);
    expect(m[100]).toBe(0.5);
    // Log-linear: between mid-ages 7.5 and 12.5 the rate falls steadily (before the rescaling).
    expect(m[6]!).toBeGreaterThan(m[9]!);
    const single = Array.from({ length: 101 }, (_, a) => 0.001 * (a + 1));
    expect(
      Array.from(
        singleAgeMx(
          single.map((_, a) => a),
          single,
        ),
      ),
    ).toEqual(single);
  });

  it('extends rates that stop at 99 by two more years of their rise over the last ten ages', () => {
    // m(89) = 0.1, m(99) = 0.2: g = 2^(1/10); m(100+) = 0.2 x 2^(2/10) = 0.229740.
    const m = Array.from({ length: 100 }, (_, a) => (a === 89 ? 0.1 : a === 99 ? 0.2 : 0.01));
    expect(withOpenAgeRate(m)[100]).toBeCloseTo(0.2 * 2 ** 0.2, 12);
  });

  it('estimates the open group from age 99 by the stationary ratio T(100)/L(99)', () => {
    // m = 0.5 at 99 and 100+: q99 = 0.4, l100 = 0.6, L99 = 0.6 + 0.5 x 0.4 = 0.8, T100 = 0.6/0.5 = 1.2.
    const m = new Float64Array(101);
    m[99] = 0.5;
    m[100] = 0.5;
    expect(openAgeFromLast(1000, lifeTable(m))).toBeCloseTo(1500, 9);
  });
});

describe('fertility and migration age patterns', () => {
  it('splits 5-year shares of the TFR into single ages that keep each group share', () => {
    const shares = [0.05, 0.2, 0.3, 0.25, 0.13, 0.05, 0.02];
    const p = fertilityPatternFromShares(shares, 'fiveYear');
    expect(sum(p)).toBeCloseTo(1, 12);
    expect(p[14]).toBe(0);
    expect(p[50]).toBe(0);
    for (let g = 0; g < 7; g++) {
      const inGroup = Array.from(p.subarray(15 + 5 * g, 20 + 5 * g)).reduce((s, v) => s + v, 0);
      expect(inGroup).toBeCloseTo(shares[g]!, 12);
    }
  });

  it('spreads net migrants by the standard Rogers-Castro profile, half women, peaking in the twenties', () => {
    const shares = rogersCastroShares();
    expect(sum(shares)).toBeCloseTo(1, 12);
    let peak = 0;
    for (let a = 1; a < 101; a++) if (shares[a]! > shares[peak]!) peak = a;
    expect(peak).toBeGreaterThanOrEqual(18);
    expect(peak).toBeLessThanOrEqual(25);
    const p = standardMigrationProfile();
    expect(sum(p.female)).toBeCloseTo(0.5, 12);
    expect(sum(p.male)).toBeCloseTo(0.5, 12);
    // Children move with their parents, the oldest hardly at all.
    expect(shares[2]!).toBeGreaterThan(shares[60]!);
    expect(shares[95]!).toBeLessThan(1e-4);
  });
});
