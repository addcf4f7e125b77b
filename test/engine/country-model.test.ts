/**
 * The country's paths after the extension rules of methodology section 1 and the scenario's assumptions,
 * read from the result's `baseline` (the paths the costing used), worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import type { BaselineResult } from '#engine';
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

const YEARS = [2025, 2026, 2027, 2028, 2029, 2030];

/** The baseline paths of a scenario with no benefits on `country` over 2025-2030. */
function baselineOf(
  country: Record<string, unknown>,
  assumptions?: Record<string, unknown>,
): BaselineResult {
  const extra: Record<string, unknown> = { country };
  if (assumptions) extra.assumptions = assumptions;
  return cost(fileScenario([], extra)).baseline;
}

/**
 * "Observed": the flat country with a growing population (1,000 + 10k persons in every cell in year
 * 2025 + k, so 202,000 x (1 + 0.01k) in all) and macro data observed for 2025-2027:
 *   GDP 1.0e9, 1.1e9, 1.2e9; real growth 3%, 4%, 2%; inflation 5%, 6%, 3%; revenue 20%, 21%, 22% and
 *   expenditure 25%, 26%, 27% of GDP; 100, 110, 120 LCU per USD.
 */
function observedCountry(macroExtra: Record<string, unknown> = {}): Record<string, unknown> {
  const rows = YEARS.map((_, k) => flatRow(1000 + 10 * k));
  return flatCountry({
    population: { years: YEARS, female: rows, male: rows },
    macro: {
      years: [2025, 2026, 2027],
      gdp: [1.0e9, 1.1e9, 1.2e9],
      realGrowth: [0.03, 0.04, 0.02],
      inflation: [0.05, 0.06, 0.03],
      revenuePctGdp: [0.2, 0.21, 0.22],
      expenditurePctGdp: [0.25, 0.26, 0.27],
      fxPerUsd: [100, 110, 120],
      ...macroExtra,
    },
  });
}

// Population of "observed": 202,000 x (1 + 0.01k).
const POP = YEARS.map((_, k) => 202000 * (1 + 0.01 * k));

describe('extension past the last observed year', () => {
  it('the flat country (only 2025 observed) grows by (1+g)(1+pi) with the last values', () => {
    const b = baselineOf(flatCountry());
    // GDP[k] = 1e9 x (1.03 x 1.05)^k = 1e9 x 1.0815^k: 1e9, 1.0815e9, 1.16964225e9, ...
    nearAll(
      b.gdp,
      YEARS.map((_, k) => 1e9 * 1.0815 ** k),
      'gdp',
    );
    nearAll(b.realGrowth, [0.03, 0.03, 0.03, 0.03, 0.03, 0.03], 'realGrowth');
    nearAll(b.inflation, [0.05, 0.05, 0.05, 0.05, 0.05, 0.05], 'inflation');
    // I[2025] = 1, I[t] = I[t-1] x 1.05.
    nearAll(
      b.priceIndex,
      YEARS.map((_, k) => 1.05 ** k),
      'priceIndex',
    );
    // Shares of GDP and the exchange rate hold their last value: revenue 0.2 x GDP, expenditure 0.25 x GDP.
    nearAll(
      b.revenue,
      YEARS.map((_, k) => 0.2e9 * 1.0815 ** k),
      'revenue',
    );
    nearAll(
      b.expenditure,
      YEARS.map((_, k) => 0.25e9 * 1.0815 ** k),
      'expenditure',
    );
    nearAll(
      b.balance,
      YEARS.map((_, k) => -0.05e9 * 1.0815 ** k),
      'balance',
    );
    nearAll(b.fxPerUsd, [100, 100, 100, 100, 100, 100], 'fxPerUsd');
    // Population 202,000 every year; GDP per capita = GDP / 202,000 (4,950.495... in 2025).
    nearAll(b.population, [202000, 202000, 202000, 202000, 202000, 202000], 'population');
    nearAll(
      b.gdpPerCapita,
      YEARS.map((_, k) => (1e9 * 1.0815 ** k) / 202000),
      'gdpPerCapita',
    );
    // Constant population: the wage index is GDP growth, 1.0815^k.
    nearAll(
      b.wageIndex,
      YEARS.map((_, k) => 1.0815 ** k),
      'wageIndex',
    );
    // Poverty line 12,000 x I: 12,000, 12,600, 13,230, 13,891.5, ...
    nearAll(
      b.povertyLine,
      YEARS.map((_, k) => 12000 * 1.05 ** k),
      'povertyLine',
    );
    // Wages move with the wage index: 1,500 x 1.0815^k and 3,000 x 1.0815^k a month.
    nearAll(
      b.minimumWage,
      YEARS.map((_, k) => 1500 * 1.0815 ** k),
      'minimumWage',
    );
    nearAll(
      b.averageWage,
      YEARS.map((_, k) => 3000 * 1.0815 ** k),
      'averageWage',
    );
    nearAll(b.births, [5000, 5000, 5000, 5000, 5000, 5000], 'births');
  });

  describe('a country observed 2025-2027 with a growing population', () => {
    const b = baselineOf(observedCountry());

    it('uses observed GDP and then grows it by the last growth and inflation', () => {
      // 2025-2027 observed: 1.0e9, 1.1e9, 1.2e9.
      // 2028 = 1.2e9 x 1.02 x 1.03 = 1,260,720,000; 2029 = x 1.0506 = 1,324,512,432;
      // 2030 = x 1.0506 = 1,391,532,761.0592.
      nearAll(
        b.gdp,
        [1.0e9, 1.1e9, 1.2e9, 1_260_720_000, 1_324_512_432, 1_391_532_761.0592],
        'gdp',
      );
      nearAll(b.realGrowth, [0.03, 0.04, 0.02, 0.02, 0.02, 0.02], 'realGrowth');
      nearAll(b.inflation, [0.05, 0.06, 0.03, 0.03, 0.03, 0.03], 'inflation');
    });

    it('builds the price index from 1 in the base year with each year inflation', () => {
      // I = 1; 1.06; 1.06 x 1.03 = 1.0918; x 1.03 = 1.124554; 1.15829062; 1.1930393386.
      // (The base year's own inflation, 5%, does not enter: I[y0] = 1.)
      nearAll(b.priceIndex, [1, 1.06, 1.0918, 1.124554, 1.15829062, 1.1930393386], 'priceIndex');
    });

    it('holds shares of GDP and the exchange rate at their last value', () => {
      // Revenue: 0.20 x 1e9; 0.21 x 1.1e9 = 231,000,000; 0.22 x 1.2e9 = 264,000,000; then 0.22 x GDP.
      nearAll(
        b.revenue,
        [
          2.0e8,
          2.31e8,
          2.64e8,
          0.22 * 1_260_720_000,
          0.22 * 1_324_512_432,
          0.22 * 1_391_532_761.0592,
        ],
        'revenue',
      );
      // Expenditure: 0.25 x 1e9; 0.26 x 1.1e9 = 286,000,000; 0.27 x 1.2e9 = 324,000,000; then 0.27 x GDP.
      nearAll(
        b.expenditure,
        [
          2.5e8,
          2.86e8,
          3.24e8,
          0.27 * 1_260_720_000,
          0.27 * 1_324_512_432,
          0.27 * 1_391_532_761.0592,
        ],
        'expenditure',
      );
      nearAll(b.fxPerUsd, [100, 110, 120, 120, 120, 120], 'fxPerUsd');
    });

    it('divides GDP by the whole population and indexes wages by GDP per capita', () => {
      nearAll(b.population, POP, 'population');
      // GDPpc: 1e9 / 202,000 = 4,950.495...; 1.1e9 / 204,020 = 5,391.628...; 1.2e9 / 206,040; ...
      const gdp = [1.0e9, 1.1e9, 1.2e9, 1_260_720_000, 1_324_512_432, 1_391_532_761.0592];
      nearAll(
        b.gdpPerCapita,
        gdp.map((g, k) => g / POP[k]!),
        'gdpPerCapita',
      );
      // W = GDPpc[t] / GDPpc[2025] = (GDP[t] / 1e9) / (1 + 0.01k):
      //   1; 1.1 / 1.01 = 1.0891089...; 1.2 / 1.02 = 1.1764705...; 1.26072 / 1.03 = 1.224;
      //   1.324512432 / 1.04 = 1.273569646...; 1.3915327610592 / 1.05 = 1.325269296...
      const w = [1, 1.1 / 1.01, 1.2 / 1.02, 1.224, 1.324512432 / 1.04, 1.3915327610592 / 1.05];
      nearAll(b.wageIndex, w, 'wageIndex');
      nearAll(
        b.minimumWage,
        w.map((x) => 1500 * x),
        'minimumWage',
      );
      nearAll(
        b.averageWage,
        w.map((x) => 3000 * x),
        'averageWage',
      );
    });

    it('moves the poverty line with prices', () => {
      // PL = 12,000 x I: 12,000; 12,720; 13,101.6; 13,494.648; 13,899.48744; 14,316.4720632.
      nearAll(
        b.povertyLine,
        [12000, 12720, 13101.6, 13494.648, 13899.48744, 14316.4720632],
        'povertyLine',
      );
    });
  });

  it('uses an own poverty-line series where observed and indexes it by prices after', () => {
    const b = baselineOf(observedCountry({ povertyLine: [12000, 12500, 13500] }));
    // 2025-2027 as given; then 13,500 x I[t] / I[2027] = 13,500 x 1.03^(t-2027):
    //   2028 13,905; 2029 14,322.15; 2030 14,751.8145.
    nearAll(b.povertyLine, [12000, 12500, 13500, 13905, 14322.15, 14751.8145], 'povertyLine');
  });

  it('uses an own minimum-wage series where observed and indexes it by wages after', () => {
    const b = baselineOf(observedCountry({ minimumWage: [1500, 1600, 1650] }));
    // After 2027: 1,650 x W[t] / W[2027]. W[2028] / W[2027] = 1.224 / (1.2 / 1.02) = 1.0404, so
    //   2028 = 1,650 x 1.0404 = 1,716.66; W[2029] / W[2027] = (1.324512432 / 1.04) / (1.2 / 1.02).
    const w2027 = 1.2 / 1.02;
    nearAll(
      b.minimumWage,
      [
        1500,
        1600,
        1650,
        1716.66,
        (1650 * (1.324512432 / 1.04)) / w2027,
        (1650 * (1.3915327610592 / 1.05)) / w2027,
      ],
      'minimumWage',
    );
    // The average wage has no series: 3,000 x W as before.
    near(b.averageWage[3], 3000 * 1.224, 'averageWage 2028');
  });

  it('a benefit on the poverty line pays from the own series', () => {
    const country = observedCountry({ povertyLine: [12000, 12500, 13500] });
    const r = cost(fileScenario([fileBenefit()], { country }));
    // Child benefit 25% of the poverty line: 3,000; 3,125; 3,375; 0.25 x 13,905 = 3,476.25.
    nearAll(
      r.benefits[0]!.benefitPerBeneficiary.slice(0, 4),
      [3000, 3125, 3375, 3476.25],
      'benefitPerBeneficiary',
    );
  });

  it('refuses years the population does not cover, naming them', () => {
    expect(() => cost(fileScenario([fileBenefit()], { years: [2025, 2032] }))).toThrow(/2031-2032/);
  });
});

describe('scenario assumptions', () => {
  it('an inflation override replaces the series after the base year and rebuilds GDP from 2025', () => {
    const b = baselineOf(observedCountry(), { inflation: 0.02 });
    // Inflation 5% in the base year (not replaced), then 2% in every later year.
    nearAll(b.inflation, [0.05, 0.02, 0.02, 0.02, 0.02, 0.02], 'inflation');
    nearAll(b.realGrowth, [0.03, 0.04, 0.02, 0.02, 0.02, 0.02], 'realGrowth');
    // I = 1.02^k.
    nearAll(
      b.priceIndex,
      YEARS.map((_, k) => 1.02 ** k),
      'priceIndex',
    );
    // GDP is rebuilt from 1e9 although 2026 and 2027 were observed:
    //   2026 = 1e9 x 1.04 x 1.02 = 1,060,800,000; 2027 = x 1.02 x 1.02 = 1,103,656,320;
    //   2028 = x 1.0404 = 1,148,244,035.328; then x 1.0404 each year.
    const gdp = [1e9, 1_060_800_000, 1_103_656_320, 1_148_244_035.328];
    gdp.push(gdp[3]! * 1.0404, gdp[3]! * 1.0404 * 1.0404);
    nearAll(b.gdp, gdp, 'gdp');
    // The poverty line moves with the new prices: 12,000 x 1.02^k.
    nearAll(
      b.povertyLine,
      YEARS.map((_, k) => 12000 * 1.02 ** k),
      'povertyLine',
    );
    // GDP per capita and the wage index follow the rebuilt GDP: W[2026] = 1.0608 / 1.01.
    near(b.gdpPerCapita[1], 1_060_800_000 / 204020, 'gdpPerCapita 2026');
    near(b.wageIndex[1], 1.0608 / 1.01, 'wageIndex 2026');
    near(b.minimumWage[2], (1500 * 1.10365632) / 1.02, 'minimumWage 2027');
  });

  it('a real-growth override given per year holds its last value and rebuilds GDP', () => {
    const b = baselineOf(observedCountry(), { realGrowth: [0.01, 0.02] });
    // Growth: 3% in the base year (not replaced), 1% in 2026, 2% from 2027 on (last value held).
    nearAll(b.realGrowth, [0.03, 0.01, 0.02, 0.02, 0.02, 0.02], 'realGrowth');
    // Inflation keeps the country's path: 6% in 2026, 3% after.
    nearAll(b.inflation, [0.05, 0.06, 0.03, 0.03, 0.03, 0.03], 'inflation');
    nearAll(b.priceIndex, [1, 1.06, 1.0918, 1.124554, 1.15829062, 1.1930393386], 'priceIndex');
    // GDP from 1e9: 2026 = 1e9 x 1.01 x 1.06 = 1,070,600,000; 2027 = x 1.02 x 1.03 = 1,124,772,360;
    //   2028 = x 1.0506 = 1,181,685,841.416; then x 1.0506.
    const gdp = [1e9, 1_070_600_000, 1_124_772_360, 1_181_685_841.416];
    gdp.push(gdp[3]! * 1.0506, gdp[3]! * 1.0506 * 1.0506);
    nearAll(b.gdp, gdp, 'gdp');
  });

  it('an inflation override given per year holds its last value', () => {
    const b = baselineOf(flatCountry(), { inflation: [0.1, 0] });
    // Inflation 5% (base), 10% in 2026, 0 from 2027: I = 1, 1.1, 1.1, 1.1, ...
    nearAll(b.inflation, [0.05, 0.1, 0, 0, 0, 0], 'inflation');
    nearAll(b.priceIndex, [1, 1.1, 1.1, 1.1, 1.1, 1.1], 'priceIndex');
    // GDP: 1e9; x 1.03 x 1.1 = 1,133,000,000; then x 1.03 a year: 1,166,990,000; 1,201,999,700; ...
    nearAll(
      b.gdp,
      YEARS.map((_, k) => (k === 0 ? 1e9 : 1.133e9 * 1.03 ** (k - 1))),
      'gdp',
    );
    nearAll(b.povertyLine, [12000, 13200, 13200, 13200, 13200, 13200], 'povertyLine');
  });

  it('overrides of revenue, expenditure and the exchange rate apply after the base year', () => {
    const b = baselineOf(observedCountry(), {
      revenuePctGdp: 0.3,
      expenditurePctGdp: [0.3, 0.35],
      fxPerUsd: [150],
    });
    // Neither growth nor inflation is overridden, so observed GDP stays: 1e9, 1.1e9, 1.2e9, 1.26072e9, ...
    const gdp = [1.0e9, 1.1e9, 1.2e9, 1_260_720_000, 1_324_512_432, 1_391_532_761.0592];
    nearAll(b.gdp, gdp, 'gdp');
    // Revenue 20% in 2025 (the base year keeps the country's value), then 30%.
    nearAll(
      b.revenue,
      gdp.map((g, k) => (k === 0 ? 0.2 : 0.3) * g),
      'revenue',
    );
    // Expenditure 25% in 2025, 30% in 2026, then 35% (last value held).
    nearAll(
      b.expenditure,
      gdp.map((g, k) => (k === 0 ? 0.25 : k === 1 ? 0.3 : 0.35) * g),
      'expenditure',
    );
    // Balance 2026 = (0.3 - 0.3) x 1.1e9 = 0; 2027 = (0.3 - 0.35) x 1.2e9 = -60,000,000.
    near(b.balance[1], 0, 'balance 2026');
    near(b.balance[2], -60_000_000, 'balance 2027');
    nearAll(b.fxPerUsd, [100, 150, 150, 150, 150, 150], 'fxPerUsd');
  });
});
