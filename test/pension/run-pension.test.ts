import { describe, expect, it } from 'vitest';
import { runPension, type PensionResult } from '#engine';
import { fileScenario, flatCountry } from '../helpers/fixtures';
import { readInline } from '../helpers/input-checks';
import { pensionBlock, trainingCountryWithRates } from './fixtures';

function pension(file: Record<string, unknown>): PensionResult {
  const { scenario, country } = readInline(file);
  return runPension(scenario, country);
}

/**
 * The flat country (test/helpers/fixtures.ts): 1,000 persons of each sex at every age in every year,
 * so nobody dies before 99 and half the open group 100+ dies each year. Participation 0.5 (women)
 * and 0.8 (men) at 15-64, unemployment 0.2 at 15-24 and 0.05 at 25-64; coverage 0.5; density 1.
 * Insured per person at 25-64: women 0.5 x 0.95 x 0.5 = 0.2375, men 0.8 x 0.95 x 0.5 = 0.38; at
 * 15-24: 0.2 and 0.32. Pension age 60; pensioners in payment at the start at 61-100 in the same
 * shares (rates.pensionCoverage) as those who retire each year: the scheme is stationary.
 */
function stationaryScenario(overrides: Record<string, unknown> = {}) {
  return fileScenario([], {
    country: flatCountry({
      rates: {
        ...(flatCountry().rates as Record<string, unknown>),
        pensionCoverage: { female: [[61, 100, 0.2375]], male: [[61, 100, 0.38]] },
      },
    }),
    pension: {
      contributionRate: 0.2,
      pensionAge: 60,
      entryAge: 20,
      accrualRate: 0.02,
      coverage: 0.5,
      indexation: 'wages',
      initial: { averagePension: 2400 },
      ...overrides,
    },
  });
}

describe('a stationary population', () => {
  const r = pension(stationaryScenario());

  it('PAYG cost rate = (pensioners / contributors) x (average pension / average insurable wage)', () => {
    // Contributors: women 10 x 200 + 40 x 237.5 = 11,500; men 10 x 320 + 40 x 380 = 18,400: 29,900.
    // Pensioners: 41 ages 60-100 x (237.5 + 380) = 25,317.5 (the open group keeps 237.5 + 380: half
    // of 100+ and of those reaching it survive).
    // Average insurable wage 3,000 x 12 = 36,000 x the wage index; pension 0.02 x 40 years x 36,000
    // = 28,800 x the wage index (the 2,400 a month at the start), indexed to wages.
    // Cost rate = (25,317.5 / 29,900) x (28,800 / 36,000) = 0.846739 x 0.8 = 0.677391.
    const expected = (25_317.5 / 29_900) * (28_800 / 36_000);
    expect(r.years).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    for (let k = 0; k < r.years.length; k++) {
      expect(r.population.contributors[k]).toBeCloseTo(29_900, 6);
      expect(r.population.pensioners[k]).toBeCloseTo(25_317.5, 6);
      expect(
        r.indicators.averagePension[k]! / r.indicators.averageInsurableEarnings[k]!,
      ).toBeCloseTo(0.8, 12);
      expect(r.indicators.paygCostRate[k]).toBeCloseTo(expected, 12);
      expect(r.indicators.dependencyRatio[k]).toBeCloseTo(25_317.5 / 29_900, 12);
      // New pensions: 1,000 x (0.2375 + 0.38) = 617.5 a year, replacing 80% of the average wage.
      expect(r.population.newPensioners[k]).toBeCloseTo(617.5, 9);
      expect(r.indicators.replacementRate[k]).toBeCloseTo(0.8, 12);
    }
    expect(r.indicators.averageInsurableEarnings[0]).toBeCloseTo(36_000, 6);
  });

  it('with a contribution rate equal to the cost rate, no reserve and no interest the reserve stays 0', () => {
    const even = pension(stationaryScenario({ contributionRate: (25_317.5 / 29_900) * 0.8 }));
    for (const f of even.finances.reserve) expect(Math.abs(f)).toBeLessThan(1e-3);
    // ... and the general average premium over the whole period is that rate.
    expect(even.generalAveragePremiums[0]!.premium).toBeCloseTo((25_317.5 / 29_900) * 0.8, 12);
  });
});

describe('the general average premium on the training country (50 years, projected population)', () => {
  const file = fileScenario([], {
    country: trainingCountryWithRates(),
    years: [2025, 2074],
    demography: { project: true },
    pension: pensionBlock(),
  });
  const r = pension(file);

  it('runs 50 years on the projected population and reports every indicator by year', () => {
    expect(r.years).toHaveLength(50);
    expect(r.projectedPopulation).toBe(true);
    for (const group of [r.population, r.finances, r.indicators]) {
      for (const [key, values] of Object.entries(group)) {
        expect(values, key).toHaveLength(50);
        for (const v of values) expect(Number.isFinite(v), key).toBe(true);
      }
    }
    // The scheme matures: more pensioners per contributor and a higher cost rate.
    expect(r.indicators.dependencyRatio[49]!).toBeGreaterThan(r.indicators.dependencyRatio[0]!);
    expect(r.indicators.paygCostRate[49]!).toBeGreaterThan(r.indicators.paygCostRate[0]!);
    expect(r.byAge.map((b) => b.year)).toEqual([2025, 2074]);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('leaves the target reserve at the end of each period when the scheme runs at that premium', () => {
    expect(r.generalAveragePremiums.map((g) => g.to)).toEqual([2034, 2044, 2074]);
    for (const g of r.generalAveragePremiums) {
      const atPremium = pension({
        ...file,
        pension: pensionBlock({ contributionRate: g.premium }),
      });
      const k = g.to - 2025;
      // Target: one year of that year's expenditure.
      expect(atPremium.finances.reserve[k]! / atPremium.finances.expenditure[k]!).toBeCloseTo(1, 9);
      expect(atPremium.finances.reserve[k]!).toBeCloseTo(g.targetReserve, -1);
    }
    // Premiums rise with the period as the scheme matures.
    const [p10, p20, p50] = r.generalAveragePremiums.map((g) => g.premium);
    expect(p10!).toBeLessThan(p20!);
    expect(p20!).toBeLessThan(p50!);
  });
});

describe('scheme parameters', () => {
  it('scales coverage to the initial number of insured', () => {
    const r = pension(stationaryScenario({ initial: { insured: 14_950, averagePension: 2400 } }));
    expect(r.population.insured[0]).toBeCloseTo(14_950, 6);
    expect(r.parameters.coverageCalibration).toBeCloseTo(0.5, 12);
  });

  it('takes the pensioners in payment and their pension from the scheme when given', () => {
    const r = pension(
      stationaryScenario({ initial: { pensioners: 10_000, averagePension: 1000 } }),
    );
    // 10,000 at 61-100 plus the 617.5 new at 60; 10,000 x 12,000 + 617.5 x 28,800.
    expect(r.population.pensioners[0]).toBeCloseTo(10_617.5, 6);
    expect(r.finances.benefits[0]).toBeCloseTo(10_000 * 12_000 + 617.5 * 28_800, 3);
  });

  it('raises every pension to the minimum and indexes by prices', () => {
    // Minimum: 80% of the poverty line 12,000 = 9,600 a year, under every pension here; a pension
    // of 500 a month (6,000 a year) is lifted to it.
    const r = pension(
      stationaryScenario({
        initial: { averagePension: 500 },
        minimumPension: { basis: 'povertyLine', share: 0.8 },
        indexation: 'prices',
      }),
    );
    expect(r.parameters.minimumPension[0]).toBeCloseTo(9600, 9);
    // 2026: the minimum moves with prices (inflation 5%), 10,080.
    expect(r.parameters.minimumPension[1]).toBeCloseTo(10_080, 9);
    expect(r.parameters.indexation[1]).toBeCloseTo(0.05, 12);
    const oldPensioners = 25_317.5 - 617.5;
    expect(r.finances.benefits[0]).toBeCloseTo(oldPensioners * 9600 + 617.5 * 28_800, 3);
  });

  it('starts with no pensioners in payment, and says so, when neither scheme nor country gives them', () => {
    // Participation 0.6 at every age, no unemployment, coverage 0.3: the only pensioners in 2025
    // are the new ones at 65, 2 x 1,000 x 0.6 x 0.3 = 360.
    const r = pension(
      fileScenario([], {
        pension: { contributionRate: 0.1, pensionAge: 65, accrualRate: 0.01, coverage: 0.3 },
        country: flatCountry({ rates: { laborForceParticipation: 0.6 } }),
      }),
    );
    expect(r.warnings[0]).toContain('pension.initial.pensioners');
    expect(r.population.pensioners[0]).toBeCloseTo(360, 9);
  });
});
