/**
 * Year-by-year coverage (`coverage.byYear`, issue 14): take-up rates by year, linear between the years
 * given, 0 before the first and the last held; beside the linear phase-in, which it must equal where
 * the two describe the same path. Values worked by hand on the training country.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  costWithValues,
  coverageToFile,
  explainNumber,
  pointsValue,
  prepareShockableRun,
  readScenario,
  recompute,
  runScenario,
  scenarioPair,
  sensitivity,
  type CoveragePoint,
  type ExplainNode,
  type Issue,
  type Scenario,
  type ScenarioFile,
} from '#engine';
import { trainingCountry } from '../../src/node/bundled-models';

const country = trainingCountry();

/** The default package's child benefit (0-14, a quarter of the poverty line, 5% administration). */
function childFile(coverage: unknown, years: [number, number] = [2025, 2030]) {
  return {
    format: 'spf.scenario/1',
    name: 'child',
    country: 'XTA',
    years,
    benefits: [
      {
        id: 'child',
        kind: 'child',
        ages: [0, 14],
        benefit: { basis: 'povertyLine', share: 0.25 },
        adminRate: 0.05,
        coverage,
      },
    ],
  };
}

function read(file: unknown): Scenario {
  const r = readScenario(file);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

function issuesOf(file: unknown): Issue[] {
  const r = readScenario(file);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.issues;
}

const child = (file: unknown) => runScenario(read(file), country).benefits[0]!;

describe('pointsValue, worked by hand', () => {
  // {2025: 0.2, 2028: 0.8}: the rate rises by (0.8 - 0.2) / 3 = 0.2 a year between the two years.
  const points: CoveragePoint[] = [
    { year: 2025, rate: 0.2 },
    { year: 2028, rate: 0.8 },
  ];
  it('is 0 before the first year, linear between, and holds the last rate after', () => {
    expect(pointsValue(points, 2024)).toBe(0);
    expect(pointsValue(points, 2025)).toBe(0.2);
    expect(pointsValue(points, 2026)).toBeCloseTo(0.4, 15); // 0.2 + 0.6 × 1/3
    expect(pointsValue(points, 2027)).toBeCloseTo(0.6, 15); // 0.2 + 0.6 × 2/3
    expect(pointsValue(points, 2028)).toBe(0.8);
    expect(pointsValue(points, 2030)).toBe(0.8);
  });

  it('may fall as well as rise, and a single point is a step', () => {
    // {2030: 1, 2040: 0.5}: 2035 is halfway, 1 - 0.5 × 5/10 = 0.75.
    const falling = [
      { year: 2030, rate: 1 },
      { year: 2040, rate: 0.5 },
    ];
    expect(pointsValue(falling, 2035)).toBe(0.75);
    expect(pointsValue([{ year: 2027, rate: 0.6 }], 2026)).toBe(0);
    expect(pointsValue([{ year: 2027, rate: 0.6 }], 2050)).toBe(0.6);
  });
});

describe('a child benefit with byYear coverage on the training country', () => {
  // {2026: 0.2, 2029: 0.8}: 2025 is before the first year (0); 2027 = 0.2 + 0.6 × 1/3 = 0.4;
  // 2028 = 0.2 + 0.6 × 2/3 = 0.6; 2030 holds the last rate, 0.8.
  const r = child(childFile({ byYear: { '2029': 0.8, '2026': 0.2 } }));

  it('takes up the rates given, linear between them', () => {
    const expected = [0, 0.2, 0.4, 0.6, 0.8, 0.8];
    r.coverage.forEach((c, i) => expect(c).toBeCloseTo(expected[i]!, 15));
    r.beneficiaries.forEach((b, i) => expect(b).toBeCloseTo(r.eligible[i]! * expected[i]!, 4));
  });

  it('costs 80% of the full-coverage cost in 2030', () => {
    // At full coverage the child benefit costs 262,842,334,920.93 TBS in 2030 (worked by hand in
    // test/engine/explain.test.ts: 8,928,658 children × 28,036.2439 TBS × 1.05). At 0.8:
    // 0.8 × 262,842,334,920.93 = 210,273,867,936.74 TBS.
    expect(r.cost[5]).toBeCloseTo(210_273_867_936.74, 0);
    expect(r.cost[0]).toBe(0);
  });

  it('equals the linear phase-in where the two describe the same path', () => {
    // byYear {2025: 0.5, 2027: 1} is the ramp startYear 2025 at 0.5, fullYear 2027 at 1:
    // 0.5, 0.75, 1, 1, 1, 1 in both.
    const byYear = child(childFile({ byYear: { '2025': 0.5, '2027': 1 } }));
    const ramp = child(childFile({ startYear: 2025, start: 0.5, fullYear: 2027, full: 1 }));
    expect(byYear.coverage).toEqual([0.5, 0.75, 1, 1, 1, 1]);
    expect(byYear.coverage).toEqual(ramp.coverage);
    expect(byYear.cost).toEqual(ramp.cost);
  });

  it('summarises the points in the ramp fields and writes them back as byYear alone', () => {
    const spec = read(childFile({ byYear: { '2029': 0.8, '2026': 0.2 } })).benefits[0]!;
    expect(spec.coverage).toEqual({
      startYear: 2026,
      start: 0.2,
      fullYear: 2029,
      full: 0.8,
      byYear: [
        { year: 2026, rate: 0.2 },
        { year: 2029, rate: 0.8 },
      ],
    });
    expect(coverageToFile(spec.coverage)).toEqual({ byYear: { '2026': 0.2, '2029': 0.8 } });
  });
});

describe('why this number: the coverage leaf shows the points', () => {
  const file = childFile({ byYear: { '2026': 0.2, '2029': 0.8 } });
  const tree = explainNumber(read(file), country, {
    year: 2027,
    benefit: 'child',
    measure: 'cost',
  });
  const coverage = tree.terms
    .find((t) => t.name === 'beneficiaries')!
    .terms.find((t) => t.name === 'coverage')!;

  it('lists each year and rate given and the year asked, and recomputes to 0.4', () => {
    expect(coverage.op).toBe('byYear');
    expect(coverage.terms.map((t: ExplainNode) => [t.name, t.value])).toEqual([
      ['year1', 2026],
      ['rate1', 0.2],
      ['year2', 2029],
      ['rate2', 0.8],
      ['year', 2027],
    ]);
    expect(coverage.value).toBeCloseTo(0.4, 15);
    expect(recompute(coverage)).toBeCloseTo(0.4, 15);
    expect(coverage.formula).toBe('byYear(year1, rate1, year2, rate2, year)');
    expect(coverage.terms[1]!.label).toBe('Take-up rate given for 2026');
    expect(coverage.terms[1]!.source.path).toBe('benefits[0].coverage.byYear.2026');
  });
});

describe('uncertainty: the take-up input scales every rate given', () => {
  it('a take-up factor of 1.1 scales 0.2 to 0.22 and holds 0.95 at 1', () => {
    // {2026: 0.2, 2029: 0.95} × 1.1 = {2026: 0.22, 2029: 1.045 -> 1 (a rate stays within 0..1)}.
    // 2027 = 0.22 + (1 - 0.22) × 1/3 = 0.48.
    const scenario = read(childFile({ byYear: { '2026': 0.2, '2029': 0.95 } }));
    const run = prepareShockableRun(scenario, country);
    const values = run.inputs.map((input) =>
      input.name === 'coverage.child' ? 1.1 : input.central,
    );
    const costs = costWithValues(run, values);
    const base = runScenario(scenario, country).benefits[0]!;
    // Cost is proportional to coverage (eligible and the amount are unchanged): the shocked cost
    // over the cost of one unit of coverage in the same year gives the shocked coverage.
    const coverageIn = (i: number) =>
      costs.benefits[0]!.cost[i]! / (base.cost[i]! / base.coverage[i]!);
    expect(coverageIn(2)).toBeCloseTo(0.48, 12);
    expect(coverageIn(5)).toBeCloseTo(1, 12);
  });
});

describe('the low and high scenario files of How sure? keep year-by-year coverage', () => {
  it('write byYear alone, each rate scaled by the end of the take-up input (within 0..1)', () => {
    const file = childFile({ byYear: { '2026': 0.2, '2029': 0.95 } }) as unknown as ScenarioFile;
    const scenario = read(file);
    const pair = scenarioPair(file, scenario, country, sensitivity(scenario, country));
    // The take-up input's default range is 0.9 to 1.1 of the rates (methodology 10): 0.2 × 0.9 =
    // 0.18 and 0.95 × 0.9 = 0.855 at the low end; 0.22 and 1.045 -> 1 at the high end.
    const coverageOf = (f: ScenarioFile) => f.benefits[0]!.coverage!;
    const low = coverageOf(pair.low).byYear!;
    const high = coverageOf(pair.high).byYear!;
    expect(Object.keys(coverageOf(pair.low))).toEqual(['byYear']);
    expect(low['2026']).toBeCloseTo(0.18, 15);
    expect(low['2029']).toBeCloseTo(0.855, 15);
    expect(high['2026']).toBeCloseTo(0.22, 15);
    expect(high['2029']).toBe(1);
    expect(readScenario(pair.high).ok).toBe(true);
  });
});

describe('validation of coverage.byYear', () => {
  it('refuses both forms at once, naming the fields', () => {
    const issues = issuesOf(childFile({ startYear: 2025, fullYear: 2027, byYear: { '2025': 1 } }));
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: 'benefits[0].coverage.byYear',
        code: 'scenario.coverageBothForms',
        message:
          'give either byYear (take-up rates by year) or the phase-in (startYear, fullYear), not both',
      }),
    );
  });

  it('refuses a rate above 1 at its year, and a key that is not a year', () => {
    expect(issuesOf(childFile({ byYear: { '2026': 1.5 } }))).toContainEqual(
      expect.objectContaining({ path: 'benefits[0].coverage.byYear.2026' }),
    );
    expect(issuesOf(childFile({ byYear: { '2026': -0.1 } }))).toContainEqual(
      expect.objectContaining({ path: 'benefits[0].coverage.byYear.2026' }),
    );
    expect(issuesOf(childFile({ byYear: { '26': 0.5 } }))).toContainEqual(
      expect.objectContaining({
        path: 'benefits[0].coverage.byYear.26',
        message: 'must be a year from 1900 to 2300, written "2030"',
      }),
    );
    expect(issuesOf(childFile({ byYear: { '2400': 0.5 } }))).toContainEqual(
      expect.objectContaining({ path: 'benefits[0].coverage.byYear.2400' }),
    );
  });

  it('refuses no years, and more than 101', () => {
    expect(issuesOf(childFile({ byYear: {} }))).toContainEqual(
      expect.objectContaining({
        path: 'benefits[0].coverage.byYear',
        code: 'validation.atLeastOneItem',
      }),
    );
    const many = Object.fromEntries(Array.from({ length: 102 }, (_, j) => [String(2000 + j), 1]));
    expect(issuesOf(childFile({ byYear: many }))).toContainEqual(
      expect.objectContaining({
        path: 'benefits[0].coverage.byYear',
        code: 'limits.tooMany',
        params: { limit: 101, found: 102 },
      }),
    );
    const most = Object.fromEntries(Array.from({ length: 101 }, (_, j) => [String(2000 + j), 1]));
    expect(readScenario(childFile({ byYear: most })).ok).toBe(true);
  });

  it('still requires startYear and fullYear of a phase-in', () => {
    expect(issuesOf(childFile({ start: 0.5, full: 1 }))).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'benefits[0].coverage.startYear',
          code: 'validation.required',
        }),
        expect.objectContaining({
          path: 'benefits[0].coverage.fullYear',
          code: 'validation.required',
        }),
      ]),
    );
  });
});

/** 1 to 12 points in distinct years of 2000..2100, ascending, with rates in 0..1. */
const pointsArb = fc
  .uniqueArray(fc.integer({ min: 2000, max: 2100 }), { minLength: 1, maxLength: 12 })
  .chain((years) =>
    fc
      .array(fc.double({ min: 0, max: 1, noNaN: true }), {
        minLength: years.length,
        maxLength: years.length,
      })
      .map((rates) =>
        [...years].sort((a, b) => a - b).map((year, j) => ({ year, rate: rates[j]! })),
      ),
  );

describe('pointsValue over random points (fast-check)', () => {
  it('is 0 before the first year and within [min, max] of the rates from it on', () => {
    fc.assert(
      fc.property(pointsArb, fc.integer({ min: 1990, max: 2110 }), (points, year) => {
        const v = pointsValue(points, year);
        if (year < points[0]!.year) return v === 0;
        const rates = points.map((p) => p.rate);
        return v >= Math.min(...rates) - 1e-15 && v <= Math.max(...rates) + 1e-15;
      }),
    );
  });

  it('is monotone between monotone points: rising rates never give a falling year', () => {
    fc.assert(
      fc.property(pointsArb, fc.integer({ min: 1990, max: 2110 }), (points, year) => {
        const rising = points
          .map((p) => p.rate)
          .sort((a, b) => a - b)
          .map((rate, j) => ({ year: points[j]!.year, rate }));
        return pointsValue(rising, year + 1) >= pointsValue(rising, year) - 1e-15;
      }),
    );
  });
});
