/**
 * "Explain any number" (methodology section 11), checked with fast-check over random scenarios on the
 * training country: random template benefits with random coverage ramps, levels, bases, indexation,
 * targeting and administration, random financing options, a random year and measure. Every node's
 * value equals its operation applied to its terms (1e-9 relative), and the root is the costing's own
 * number for that year, benefit and measure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BASES,
  EXPLAIN_MEASURES,
  FINANCING_OPTIONS,
  INDEXATIONS,
  explainNumber,
  readScenario,
  recompute,
  runScenario,
  type CostingResult,
  type ExplainNode,
  type ExplainQuery,
  type Scenario,
} from '#engine';
import { readFileSync } from 'node:fs';
import { BENEFIT_TEMPLATES_FILE, trainingCountry } from '../../src/node/bundled-models';

const REL = 1e-9;
const FIRST = 2025;
const LAST = 2060;

interface Template {
  benefit: Record<string, unknown> & { benefit: Record<string, unknown> };
}
const TEMPLATES = (
  JSON.parse(readFileSync(BENEFIT_TEMPLATES_FILE, 'utf8')) as { templates: Template[] }
).templates;

const ramp = fc
  .record({
    startYear: fc.integer({ min: FIRST, max: 2045 }),
    length: fc.integer({ min: 0, max: 12 }),
    start: fc.double({ min: 0, max: 1, noNaN: true }),
    full: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map((r) => ({
    startYear: r.startYear,
    start: r.start,
    fullYear: r.startYear + r.length,
    full: r.full,
  }));

const benefitArb = fc.record({
  // One past the templates: a custom benefit with its own formulas.
  template: fc.integer({ min: 0, max: TEMPLATES.length }),
  formula: fc.constantFrom<{ eligible?: string; perBeneficiary?: string }>(
    { eligible: 'population * 0.01' },
    { perBeneficiary: 'povertyLine * 0.1 * priceIndex' },
    { eligible: '1000 + yearsSinceBase * 10', perBeneficiary: 'gdpPerCapita / 20' },
  ),
  basis: fc.constantFrom(...BASES),
  share: fc.double({ min: 0.01, max: 2, noNaN: true }),
  amount: fc.double({ min: 1, max: 50_000, noNaN: true }),
  indexation: fc.constantFrom(...INDEXATIONS),
  adminRate: fc.double({ min: 0, max: 0.3, noNaN: true }),
  coverage: ramp,
  targeting: fc.constantFrom(null, 'poverty', 0.4),
  exclusionError: fc.double({ min: 0, max: 0.5, noNaN: true }),
  pensionTested: fc.boolean(),
  nonWage: fc.double({ min: 0, max: 0.5, noNaN: true }),
});
type BenefitDraw = typeof benefitArb extends fc.Arbitrary<infer T> ? T : never;

/** A custom benefit for all ages, as the app's "custom" template makes it, with a formula. */
function customBenefit(d: BenefitDraw): Template['benefit'] {
  return { kind: 'custom', ages: [0, 100], benefit: { basis: 'povertyLine' }, formula: d.formula };
}

function benefitFile(d: BenefitDraw, i: number): Record<string, unknown> {
  const template = TEMPLATES[d.template];
  const t = template ? structuredClone(template.benefit) : customBenefit(d);
  const fixed = d.basis === 'fixed';
  const nonWage =
    t.kind === 'unemployment' || t.kind === 'custom' ? { nonWageCostRate: d.nonWage } : {};
  return {
    ...t,
    id: `b${i}`,
    eligibility: {
      ...(t.eligibility as object),
      targeting: d.targeting,
      exclusionError: d.exclusionError,
      pensionTested: d.pensionTested,
    },
    benefit: {
      ...t.benefit,
      ...nonWage,
      basis: d.basis,
      share: fixed ? 1 : d.share,
      ...(fixed ? { amount: d.amount } : {}),
      indexation: d.indexation,
    },
    coverage: d.coverage,
    adminRate: d.adminRate,
  };
}

const financingArb = fc.array(
  fc.record({ option: fc.constantFrom(...FINANCING_OPTIONS), coverage: ramp }),
  { maxLength: 3 },
);

type FinancingDraw = typeof financingArb extends fc.Arbitrary<infer T> ? T : never;

function scenarioOf(benefits: BenefitDraw[], financing: FinancingDraw): Scenario {
  const r = readScenario({
    format: 'spf.scenario/1',
    name: 'random',
    country: 'XTA',
    years: [FIRST, LAST],
    benefits: benefits.map(benefitFile),
    // Options of up to 5% of GDP, so that the gap is sometimes closed and sometimes not.
    financing: financing.map((f) => ({
      option: f.option,
      ...f.coverage,
      start: f.coverage.start * 0.05,
      full: f.coverage.full * 0.05,
    })),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** The costing's own number for a query. */
function resultValue(r: CostingResult, q: ExplainQuery): number {
  const i = q.year - r.years[0]!;
  if (q.benefit === undefined) {
    if (q.measure === 'gap') return r.financing.gap[i]!;
    const m = q.measure;
    if (m === 'pctGdp' || m === 'costReal' || m === 'costUsd') return r.total[m][i]!;
    return r.total.cost[i]!;
  }
  const b = r.benefits.find((x) => x.id === q.benefit)!;
  return b[q.measure as Exclude<typeof q.measure, 'gap'>][i]!;
}

/** Within 1e-9 of `scale`: a difference is measured against the largest number it comes from. */
function near(a: number, b: number, scale: number): boolean {
  return Math.abs(a - b) <= REL * Math.max(Math.abs(a), Math.abs(b), scale) || (a === 0 && b === 0);
}

/** The first node whose value its operation does not give, or null. */
function brokenNode(n: ExplainNode): string | null {
  if (n.op !== 'leaf') {
    const scale = Math.max(...n.terms.map((t) => Math.abs(t.value)), 0);
    // A sum or gap compares with its terms' size; a product or ratio is relative to itself.
    const ref = n.op === 'sum' || n.op === 'maxZeroDiff' ? scale : 0;
    const v = recompute(n);
    if (!near(n.value, v, ref)) return `${n.name} (${n.label}): ${n.value} but ${n.op} gives ${v}`;
  }
  for (const t of n.terms) {
    const broken = brokenNode(t);
    if (broken) return broken;
  }
  return null;
}

describe('explainNumber over random scenarios (fast-check)', () => {
  it('every node is its operation over its terms, and the root is the costing result', () => {
    const country = trainingCountry();
    fc.assert(
      fc.property(
        fc.array(benefitArb, { minLength: 1, maxLength: 4 }),
        financingArb,
        fc.integer({ min: FIRST, max: LAST }),
        fc.constantFrom(...EXPLAIN_MEASURES),
        fc.nat(),
        (benefits, financing, year, measure, pick) => {
          const scenario = scenarioOf(benefits, financing);
          const packageMeasure = ['cost', 'pctGdp', 'costReal', 'costUsd', 'gap'].includes(measure);
          const forPackage = measure === 'gap' || (packageMeasure && pick % 3 === 0);
          const query: ExplainQuery = forPackage
            ? { year, measure }
            : { year, measure, benefit: `b${pick % benefits.length}` };
          const tree = explainNumber(scenario, country, query);
          expect(brokenNode(tree)).toBeNull();
          const expected = resultValue(runScenario(scenario, country), query);
          expect(near(tree.value, expected, 0), `${tree.value} vs ${expected}`).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
