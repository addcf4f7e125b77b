import type { CountryModel } from '../country/country-model';
import type { ProvenanceEntry } from '../country/provenance';
import type { CostingResult } from '../costing/result-types';
import type { Scenario } from '../formats/scenario-model';
import {
  renderMessage,
  type MessageCode,
  type MessageLanguage,
  type MessageParams,
} from '../messages';
import {
  opFormula,
  recompute,
  type ExplainNode,
  type ExplainOp,
  type ExplainSource,
} from './explain-node';

/** What every part of a tree needs: the model, the result, the sources and the user's language. */
export interface ExplainContext {
  scenario: Scenario;
  model: CountryModel;
  result: CostingResult;
  provenance: readonly ProvenanceEntry[];
  /** The scenario as its file gave it, to tell a value set there from a default filled in. */
  file: unknown;
  revision: number | undefined;
  lang: MessageLanguage;
  /** The year asked, its index in the model (k) and in the result (i). */
  year: number;
  k: number;
  i: number;
}

/** A catalogue text in the user's language. */
export function say(ctx: ExplainContext, code: MessageCode, params?: MessageParams): string {
  return renderMessage(code, params, ctx.lang) ?? code;
}

/** The value at a JSON path such as `benefits[2].coverage.full`, or undefined. */
function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const part of path.replace(/\[(\d+)\]/g, '.$1').split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/**
 * A value of the scenario at `path`: set there (changed by the user, at a revision when the library
 * knows it), or the kind's default when the file leaves it out.
 */
export function scenarioSource(ctx: ExplainContext, path: string): ExplainSource {
  if (ctx.file !== undefined && valueAt(ctx.file, path) === undefined)
    return { kind: 'default', path, text: say(ctx, 'explain.source.default', { path }) };
  if (ctx.revision !== undefined) {
    return {
      kind: 'scenario',
      path,
      revision: ctx.revision,
      text: say(ctx, 'explain.source.revision', { path, revision: ctx.revision }),
    };
  }
  return { kind: 'scenario', path, text: say(ctx, 'explain.source.scenario', { path }) };
}

/** A country input: the file's field, its stated source and edition, and how the engine extended it. */
export function countrySource(ctx: ExplainContext, field: string): ExplainSource {
  const entry = ctx.provenance.find((p) => p.field === field);
  if (!entry)
    return {
      kind: 'country',
      path: field,
      text: say(ctx, 'explain.source.countryField', { field }),
    };
  const derivation = entry.derivationMessage
    ? renderMessage(entry.derivationMessage.code, entry.derivationMessage.params, ctx.lang)
    : undefined;
  const code =
    entry.edition === undefined ? 'explain.source.country' : 'explain.source.countryEdition';
  const stated = say(ctx, code, { field, source: entry.source, edition: entry.edition ?? '' });
  const source: ExplainSource = {
    kind: 'country',
    path: field,
    source: entry.source,
    text: derivation ? `${stated}; ${derivation}` : stated,
  };
  if (entry.edition !== undefined) source.edition = entry.edition;
  return source;
}

export function computedSource(ctx: ExplainContext): ExplainSource {
  return { kind: 'computed', text: say(ctx, 'explain.source.computed') };
}

export function constantSource(ctx: ExplainContext): ExplainSource {
  return { kind: 'constant', text: say(ctx, 'explain.source.constant') };
}

/** A number read from data, the scenario or a constant. */
export function leaf(
  name: string,
  label: string,
  value: number,
  unit: string,
  source: ExplainSource,
  formula = '',
): ExplainNode {
  return { name, label, value, unit, formula, source, terms: [], op: 'leaf' };
}

/**
 * A number made from its terms. `value` is the engine's own number where it has one (so the tree is
 * checked against the costing), else the operation applied to the terms.
 */
export function derived(
  ctx: ExplainContext,
  name: string,
  label: string,
  unit: string,
  op: ExplainOp,
  terms: ExplainNode[],
  value?: number,
): ExplainNode {
  const node: ExplainNode = {
    name,
    label,
    value: 0,
    unit,
    formula: opFormula(
      op,
      terms.map((t) => t.name),
    ),
    source: computedSource(ctx),
    terms,
    op,
  };
  node.value = value ?? recompute(node);
  return node;
}
