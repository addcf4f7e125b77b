/**
 * The budget game of workshop mode (issue 14): a package fits its fiscal envelope when its cost, as
 * a share of GDP, is at most the envelope. Values worked by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  BadInputError,
  budgetFit,
  packageCostPctGdp,
  readScenario,
  runScenario,
  type Scenario,
} from '#engine';
import { trainingCountry } from '../../src/node/bundled-models';

describe('budgetFit', () => {
  it('fits with room left: 1.5% of GDP in an envelope of 2% leaves 0.5%', () => {
    const fit = budgetFit(0.015, 0.02);
    expect(fit.fits).toBe(true);
    expect(fit.costPctGdp).toBe(0.015);
    expect(fit.envelopePctGdp).toBe(0.02);
    // 0.02 - 0.015 = 0.005 (to binary rounding).
    expect(fit.marginPctGdp).toBeCloseTo(0.005, 15);
  });

  it('misses: 3.2% of GDP in an envelope of 2.5% misses by 0.7% (a negative margin)', () => {
    const fit = budgetFit(0.032, 0.025);
    expect(fit.fits).toBe(false);
    // 0.025 - 0.032 = -0.007.
    expect(fit.marginPctGdp).toBeCloseTo(-0.007, 15);
  });

  it('fits exactly at the envelope, and within the 1e-12 tolerance above it, but not beyond', () => {
    expect(budgetFit(0.02, 0.02)).toEqual({
      envelopePctGdp: 0.02,
      costPctGdp: 0.02,
      fits: true,
      marginPctGdp: 0,
    });
    // 0.1 + 0.2 = 0.30000000000000004 in binary: a rounding error must not make it miss 0.3.
    expect(budgetFit(0.1 + 0.2, 0.3).fits).toBe(true);
    expect(budgetFit(0.02 + 1e-12, 0.02).fits).toBe(true);
    expect(budgetFit(0.02 + 1e-9, 0.02).fits).toBe(false);
  });

  it('an envelope of zero fits only a package that costs nothing', () => {
    expect(budgetFit(0, 0).fits).toBe(true);
    expect(budgetFit(0.0001, 0).fits).toBe(false);
  });
});

describe('packageCostPctGdp', () => {
  const file = {
    format: 'spf.scenario/1',
    name: 'child and old age',
    country: 'XTA',
    years: [2025, 2035],
    benefits: [
      {
        id: 'child',
        kind: 'child',
        benefit: { basis: 'povertyLine', share: 0.25 },
        adminRate: 0.05,
      },
      { id: 'old', kind: 'oldAge', benefit: { basis: 'povertyLine', share: 1 } },
    ],
  };
  const read = readScenario(file);
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  const scenario: Scenario = read.value;
  const result = runScenario(scenario, trainingCountry());

  it("is the package's total cost over that year's GDP: the benefits' costs summed", () => {
    // 2030 is the 6th year (index 5) of 2025-2035.
    const i = 5;
    const sum = result.benefits[0]!.cost[i]! + result.benefits[1]!.cost[i]!;
    const share = packageCostPctGdp(result, 2030);
    expect(share).toBeCloseTo(sum / result.baseline.gdp[i]!, 15);
    expect(share).toBe(result.total.pctGdp[i]);
    // The child benefit alone in 2030 is 262,842,334,920.93 TBS (worked in test/engine/explain.test.ts).
    expect(result.benefits[0]!.cost[i]!).toBeCloseTo(262_842_334_920.93, 0);
    expect(share).toBeGreaterThan(262_842_334_920.93 / result.baseline.gdp[i]!);
  });

  it('refuses a year outside the scenario, naming the years', () => {
    expect(() => packageCostPctGdp(result, 2036)).toThrow(BadInputError);
    expect(() => packageCostPctGdp(result, 2024)).toThrow(
      'year: the year 2024 is outside the scenario years 2025-2035',
    );
  });
});
