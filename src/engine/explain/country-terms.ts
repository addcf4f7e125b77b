import { chosenPovertyLine } from '../country/poverty-lines';
import type { CountryData } from '../formats/country-schema';
import {
  constantSource,
  countrySource,
  derived,
  leaf,
  say,
  type ExplainContext,
} from './explain-context';
import type { ExplainNode, ExplainSource } from './explain-node';

/*
 * The country's numbers in a tree: GDP, population, prices, wages and the poverty line of a year, each
 * with the file's field and source (methodology section 1).
 */

export function moneyUnit(ctx: ExplainContext): string {
  return say(ctx, 'explain.unit.money', { currency: ctx.model.currency });
}

export function perPersonUnit(ctx: ExplainContext): string {
  return say(ctx, 'explain.unit.perPerson', { currency: ctx.model.currency });
}

/** Model index k as a calendar year. */
export function yearOf(ctx: ExplainContext, k: number): number {
  return ctx.model.baseYear + k;
}

export function gdpNode(ctx: ExplainContext, k: number): ExplainNode {
  return leaf(
    'gdp',
    say(ctx, 'explain.gdp', { year: yearOf(ctx, k) }),
    ctx.model.gdp[k]!,
    moneyUnit(ctx),
    countrySource(ctx, 'macro.gdp'),
  );
}

export function fxNode(ctx: ExplainContext, k: number): ExplainNode {
  return leaf(
    'fxPerUsd',
    say(ctx, 'explain.fxPerUsd', { year: yearOf(ctx, k) }),
    ctx.model.fxPerUsd[k]!,
    say(ctx, 'explain.unit.fx', { currency: ctx.model.currency }),
    countrySource(ctx, 'macro.fxPerUsd'),
  );
}

export function populationTotalNode(ctx: ExplainContext, k: number): ExplainNode {
  return leaf(
    'populationTotal',
    say(ctx, 'explain.populationTotal', { year: yearOf(ctx, k) }),
    ctx.model.populationTotal[k]!,
    say(ctx, 'explain.unit.persons'),
    countrySource(ctx, 'population'),
  );
}

export function gdpPerCapitaNode(ctx: ExplainContext, k: number): ExplainNode {
  return derived(
    ctx,
    'gdpPerCapita',
    say(ctx, 'explain.gdpPerCapita', { year: yearOf(ctx, k) }),
    perPersonUnit(ctx),
    'ratio',
    [gdpNode(ctx, k), populationTotalNode(ctx, k)],
    ctx.model.gdpPerCapita[k],
  );
}

/** The price index is the product of (1 + inflation) since the base year. */
export function priceIndexNode(ctx: ExplainContext, k: number): ExplainNode {
  return leaf(
    'priceIndex',
    say(ctx, 'explain.priceIndex', { year: yearOf(ctx, k) }),
    ctx.model.priceIndex[k]!,
    say(ctx, 'explain.unit.index'),
    countrySource(ctx, 'macro.inflation'),
    'I[t] = I[t-1] × (1 + inflation[t])',
  );
}

/** Wages move with nominal GDP per capita. */
export function wageIndexNode(ctx: ExplainContext, k: number): ExplainNode {
  return derived(
    ctx,
    'wageIndex',
    say(ctx, 'explain.wageIndex', { year: yearOf(ctx, k) }),
    say(ctx, 'explain.unit.index'),
    'ratio',
    [gdpPerCapitaNode(ctx, k), gdpPerCapitaNode(ctx, 0)],
    ctx.model.wageIndex[k],
  );
}

export function monthsInYearNode(ctx: ExplainContext): ExplainNode {
  return leaf(
    'monthsInYear',
    say(ctx, 'explain.monthsInYear'),
    12,
    say(ctx, 'explain.unit.months'),
    constantSource(ctx),
  );
}

/** Where the amount and the headcount of the scenario's poverty line sit in the country file. */
export function povertyFields(
  country: CountryData,
  ctx: ExplainContext,
): { amount: string; headcount: string } {
  const line = chosenPovertyLine(country, ctx.scenario.assumptions.povertyLine);
  if (!line || line.path === 'povertyLine') {
    const ownSeries = country.macro.povertyLine !== undefined;
    return { amount: ownSeries ? 'macro.povertyLine' : 'povertyLine', headcount: 'rates.poverty' };
  }
  if (line.id === 'national' && line.amount === undefined)
    return { amount: 'macro.povertyLine', headcount: `povertyLines.${line.id}.headcount` };
  return {
    amount: `povertyLines.${line.id}.amount`,
    headcount: `povertyLines.${line.id}.headcount`,
  };
}

export function povertyLineNode(ctx: ExplainContext, country: CountryData, k: number): ExplainNode {
  return leaf(
    'povertyLine',
    say(ctx, 'explain.povertyLine', { year: yearOf(ctx, k) }),
    ctx.model.povertyLine[k]!,
    perPersonUnit(ctx),
    countrySource(ctx, povertyFields(country, ctx).amount),
  );
}

/** A wage a month in year k: the country's series where observed, else moved with the wage index. */
export function monthlyWageNode(
  ctx: ExplainContext,
  country: CountryData,
  which: 'minimumWage' | 'averageWage',
  k: number,
): ExplainNode {
  const field = country.macro[which] ? `macro.${which}` : which;
  return leaf(
    which,
    say(ctx, which === 'minimumWage' ? 'explain.minimumWage' : 'explain.averageWage', {
      year: yearOf(ctx, k),
    }),
    ctx.model[which][k]!,
    say(ctx, 'explain.unit.moneyMonth', { currency: ctx.model.currency }),
    countrySource(ctx, field),
  );
}

/** Several country fields behind one number (rates multiplied cell by cell). */
export function fieldsSource(ctx: ExplainContext, fields: readonly string[]): ExplainSource {
  if (fields.length === 1) return countrySource(ctx, fields[0]!);
  const sources = fields.map((f) => countrySource(ctx, f));
  return { kind: 'country', path: fields.join(', '), text: sources.map((s) => s.text).join(' | ') };
}
