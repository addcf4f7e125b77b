import { eligibilityFactors } from '../benefits/eligibility';
import { CELLS, FEMALE, MALE } from '../country/country-model';
import type { CountryData } from '../formats/country-schema';
import type { BenefitSpec } from '../formats/scenario-model';
import { renderMessage } from '../messages';
import { BENEFIT_KIND, PREVALENCE, RATE_LABEL_TERMS, type RateName } from '../vocabulary';
import { fieldsSource, povertyFields } from './country-terms';
import {
  countrySource,
  derived,
  leaf,
  say,
  scenarioSource,
  type ExplainContext,
} from './explain-context';
import type { ExplainNode } from './explain-node';

/*
 * Eligible persons (methodology 2.1): a sum over the (sex, age) cells of population × factors. The
 * tree keeps it exactly recomputable: population of the band × the population-weighted average
 * factor, which is the constant factors × the weighted average of the rates that vary by age.
 */

/** The cells a benefit counts (its ages and sex; the mothers for births) and their weights in year k. */
function weightedCells(
  b: BenefitSpec,
  ctx: ExplainContext,
): { cells: number[]; weights: number[]; total: number } {
  const births = BENEFIT_KIND[b.kind].base === 'births';
  const offsets =
    births || b.sex === 'female' ? [FEMALE] : b.sex === 'male' ? [MALE] : [FEMALE, MALE];
  const cells: number[] = [];
  for (const off of offsets) for (let a = b.ages[0]; a <= b.ages[1]; a++) cells.push(off + a);
  const base = ctx.k * CELLS;
  let weights = cells.map((c) => ctx.model.population[base + c]!);
  let total = weights.reduce((s, w) => s + w, 0);
  // Maternity with no women of those ages in the data: the engine averages the factors unweighted.
  if (total === 0) {
    weights = cells.map(() => 1);
    total = cells.length;
  }
  return { cells, weights, total };
}

function weightedAverage(values: Float64Array, w: ReturnType<typeof weightedCells>): number {
  let s = 0;
  w.cells.forEach((c, j) => (s += w.weights[j]! * values[c]!));
  return s / w.total;
}

/** The country rates that vary by age in this benefit's factors, with their fields in the file. */
function varyingRates(b: BenefitSpec, country: CountryData, ctx: ExplainContext) {
  const e = b.eligibility;
  const out: { rate: RateName; complement: boolean; field: string }[] = [];
  if (e.targeting === 'poverty')
    out.push({ rate: 'poverty', complement: false, field: povertyFields(country, ctx).headcount });
  if (e.pensionTested)
    out.push({ rate: 'pensionCoverage', complement: true, field: 'rates.pensionCoverage' });
  if (e.prevalence !== null) {
    const p = PREVALENCE[e.prevalence];
    out.push({ rate: p.rate, complement: p.counts === 'complement', field: `rates.${p.rate}` });
  }
  return out;
}

function ageRatesNode(
  b: BenefitSpec,
  country: CountryData,
  ctx: ExplainContext,
  w: ReturnType<typeof weightedCells>,
): ExplainNode | null {
  const rates = varyingRates(b, country, ctx);
  if (rates.length === 0) return null;
  // The same factors with the constant ones set to 1: only the rates by age are left.
  const onlyRates: BenefitSpec = {
    ...b,
    eligibility: {
      ...b.eligibility,
      share: 1,
      exclusionError: 0,
      targeting: b.eligibility.targeting === 'poverty' ? 'poverty' : null,
    },
  };
  const names = rates.map((r) => {
    const name = renderMessage(RATE_LABEL_TERMS[r.rate].slice(1), undefined, ctx.lang) ?? r.rate;
    return r.complement ? `(1 − ${name})` : name;
  });
  return leaf(
    'ageRates',
    say(ctx, 'explain.ageRates', { rates: names.join(' × ') }),
    weightedAverage(eligibilityFactors(onlyRates, ctx.model), w),
    say(ctx, 'explain.unit.fraction'),
    fieldsSource(
      ctx,
      rates.map((r) => r.field),
    ),
    'Σ population[a] × rates[a] / Σ population[a]',
  );
}

function fractionLeaf(
  ctx: ExplainContext,
  name: string,
  label: string,
  value: number,
  path: string,
) {
  return leaf(name, label, value, say(ctx, 'explain.unit.fraction'), scenarioSource(ctx, path));
}

/** The population-weighted average of the benefit's eligibility factors. */
function averageFactorNode(
  b: BenefitSpec,
  index: number,
  country: CountryData,
  ctx: ExplainContext,
  w: ReturnType<typeof weightedCells>,
): ExplainNode {
  const at = `benefits[${index}].eligibility`;
  const e = b.eligibility;
  const terms: ExplainNode[] = [
    fractionLeaf(ctx, 'eligibleShare', say(ctx, 'explain.eligibleShare'), e.share, `${at}.share`),
    derived(
      ctx,
      'inclusion',
      say(ctx, 'explain.inclusion'),
      say(ctx, 'explain.unit.fraction'),
      'complement',
      [
        fractionLeaf(
          ctx,
          'exclusionError',
          say(ctx, 'explain.exclusionError'),
          e.exclusionError,
          `${at}.exclusionError`,
        ),
      ],
    ),
  ];
  if (typeof e.targeting === 'number')
    terms.push(
      fractionLeaf(
        ctx,
        'targetingShare',
        say(ctx, 'explain.targetingShare'),
        e.targeting,
        `${at}.targeting`,
      ),
    );
  const rates = ageRatesNode(b, country, ctx, w);
  if (rates) terms.push(rates);
  return derived(
    ctx,
    'averageFactor',
    say(ctx, 'explain.averageFactor'),
    say(ctx, 'explain.unit.fraction'),
    'product',
    terms,
    weightedAverage(eligibilityFactors(b, ctx.model), w),
  );
}

/** Persons of the benefit's ages and sex in the year, by sex when both count. */
function populationNode(b: BenefitSpec, ctx: ExplainContext): ExplainNode {
  const [from, to] = b.ages;
  const unit = say(ctx, 'explain.unit.persons');
  const bySex = (off: number, name: string, code: 'explain.women' | 'explain.men') => {
    let s = 0;
    for (let a = from; a <= to; a++) s += ctx.model.population[ctx.k * CELLS + off + a]!;
    return leaf(
      name,
      say(ctx, code, { from, to, year: ctx.year }),
      s,
      unit,
      countrySource(ctx, 'population'),
    );
  };
  if (b.sex === 'female') return bySex(FEMALE, 'population', 'explain.women');
  if (b.sex === 'male') return bySex(MALE, 'population', 'explain.men');
  return derived(
    ctx,
    'population',
    say(ctx, 'explain.population', { from, to, year: ctx.year }),
    unit,
    'sum',
    [bySex(FEMALE, 'women', 'explain.women'), bySex(MALE, 'men', 'explain.men')],
  );
}

function birthsNode(ctx: ExplainContext): ExplainNode {
  const births = ctx.model.births[ctx.k]!;
  return leaf(
    'births',
    say(ctx, 'explain.births', { year: ctx.year }),
    Number.isNaN(births) ? 0 : births,
    say(ctx, 'explain.unit.persons'),
    countrySource(ctx, 'births'),
  );
}

/** Eligible persons: the benefit's own formula, or the population (or births) × the average factor. */
export function eligibleNode(
  b: BenefitSpec,
  index: number,
  country: CountryData,
  ctx: ExplainContext,
  value: number,
): ExplainNode {
  const label = say(ctx, 'explain.eligible', { year: ctx.year });
  const unit = say(ctx, 'explain.unit.persons');
  if (b.formula?.eligible !== undefined) {
    const path = `benefits[${index}].formula.eligible`;
    return leaf(
      'eligible',
      label,
      value,
      unit,
      { kind: 'formula', path, text: say(ctx, 'explain.source.formula', { path }) },
      b.formula.eligible,
    );
  }
  const w = weightedCells(b, ctx);
  const base = BENEFIT_KIND[b.kind].base === 'births' ? birthsNode(ctx) : populationNode(b, ctx);
  return derived(
    ctx,
    'eligible',
    label,
    unit,
    'product',
    [base, averageFactorNode(b, index, country, ctx, w)],
    value,
  );
}
