import type { CountryData } from '../formats/country-schema';
import type { BenefitSpec, CoveragePoint, Ramp } from '../formats/scenario-model';
import { BENEFIT_KIND } from '../vocabulary';
import {
  gdpPerCapitaNode,
  monthlyWageNode,
  monthsInYearNode,
  moneyUnit,
  perPersonUnit,
  povertyLineNode,
  priceIndexNode,
  wageIndexNode,
  yearOf,
} from './country-terms';
import { eligibleNode } from './eligible-terms';
import { derived, leaf, say, scenarioSource, type ExplainContext } from './explain-context';
import type { ExplainNode } from './explain-node';

/*
 * One benefit's numbers in a tree (methodology section 2): cost = beneficiaries × benefit per
 * beneficiary × (1 + administration [+ non-wage cost]); beneficiaries = eligible × coverage.
 */

/** A ramp's value in the year asked, from its four settings (methodology 2.2). */
export function rampNode(
  ctx: ExplainContext,
  name: string,
  label: string,
  unit: string,
  ramp: Ramp,
  at: string,
  value: number,
): ExplainNode {
  const years = say(ctx, 'explain.unit.year');
  const setting = (key: keyof Ramp, u: string) =>
    leaf(
      key,
      say(ctx, `explain.ramp.${key}` as const),
      ramp[key],
      u,
      scenarioSource(ctx, `${at}.${key}`),
    );
  const year = leaf('year', say(ctx, 'explain.year'), ctx.year, years, {
    kind: 'query',
    text: say(ctx, 'explain.source.query'),
  });
  return derived(
    ctx,
    name,
    label,
    unit,
    'ramp',
    [
      setting('startYear', years),
      setting('start', unit),
      setting('fullYear', years),
      setting('full', unit),
      year,
    ],
    value,
  );
}

/**
 * Year-by-year coverage: each point given (its year and its rate, from the scenario's `byYear`) and
 * the year asked; the value is linear between the points, 0 before the first, the last held.
 */
function pointsNode(
  ctx: ExplainContext,
  points: readonly CoveragePoint[],
  at: string,
  value: number,
): ExplainNode {
  const years = say(ctx, 'explain.unit.year');
  const fraction = say(ctx, 'explain.unit.fraction');
  const terms = points.flatMap((p, j) => [
    leaf(
      `year${j + 1}`,
      say(ctx, 'explain.byYear.pointYear', { n: j + 1 }),
      p.year,
      years,
      scenarioSource(ctx, `${at}.byYear.${p.year}`),
    ),
    leaf(
      `rate${j + 1}`,
      say(ctx, 'explain.byYear.pointRate', { year: p.year }),
      p.rate,
      fraction,
      scenarioSource(ctx, `${at}.byYear.${p.year}`),
    ),
  ]);
  const year = leaf('year', say(ctx, 'explain.year'), ctx.year, years, {
    kind: 'query',
    text: say(ctx, 'explain.source.query'),
  });
  const label = say(ctx, 'explain.coverage');
  return derived(ctx, 'coverage', label, fraction, 'byYear', [...terms, year], value);
}

/** The basis of the amount in model year k, a year's worth (methodology 2.4). */
function basisNode(
  b: BenefitSpec,
  index: number,
  country: CountryData,
  ctx: ExplainContext,
  k: number,
): ExplainNode {
  const label = say(ctx, `explain.basis.${b.benefit.basis}` as const, { year: yearOf(ctx, k) });
  switch (b.benefit.basis) {
    case 'povertyLine':
      return { ...povertyLineNode(ctx, country, k), name: 'basis', label };
    case 'gdpPerCapita':
      return { ...gdpPerCapitaNode(ctx, k), name: 'basis', label };
    case 'minimumWage':
    case 'averageWage':
      return derived(ctx, 'basis', label, perPersonUnit(ctx), 'product', [
        monthlyWageNode(ctx, country, b.benefit.basis, k),
        monthsInYearNode(ctx),
      ]);
    case 'fixed': {
      const path = `benefits[${index}].benefit.amount`;
      const amount = leaf(
        'amount',
        say(ctx, 'explain.fixedAmount'),
        b.benefit.amount,
        say(ctx, 'explain.unit.moneyMonth', { currency: ctx.model.currency }),
        scenarioSource(ctx, path),
      );
      return derived(ctx, 'basis', label, perPersonUnit(ctx), 'product', [
        amount,
        monthsInYearNode(ctx),
        priceIndexNode(ctx, k),
      ]);
    }
  }
}

/** share × basis × months / 12, indexed from the base year as the benefit says (methodology 2.4). */
export function perBeneficiaryNode(
  b: BenefitSpec,
  index: number,
  country: CountryData,
  ctx: ExplainContext,
  value: number,
): ExplainNode {
  const label = say(ctx, 'explain.benefitPerBeneficiary', { year: ctx.year });
  const at = `benefits[${index}].benefit`;
  if (b.formula?.perBeneficiary !== undefined) {
    const path = `benefits[${index}].formula.perBeneficiary`;
    const source = {
      kind: 'formula' as const,
      path,
      text: say(ctx, 'explain.source.formula', { path }),
    };
    return leaf(
      'benefitPerBeneficiary',
      label,
      value,
      perPersonUnit(ctx),
      source,
      b.formula.perBeneficiary,
    );
  }
  const fraction = say(ctx, 'explain.unit.fraction');
  const months = leaf(
    'months',
    say(ctx, 'explain.months'),
    b.benefit.months,
    say(ctx, 'explain.unit.months'),
    scenarioSource(ctx, `${at}.months`),
  );
  const ix = b.benefit.indexation;
  const terms: ExplainNode[] = [
    leaf(
      'share',
      say(ctx, 'explain.benefitShare'),
      b.benefit.share,
      fraction,
      scenarioSource(ctx, `${at}.share`),
    ),
    derived(ctx, 'monthsShare', say(ctx, 'explain.monthsShare'), fraction, 'ratio', [
      months,
      monthsInYearNode(ctx),
    ]),
    // Indexed by the basis itself: this year's basis; else the base year's, moved by an index.
    basisNode(b, index, country, ctx, ix === 'basis' ? ctx.k : 0),
  ];
  if (ix === 'prices') terms.push(priceIndexNode(ctx, ctx.k));
  if (ix === 'wages') terms.push(wageIndexNode(ctx, ctx.k));
  return derived(ctx, 'benefitPerBeneficiary', label, perPersonUnit(ctx), 'product', terms, value);
}

/** Beneficiaries = eligible × coverage. */
export function beneficiariesNode(
  b: BenefitSpec,
  index: number,
  country: CountryData,
  ctx: ExplainContext,
): ExplainNode {
  const r = benefitResult(b, ctx);
  const fraction = say(ctx, 'explain.unit.fraction');
  return derived(
    ctx,
    'beneficiaries',
    say(ctx, 'explain.beneficiaries', { year: ctx.year }),
    say(ctx, 'explain.unit.persons'),
    'product',
    [
      eligibleNode(b, index, country, ctx, r.eligible[ctx.i]!),
      b.coverage.byYear
        ? pointsNode(ctx, b.coverage.byYear, `benefits[${index}].coverage`, r.coverage[ctx.i]!)
        : rampNode(
            ctx,
            'coverage',
            say(ctx, 'explain.coverage'),
            fraction,
            b.coverage,
            `benefits[${index}].coverage`,
            r.coverage[ctx.i]!,
          ),
    ],
    r.beneficiaries[ctx.i],
  );
}

export function benefitResult(b: BenefitSpec, ctx: ExplainContext) {
  return ctx.result.benefits.find((r) => r.id === b.id)!;
}

/** cost = beneficiaries × benefit per beneficiary × (1 + admin [+ non-wage cost]). */
export function benefitCostNode(
  b: BenefitSpec,
  index: number,
  country: CountryData,
  ctx: ExplainContext,
): ExplainNode {
  const r = benefitResult(b, ctx);
  const fraction = say(ctx, 'explain.unit.fraction');
  const terms: ExplainNode[] = [
    beneficiariesNode(b, index, country, ctx),
    perBeneficiaryNode(b, index, country, ctx, r.benefitPerBeneficiary[ctx.i]!),
    leaf(
      'adminRate',
      say(ctx, 'explain.adminRate'),
      b.adminRate,
      fraction,
      scenarioSource(ctx, `benefits[${index}].adminRate`),
    ),
  ];
  if (BENEFIT_KIND[b.kind].allowsNonWageCost) {
    const path = `benefits[${index}].benefit.nonWageCostRate`;
    terms.push(
      leaf(
        'nonWageCostRate',
        say(ctx, 'explain.nonWageCostRate'),
        b.benefit.nonWageCostRate,
        fraction,
        scenarioSource(ctx, path),
      ),
    );
  }
  const label = say(ctx, 'explain.cost', { benefit: b.label, year: ctx.year });
  return derived(ctx, 'cost', label, moneyUnit(ctx), 'grossUp', terms, r.cost[ctx.i]);
}
