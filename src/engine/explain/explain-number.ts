import { buildCountryModel } from '../country/country-model';
import { provenance } from '../country/provenance';
import type { CostingResult } from '../costing/result-types';
import { runScenario } from '../costing/run-scenario';
import { countryForScenario } from '../demography/country-projection';
import type { CountryData } from '../formats/country-schema';
import { InputError } from '../formats/issues';
import type { BenefitSpec, Scenario } from '../formats/scenario-model';
import { codedIssue, type MessageLanguage } from '../messages';
import {
  benefitCostNode,
  beneficiariesNode,
  benefitResult,
  perBeneficiaryNode,
  rampNode,
} from './benefit-terms';
import { fxNode, gdpNode, moneyUnit, priceIndexNode } from './country-terms';
import { eligibleNode } from './eligible-terms';
import { derived, say, type ExplainContext } from './explain-context';
import type { ExplainNode } from './explain-node';

/** What can be explained: one benefit's numbers, or the package's cost, share of GDP and gap. */
export const EXPLAIN_MEASURES = [
  'cost',
  'beneficiaries',
  'eligible',
  'benefitPerBeneficiary',
  'pctGdp',
  'costReal',
  'costUsd',
  'gap',
] as const;
export type ExplainMeasure = (typeof EXPLAIN_MEASURES)[number];

export interface ExplainQuery {
  year: number;
  /** A benefit's id; none: the package. */
  benefit?: string;
  measure: ExplainMeasure;
}

export interface ExplainOptions {
  /** The scenario as its file gave it: values it leaves out are shown as the kind's defaults. */
  file?: unknown;
  /** The scenario's library revision: values set in it are "changed by the user, revision N". */
  revision?: number;
}

/** The package's cost: the sum of its enabled benefits' costs. */
function packageCostNode(country: CountryData, ctx: ExplainContext): ExplainNode {
  const terms = ctx.scenario.benefits.flatMap((b, index) =>
    b.enabled ? [{ ...benefitCostNode(b, index, country, ctx), name: `cost[${b.id}]` }] : [],
  );
  const label = say(ctx, 'explain.packageCost', { year: ctx.year });
  return derived(ctx, 'cost', label, moneyUnit(ctx), 'sum', terms, ctx.result.total.cost[ctx.i]);
}

/** Resources of the financing options: each its share of GDP (a ramp) × GDP. */
function resourcesNode(ctx: ExplainContext): ExplainNode {
  const fraction = say(ctx, 'explain.unit.shareGdp');
  const f = ctx.result.financing;
  const terms = ctx.scenario.financing.map((o, j) =>
    derived(
      ctx,
      `resources[${o.option}]`,
      say(ctx, 'explain.optionResources', { option: o.label }),
      moneyUnit(ctx),
      'product',
      [
        rampNode(
          ctx,
          'share',
          say(ctx, 'explain.optionShare'),
          fraction,
          o,
          `financing[${j}]`,
          f.options[j]!.pctGdp[ctx.i]!,
        ),
        gdpNode(ctx, ctx.k),
      ],
      f.options[j]!.resources[ctx.i],
    ),
  );
  return derived(
    ctx,
    'resources',
    say(ctx, 'explain.resources'),
    moneyUnit(ctx),
    'sum',
    terms,
    f.resources[ctx.i],
  );
}

function benefitNode(
  b: BenefitSpec,
  index: number,
  country: CountryData,
  ctx: ExplainContext,
  measure: ExplainMeasure,
) {
  const r = benefitResult(b, ctx);
  switch (measure) {
    case 'cost':
      return benefitCostNode(b, index, country, ctx);
    case 'beneficiaries':
      return beneficiariesNode(b, index, country, ctx);
    case 'eligible':
      return eligibleNode(b, index, country, ctx, r.eligible[ctx.i]!);
    case 'benefitPerBeneficiary':
      return perBeneficiaryNode(b, index, country, ctx, r.benefitPerBeneficiary[ctx.i]!);
    case 'pctGdp': {
      const label = say(ctx, 'explain.pctGdpBenefit', { benefit: b.label, year: ctx.year });
      return shareOfGdp(ctx, benefitCostNode(b, index, country, ctx), r.pctGdp[ctx.i]!, label);
    }
    case 'costReal':
    case 'costUsd':
      return inOtherUnit(ctx, benefitCostNode(b, index, country, ctx), measure, r[measure][ctx.i]!);
    case 'gap':
      throw new InputError([codedIssue('benefit', 'explain.gapIsPackage')]);
  }
}

/**
 * A cost in base-year prices (cost / price index) or in US dollars (cost / LCU per USD): the tables'
 * other units, each the nominal cost's tree divided by one more term (methodology 2).
 */
function inOtherUnit(
  ctx: ExplainContext,
  cost: ExplainNode,
  measure: 'costReal' | 'costUsd',
  value: number,
): ExplainNode {
  const real = measure === 'costReal';
  const baseYear = ctx.model.baseYear;
  return derived(
    ctx,
    measure,
    say(ctx, real ? 'explain.costReal' : 'explain.costUsd', {
      cost: cost.label,
      baseYear,
    }),
    real
      ? say(ctx, 'explain.unit.moneyBaseYear', { currency: ctx.model.currency, baseYear })
      : say(ctx, 'explain.unit.usd'),
    'ratio',
    [cost, real ? priceIndexNode(ctx, ctx.k) : fxNode(ctx, ctx.k)],
    value,
  );
}

function shareOfGdp(
  ctx: ExplainContext,
  cost: ExplainNode,
  value: number,
  label = say(ctx, 'explain.pctGdp', { year: ctx.year }),
): ExplainNode {
  return derived(
    ctx,
    'pctGdp',
    label,
    say(ctx, 'explain.unit.shareGdp'),
    'ratio',
    [cost, gdpNode(ctx, ctx.k)],
    value,
  );
}

function packageNode(
  country: CountryData,
  ctx: ExplainContext,
  measure: ExplainMeasure,
): ExplainNode {
  switch (measure) {
    case 'cost':
      return packageCostNode(country, ctx);
    case 'pctGdp':
      return shareOfGdp(ctx, packageCostNode(country, ctx), ctx.result.total.pctGdp[ctx.i]!);
    case 'costReal':
    case 'costUsd':
      return inOtherUnit(
        ctx,
        packageCostNode(country, ctx),
        measure,
        ctx.result.total[measure][ctx.i]!,
      );
    case 'gap': {
      const label = say(ctx, 'explain.gap', { year: ctx.year });
      const terms = [packageCostNode(country, ctx), resourcesNode(ctx)];
      return derived(
        ctx,
        'gap',
        label,
        moneyUnit(ctx),
        'maxZeroDiff',
        terms,
        ctx.result.financing.gap[ctx.i],
      );
    }
    default: {
      const ids = ctx.scenario.benefits.filter((b) => b.enabled).map((b) => b.id);
      throw new InputError([
        codedIssue('benefit', 'explain.needsBenefit', {
          measure,
          ids: ids.join(', ') || '@term.none',
        }),
      ]);
    }
  }
}

/** The query checked against the scenario: a year of its horizon, an enabled benefit. */
function checkQuery(scenario: Scenario, query: ExplainQuery): number {
  const [from, to] = scenario.years;
  if (!Number.isInteger(query.year) || query.year < from || query.year > to)
    throw new InputError([
      codedIssue('year', 'explain.yearOutside', { year: query.year, from, to }),
    ]);
  if (query.benefit === undefined) return -1;
  const index = scenario.benefits.findIndex((b) => b.id === query.benefit && b.enabled);
  if (index < 0) {
    const ids = scenario.benefits.filter((b) => b.enabled).map((b) => b.id);
    throw new InputError([
      codedIssue('benefit', 'explain.unknownBenefit', {
        benefit: query.benefit,
        ids: ids.join(', ') || '@term.none',
      }),
    ]);
  }
  return index;
}

/** The result must be this scenario's: its years and every enabled benefit. */
function checkResult(scenario: Scenario, result: CostingResult): void {
  const [from, to] = scenario.years;
  const ids = scenario.benefits.filter((b) => b.enabled).map((b) => b.id);
  const same =
    result.years[0] === from &&
    result.years.length === to - from + 1 &&
    ids.every((id) => result.benefits.some((b) => b.id === id));
  if (!same) throw new Error('explainResult: the result is not the costing of this scenario');
}

/**
 * Why a number is what it is (methodology section 11): the tree of terms behind one result of a
 * costing already run (`result`, from runScenario on the same scenario and country), each with its
 * value, unit and source, down to the data. Every node's value equals its operation applied to its
 * terms, and the root is the result's own number. The app calls this with the result its engine
 * worker made, so the costing (and the formula sandbox) does not run again on the page.
 */
export function explainResult(
  scenario: Scenario,
  ownCountry: CountryData,
  result: CostingResult,
  query: ExplainQuery,
  lang: MessageLanguage = 'en',
  options: ExplainOptions = {},
): ExplainNode {
  const index = checkQuery(scenario, query);
  checkResult(scenario, result);
  // The country the costing ran on: a demographic variant's projection (methodology 7.5).
  const country = countryForScenario(scenario, ownCountry);
  const model = buildCountryModel(country, scenario.years[1], scenario.assumptions);
  const ctx: ExplainContext = {
    scenario,
    model,
    result,
    provenance: provenance(country, model, scenario.assumptions),
    file: options.file,
    revision: options.revision,
    lang,
    year: query.year,
    k: query.year - model.baseYear,
    i: query.year - scenario.years[0],
  };
  return index < 0
    ? packageNode(country, ctx, query.measure)
    : benefitNode(scenario.benefits[index]!, index, country, ctx, query.measure);
}

/**
 * The tree behind one number of a scenario on a country (see explainResult), costing it first.
 * Throws InputError for a query the scenario cannot answer or a scenario that cannot run.
 */
export function explainNumber(
  scenario: Scenario,
  ownCountry: CountryData,
  query: ExplainQuery,
  lang: MessageLanguage = 'en',
  options: ExplainOptions = {},
): ExplainNode {
  checkQuery(scenario, query);
  return explainResult(
    scenario,
    ownCountry,
    runScenario(scenario, ownCountry),
    query,
    lang,
    options,
  );
}
