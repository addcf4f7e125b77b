/**
 * Invariants of the costing (methodology section 2), checked with fast-check on the flat country
 * (test/helpers/fixtures.ts) for random benefits: any kind, ages, sex, basis, share, months, indexation,
 * coverage ramp, administration rate, targeting and exclusion error.
 *
 * Cost is C = E x c x u x (1 + adm) with u = share x basis x months / 12, so it is linear in the share
 * (or the fixed amount) and in the coverage ramp; the package is the sum of its benefits, whatever their
 * order; and every derived series agrees with the cost it derives from.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BenefitResult, CostingResult } from '#engine';
import { fileScenario } from '../helpers/fixtures';
import { cost } from '../helpers/run';

const RUNS = { numRuns: 100 };

interface Params {
  kind:
    | 'child'
    | 'orphan'
    | 'maternity'
    | 'disability'
    | 'oldAge'
    | 'unemployment'
    | 'health'
    | 'custom';
  ages: [number, number];
  sex: 'all' | 'female' | 'male';
  basis: 'povertyLine' | 'gdpPerCapita' | 'minimumWage' | 'averageWage' | 'fixed';
  share: number;
  amount: number;
  months: number;
  indexation: 'basis' | 'prices' | 'wages' | 'none';
  startYear: number;
  rampYears: number;
  start: number;
  full: number;
  adminRate: number;
  targeting: null | 'poverty' | number;
  exclusionError: number;
  pensionTested: boolean;
}

/**
 * A number from 0 to `max` on a grid of a millionth of `max`: realistic values, with exact 0 and `max`
 * included, and no subnormal numbers (whose products underflow and make relative comparisons meaningless).
 */
const unit = (max = 1) => fc.integer({ min: 0, max: 1_000_000 }).map((n) => (n / 1_000_000) * max);
const between = (min: number, max: number) => unit(max - min).map((x) => min + x);

const paramsArb: fc.Arbitrary<Params> = fc.record({
  kind: fc.constantFrom(
    'child',
    'orphan',
    'maternity',
    'disability',
    'oldAge',
    'unemployment',
    'health',
    'custom',
  ),
  ages: fc
    .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
    .map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a])),
  sex: fc.constantFrom('all', 'female', 'male'),
  basis: fc.constantFrom('povertyLine', 'gdpPerCapita', 'minimumWage', 'averageWage', 'fixed'),
  share: between(0.01, 2),
  amount: between(1, 10_000),
  months: between(0.5, 14),
  indexation: fc.constantFrom('basis', 'prices', 'wages', 'none'),
  startYear: fc.integer({ min: 2025, max: 2030 }),
  rampYears: fc.integer({ min: 0, max: 6 }),
  // At most 0.5, so that a scale factor of up to 2 keeps coverage within [0, 1].
  start: unit(0.5),
  full: unit(0.5),
  adminRate: unit(0.1),
  targeting: fc.oneof(fc.constant(null), fc.constant('poverty' as const), unit()),
  exclusionError: unit(),
  pensionTested: fc.boolean(),
});

/** The benefit in file form. Health care is costed per year (no months); a fixed amount has no share. */
function fileOf(p: Params, id = 'b'): Record<string, unknown> {
  const benefit: Record<string, unknown> = { basis: p.basis, indexation: p.indexation };
  if (p.basis === 'fixed') benefit.amount = p.amount;
  else benefit.share = p.share;
  if (p.kind !== 'health') benefit.months = p.months;
  return {
    id,
    kind: p.kind,
    ages: p.ages,
    sex: p.sex,
    eligibility: {
      targeting: p.targeting,
      exclusionError: p.exclusionError,
      pensionTested: p.pensionTested,
    },
    benefit,
    coverage: {
      startYear: p.startYear,
      start: p.start,
      fullYear: p.startYear + p.rampYears,
      full: p.full,
    },
    adminRate: p.adminRate,
  };
}

const run = (...ps: Params[]): CostingResult =>
  cost(fileScenario(ps.map((p, i) => fileOf(p, `b${i}`))));

/** |a - b| <= rel x max(|a|, |b|): exact zeros must match exactly. */
function close(a: number, b: number, rel = 1e-9): boolean {
  return Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b));
}

function expectSeriesClose(actual: readonly number[], expected: readonly number[], what: string) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => {
    if (!close(v, expected[i]!)) {
      throw new Error(
        `${what}, year index ${i}: ${v} is not ${expected[i]} (within 1e-9 relative)`,
      );
    }
  });
}

describe('linearity', () => {
  it('doubling the share (or the fixed amount) doubles the cost every year', () => {
    fc.assert(
      fc.property(paramsArb, (p) => {
        const doubled =
          p.basis === 'fixed' ? { ...p, amount: 2 * p.amount } : { ...p, share: 2 * p.share };
        const once = run(p).benefits[0]!;
        const twice = run(doubled).benefits[0]!;
        expectSeriesClose(
          twice.cost,
          once.cost.map((c) => 2 * c),
          'cost',
        );
        expectSeriesClose(
          twice.benefitPerBeneficiary,
          once.benefitPerBeneficiary.map((u) => 2 * u),
          'amount',
        );
        // The people do not change.
        expect(twice.beneficiaries).toEqual(once.beneficiaries);
      }),
      RUNS,
    );
  });

  it('scaling coverage (start and full) by a factor scales the cost by it', () => {
    fc.assert(
      fc.property(paramsArb, unit(2), (p, factor) => {
        const scaled = { ...p, start: p.start * factor, full: p.full * factor };
        const base = run(p).benefits[0]!;
        const r = run(scaled).benefits[0]!;
        expectSeriesClose(
          r.cost,
          base.cost.map((c) => c * factor),
          'cost',
        );
        expectSeriesClose(
          r.beneficiaries,
          base.beneficiaries.map((n) => n * factor),
          'beneficiaries',
        );
        // Eligibility does not depend on coverage.
        expect(r.eligible).toEqual(base.eligible);
      }),
      RUNS,
    );
  });

  it('zero coverage costs nothing, though people are still eligible', () => {
    fc.assert(
      fc.property(paramsArb, (p) => {
        const r = run({ ...p, start: 0, full: 0 });
        const b = r.benefits[0]!;
        const zeros = r.years.map(() => 0);
        expect(b.beneficiaries).toEqual(zeros);
        expect(b.expenditure).toEqual(zeros);
        expect(b.admin).toEqual(zeros);
        expect(b.cost).toEqual(zeros);
        expect(r.total.cost).toEqual(zeros);
        expect(b.eligible.every((e) => e >= 0)).toBe(true);
      }),
      RUNS,
    );
  });
});

const packageArb = fc.array(paramsArb, { minLength: 1, maxLength: 4 });

describe('the package', () => {
  it('is the sum of its benefits every year: cost, expenditure and administration', () => {
    fc.assert(
      fc.property(packageArb, (ps) => {
        const r = run(...ps);
        expect(r.benefits).toHaveLength(ps.length);
        const sum = (pick: (b: BenefitResult) => number[]) =>
          r.years.map((_, i) => r.benefits.reduce((s, b) => s + pick(b)[i]!, 0));
        expectSeriesClose(
          r.total.cost,
          sum((b) => b.cost),
          'total cost',
        );
        expectSeriesClose(
          r.total.expenditure,
          sum((b) => b.expenditure),
          'total expenditure',
        );
        expectSeriesClose(
          r.total.admin,
          sum((b) => b.admin),
          'total admin',
        );
        // And each benefit's cost is its expenditure plus administration (no non-wage costs here).
        for (const b of r.benefits) {
          expectSeriesClose(
            b.cost,
            b.expenditure.map((x, i) => x + b.admin[i]!),
            `${b.id} cost`,
          );
        }
      }),
      RUNS,
    );
  });

  it('does not depend on the order of its benefits', () => {
    const shuffled = packageArb.chain((ps) =>
      fc.tuple(
        fc.constant(ps),
        fc.shuffledSubarray(
          ps.map((_, i) => i),
          { minLength: ps.length, maxLength: ps.length },
        ),
      ),
    );
    fc.assert(
      fc.property(shuffled, ([ps, order]) => {
        const files = ps.map((p, i) => fileOf(p, `b${i}`));
        const a = cost(fileScenario(files));
        const b = cost(fileScenario(order.map((i) => files[i]!)));
        // Every benefit's own results are exactly the same, wherever it stands.
        for (const mine of a.benefits) {
          expect(b.benefits.find((x) => x.id === mine.id)).toEqual(mine);
        }
        expect(b.benefits.map((x) => x.id)).toEqual(order.map((i) => `b${i}`));
        // The totals differ at most by the order of a floating-point sum.
        expectSeriesClose(b.total.cost, a.total.cost, 'total cost');
        expectSeriesClose(b.total.expenditure, a.total.expenditure, 'total expenditure');
        expectSeriesClose(b.total.admin, a.total.admin, 'total admin');
        expectSeriesClose(b.total.pctGdp, a.total.pctGdp, 'total % of GDP');
      }),
      RUNS,
    );
  });
});

describe('consistency of every series', () => {
  it('eligible >= beneficiaries >= 0, and coverage stays within [0, 1]', () => {
    fc.assert(
      fc.property(packageArb, (ps) => {
        for (const b of run(...ps).benefits) {
          b.eligible.forEach((e, i) => {
            const n = b.beneficiaries[i]!;
            expect(n).toBeGreaterThanOrEqual(0);
            expect(e).toBeGreaterThanOrEqual(n);
            expect(b.coverage[i]).toBeGreaterThanOrEqual(0);
            expect(b.coverage[i]).toBeLessThanOrEqual(1);
            expect(Number.isFinite(b.cost[i])).toBe(true);
          });
        }
      }),
      RUNS,
    );
  });

  it('pctGdp x GDP = cost, for each benefit and the total', () => {
    fc.assert(
      fc.property(packageArb, (ps) => {
        const r = run(...ps);
        const gdp = r.baseline.gdp;
        expectSeriesClose(
          r.total.pctGdp.map((s, i) => s * gdp[i]!),
          r.total.cost,
          'total',
        );
        for (const b of r.benefits) {
          expectSeriesClose(
            b.pctGdp.map((s, i) => s * gdp[i]!),
            b.cost,
            b.id,
          );
        }
      }),
      RUNS,
    );
  });

  it('coverage follows the ramp: 0 before startYear, start in it, full from fullYear', () => {
    fc.assert(
      fc.property(paramsArb, (p) => {
        const r = run(p);
        const c = r.benefits[0]!.coverage;
        const fullYear = p.startYear + p.rampYears;
        r.years.forEach((t, i) => {
          if (t < p.startYear) expect(c[i]).toBe(0);
          else if (t >= fullYear) expect(c[i]).toBe(p.full);
          else if (t === p.startYear) expect(c[i]).toBe(p.start);
          else {
            // Linear in between: start + (full - start) x (t - startYear) / (fullYear - startYear).
            const expected = p.start + ((p.full - p.start) * (t - p.startYear)) / p.rampYears;
            expect(close(c[i]!, expected, 1e-12) || Math.abs(c[i]! - expected) < 1e-15).toBe(true);
          }
        });
      }),
      RUNS,
    );
  });

  it('satisfies the identity C / GDP = (E / population) x share x (PL / GDPpc) x months / 12', () => {
    // Methodology section 2: no administration, full coverage, a share of the poverty line.
    const arb = paramsArb.map((p): Params => ({
      ...p,
      kind: p.kind === 'health' ? 'child' : p.kind,
      basis: 'povertyLine',
      indexation: 'basis',
      startYear: 2025,
      rampYears: 0,
      full: 1,
      adminRate: 0,
    }));
    fc.assert(
      fc.property(arb, (p) => {
        const r = run(p);
        const b = r.benefits[0]!;
        const base = r.baseline;
        r.years.forEach((_, i) => {
          const expected =
            (b.eligible[i]! / base.population[i]!) *
            p.share *
            (base.povertyLine[i]! / base.gdpPerCapita[i]!) *
            (p.months / 12);
          if (!close(b.pctGdp[i]!, expected)) {
            throw new Error(`year index ${i}: ${b.pctGdp[i]} is not ${expected}`);
          }
        });
      }),
      RUNS,
    );
  });
});
