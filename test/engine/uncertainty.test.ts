// The uncertainty core (methodology section 8): exact entries of the tornado, spread 0 against the
// plain costing, seeds and splits, the sampling's building blocks, correlations, bad overrides, the
// growth shock, and ordered bands for any spread and seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  centralValues,
  cholesky,
  costWithValues,
  drawInputValues,
  InputError,
  percentileOfSorted,
  percentilesInPlace,
  prepareShockableRun,
  readScenario,
  resolveInputs,
  runDraws,
  runScenario,
  sensitivity,
  uncertainty,
  valueAt,
  type Band,
  type CountryData,
  type Scenario,
  type UncertainInput,
} from '#engine';
import { readFileSync } from 'node:fs';
import {
  DEFAULT_SCENARIO_FILE,
  defaultScenario,
  trainingCountry,
} from '../../src/node/bundled-models';
import { fileBenefit, fileScenario } from '../helpers/fixtures';
import { readOrThrow } from '../helpers/run';

const Z95 = 1.6448536269514722;

/** The default scenario's file with an `uncertainty` block, read as a user's file is. */
function defaultWith(block: Record<string, unknown>): Scenario {
  const file = JSON.parse(readFileSync(DEFAULT_SCENARIO_FILE, 'utf8')) as Record<string, unknown>;
  const r = readScenario({ ...file, uncertainty: block });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** The default package kept to its benefits paid as a share of the poverty line, indexed to it. */
function povertyLinePackage(): Scenario {
  const s = defaultScenario();
  const benefits = s.benefits.filter(
    (b) =>
      b.enabled &&
      b.formula === null &&
      b.benefit.basis === 'povertyLine' &&
      b.benefit.indexation === 'basis',
  );
  return { ...s, benefits };
}

/** The flat test country's scenario: one child benefit of 25% of the poverty line, 2025-2030. */
function flatScenario(block: Record<string, unknown> = {}): {
  scenario: Scenario;
  country: CountryData;
} {
  const scenario = readOrThrow(fileScenario([fileBenefit()], { uncertainty: block }));
  if (typeof scenario.country === 'string') throw new Error('the flat scenario is inline');
  return { scenario, country: scenario.country };
}

function relative(a: number, b: number): number {
  return Math.abs(a - b) / Math.abs(b);
}

describe('the poverty-line entry of the tornado', () => {
  it('gives exactly +10% on the cost and on its share of GDP for a package paid on the line', () => {
    // Every benefit pays share x line x months, indexed to the line, so its cost is proportional to
    // the line: the line at 1.1 (the default high end, +10%) gives cost x 1.1 in every year, and GDP
    // does not move, so % of GDP x 1.1 too; at 0.9, x 0.9.
    const scenario = povertyLinePackage();
    expect(scenario.benefits.length).toBeGreaterThanOrEqual(4);
    const country = trainingCountry();
    const run = prepareShockableRun(scenario, country);
    const at = run.inputs.findIndex((i) => i.name === 'povertyLine');
    expect(run.inputs[at]).toMatchObject({ low: 0.9, central: 1, high: 1.1 });
    const central = costWithValues(run, centralValues(run));
    const high = costWithValues(
      run,
      centralValues(run).map((v, k) => (k === at ? 1.1 : v)),
    );
    central.total.cost.forEach((c, k) => {
      if (c === 0) return expect(high.total.cost[k]).toBe(0);
      expect(relative(high.total.cost[k]!, 1.1 * c)).toBeLessThan(1e-12);
      expect(relative(high.total.pctGdp[k]!, 1.1 * central.total.pctGdp[k]!)).toBeLessThan(1e-12);
    });
    for (const measure of ['total.cost', 'total.pctGdp'] as const) {
      const tornado = sensitivity(scenario, country, { measure });
      const entry = tornado.inputs.find((e) => e.name === 'povertyLine')!;
      expect(entry).toMatchObject({ lowValue: 0.9, highValue: 1.1 });
      expect(relative(entry.high, 1.1 * tornado.base)).toBeLessThan(1e-12);
      expect(relative(entry.low, 0.9 * tornado.base)).toBeLessThan(1e-12);
    }
  });
});

describe('Monte Carlo', () => {
  it('with spread 0 gives bands that all equal the plain costing', () => {
    const scenario = defaultWith({ spread: 0 });
    const country = trainingCountry();
    const plain = runScenario(scenario, country);
    const r = uncertainty(scenario, country, { draws: 25, seed: 3 });
    const same = (band: Band, values: number[]) => {
      for (const key of ['p5', 'p25', 'p50', 'p75', 'p95', 'mean'] as const) {
        expect(band[key]).toEqual(values);
      }
    };
    expect(r.years).toEqual(plain.years);
    same(r.total.pctGdp, plain.total.pctGdp);
    same(r.total.cost, plain.total.cost);
    same(r.gap.pctGdp, plain.financing.gapPctGdp);
    r.benefits.forEach((b, j) => same(b.pctGdp, plain.benefits[j]!.pctGdp));
  });

  it('gives the same result for the same seed, and the same draws however they are split', () => {
    const { scenario, country } = flatScenario();
    const a = JSON.stringify(uncertainty(scenario, country, { draws: 300, seed: 11 }));
    const b = JSON.stringify(uncertainty(scenario, country, { draws: 300, seed: 11 }));
    expect(a).toBe(b);
    expect(JSON.stringify(uncertainty(scenario, country, { draws: 300, seed: 12 }))).not.toBe(a);
    const run = prepareShockableRun(defaultScenario(), trainingCountry());
    const whole = runDraws(run, 5, 0, 1000);
    const split = new Float64Array(whole.length);
    split.set(runDraws(run, 5, 0, 500), 0);
    split.set(runDraws(run, 5, 500, 500), whole.length / 2);
    expect(split).toEqual(whole);
  });

  it('takes percentiles of type 7 (Excel PERCENTILE.INC)', () => {
    // [1, 2, 3, 4] at p = 0.25: rank h = (4 - 1) x 0.25 = 0.75, so 1 + 0.75 x (2 - 1) = 1.75.
    expect(percentileOfSorted(new Float64Array([1, 2, 3, 4]), 0.25)).toBe(1.75);
    // p = 0.5: h = 1.5, 2 + 0.5 x (3 - 2) = 2.5; the ends are the smallest and largest values.
    expect(percentileOfSorted(new Float64Array([1, 2, 3, 4]), 0.5)).toBe(2.5);
    expect(percentileOfSorted(new Float64Array([1, 2, 3, 4]), 1)).toBe(4);
  });

  it('takes the same percentiles by selection as by sorting, ties and all', () => {
    // The bands select the ranks they need instead of sorting each column: the values must be the
    // sorted ones, bit for bit, whatever the order, the ties and the length.
    const levels = [0.05, 0.25, 0.5, 0.75, 0.95];
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: -5, max: 5 }).map((k) => k / 4),
          { minLength: 1, maxLength: 60 },
        ),
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }),
        (ties, spread) => {
          for (const values of [ties, spread]) {
            const sorted = Float64Array.from(values).sort();
            const expected = levels.map((p) => percentileOfSorted(sorted, p));
            expect(percentilesInPlace(Float64Array.from(values), levels)).toEqual(expected);
          }
        },
      ),
    );
    // 10,000 equal draws (spread 0): every percentile is that value.
    expect(percentilesInPlace(new Float64Array(10_000).fill(0.25), levels)).toEqual(
      levels.map(() => 0.25),
    );
  });

  it('factors a 2 x 2 correlation by hand (Cholesky)', () => {
    // [[4, 2], [2, 3]]: l11 = sqrt 4 = 2, l21 = 2 / 2 = 1, l22 = sqrt(3 - 1 x 1) = sqrt 2.
    expect(
      cholesky([
        [4, 2],
        [2, 3],
      ]),
    ).toEqual([
      [2, 0],
      [1, Math.SQRT2],
    ]);
  });

  it('places the 5th and 95th percentiles of the normal exactly on the low and high ends', () => {
    const input = { central: 1, low: 0.9, high: 1.2, min: 0, max: 10 } as UncertainInput;
    expect(valueAt(input, Z95)).toBe(1.2);
    expect(valueAt(input, -Z95)).toBe(0.9);
    expect(valueAt(input, 0)).toBe(1);
    // Half-way up on the upper side: 1 + 0.5 x (1.2 - 1).
    expect(valueAt(input, Z95 / 2)).toBeCloseTo(1.1, 15);
    // Kept within bounds far out in the tail.
    expect(valueAt(input, -100)).toBe(0);
  });

  it('draws growth and the yield of financing with a correlation of 0.5', () => {
    // Both ranges are symmetric, so the values are linear in their normals: the sample correlation of
    // the values is that of the normals, 0.5 in INPUT_CORRELATION, within sampling error (about
    // (1 - 0.25) / sqrt(5000) = 0.011 for one standard error).
    const run = prepareShockableRun(defaultScenario(), trainingCountry());
    const g = run.inputs.findIndex((i) => i.name === 'growth');
    const f = run.inputs.findIndex((i) => i.name === 'financing');
    expect(g).toBeGreaterThanOrEqual(0);
    expect(f).toBeGreaterThanOrEqual(0);
    const xs: number[] = [];
    const ys: number[] = [];
    for (let d = 0; d < 5000; d++) {
      const v = drawInputValues(run.inputs, 2024, d);
      xs.push(v[g]!);
      ys.push(v[f]!);
    }
    const mean = (a: number[]) => a.reduce((s, x) => s + x, 0) / a.length;
    const mx = mean(xs);
    const my = mean(ys);
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let d = 0; d < xs.length; d++) {
      sxy += (xs[d]! - mx) * (ys[d]! - my);
      sxx += (xs[d]! - mx) ** 2;
      syy += (ys[d]! - my) ** 2;
    }
    expect(Math.abs(sxy / Math.sqrt(sxx * syy) - 0.5)).toBeLessThan(0.05);
  });

  it('ranks p5 <= p25 <= p50 <= p75 <= p95 in every series and year, for any spread and seed', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (spread, seed) => {
          const { scenario, country } = flatScenario({ spread });
          const r = uncertainty(scenario, country, { draws: 40, seed });
          const bands = [
            r.total.pctGdp,
            r.total.cost,
            r.gap.pctGdp,
            ...r.benefits.map((b) => b.pctGdp),
          ];
          for (const b of bands) {
            r.years.forEach((_, i) => {
              expect(b.p5[i]!).toBeLessThanOrEqual(b.p25[i]!);
              expect(b.p25[i]!).toBeLessThanOrEqual(b.p50[i]!);
              expect(b.p50[i]!).toBeLessThanOrEqual(b.p75[i]!);
              expect(b.p75[i]!).toBeLessThanOrEqual(b.p95[i]!);
            });
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('the uncertainty block', () => {
  it('refuses an unknown input and a low end above the central value, naming the field', () => {
    const country = trainingCountry();
    const bad = defaultWith({
      inputs: { noSuchInput: { low: 0.5 }, growth: { low: 0.01, high: 0.02 } },
    });
    let error: unknown;
    try {
      resolveInputs(bad, country);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const paths = (error as InputError).issues.map((i) => i.path);
    expect(paths).toContain('uncertainty.inputs.noSuchInput');
    expect(paths).toContain('uncertainty.inputs.growth.low');
    expect(() => uncertainty(bad, country, { draws: 10, seed: 1 })).toThrow(InputError);
  });
});

describe('the growth shock', () => {
  it('raises GDP by the compound factor of one more point of growth, so % of GDP falls', () => {
    // Flat country: real growth 3% a year from the base year 2025. Growth + 1 pp in every year after
    // the base year: GDP 2026 x 1.04 / 1.03 = 1.0097087378640777, GDP 2027 x (1.04 / 1.03)^2 =
    // 1.0195117352248089. The benefit follows the poverty line, indexed to prices (not to growth), so
    // its cost does not move and its share of GDP falls by those factors.
    const { scenario, country } = flatScenario();
    const run = prepareShockableRun(scenario, country);
    const g = run.inputs.findIndex((i) => i.name === 'growth');
    const central = costWithValues(run, centralValues(run));
    const shocked = costWithValues(
      run,
      centralValues(run).map((v, k) => (k === g ? 0.01 : v)),
    );
    const gdp = (c: typeof central, k: number) => c.total.cost[k]! / c.total.pctGdp[k]!;
    expect(relative(gdp(shocked, 0), gdp(central, 0))).toBeLessThan(1e-12);
    expect(relative(gdp(shocked, 1) / gdp(central, 1), 1.04 / 1.03)).toBeLessThan(1e-12);
    expect(relative(gdp(shocked, 2) / gdp(central, 2), (1.04 / 1.03) ** 2)).toBeLessThan(1e-12);
    expect(shocked.total.cost).toEqual(central.total.cost);
    for (let k = 1; k < central.total.pctGdp.length; k++) {
      expect(shocked.total.pctGdp[k]!).toBeLessThan(central.total.pctGdp[k]!);
    }
  });
});
