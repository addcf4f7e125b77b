import { pointsValue, rampValue } from '../time/ramp';

/**
 * How a node's value follows from its terms' values (methodology section 11). The list is
 * kept small: every formula of the costing is one of these, so one function recomputes any node.
 */
export const EXPLAIN_OPS = [
  'leaf',
  'product',
  'sum',
  'ratio',
  'complement',
  'grossUp',
  'maxZeroDiff',
  'ramp',
  'byYear',
] as const;
export type ExplainOp = (typeof EXPLAIN_OPS)[number];

/** Where a number comes from. `text` says it in the user's language; the other fields as data. */
export interface ExplainSource {
  kind: 'country' | 'scenario' | 'default' | 'formula' | 'computed' | 'constant' | 'query';
  /** The country file's field, or the scenario's JSON path (`benefits[2].coverage.full`). */
  path?: string;
  /** The publisher and table the country file states for the field. */
  source?: string;
  edition?: string;
  /** The library revision of the scenario, when the caller knows it. */
  revision?: number;
  text: string;
}

/** One number and how it is made: its terms and the operation that combines them. */
export interface ExplainNode {
  name: string;
  label: string;
  value: number;
  unit: string;
  /** In symbols over the terms' names, or the user's own expression for a custom formula. */
  formula: string;
  source: ExplainSource;
  terms: ExplainNode[];
  op: ExplainOp;
}

/** [year1, rate1, year2, rate2, …] as points. */
function yearRatePairs(v: readonly number[]): { year: number; rate: number }[] {
  const points: { year: number; rate: number }[] = [];
  for (let j = 0; j + 1 < v.length; j += 2) points.push({ year: v[j]!, rate: v[j + 1]! });
  return points;
}

/** A node's value from its terms' values by its operation; a leaf keeps its own value. */
export function recompute(node: Pick<ExplainNode, 'op' | 'value' | 'terms'>): number {
  const v = node.terms.map((t) => t.value);
  switch (node.op) {
    case 'leaf':
      return node.value;
    case 'product':
      return v.reduce((p, x) => p * x, 1);
    case 'sum':
      return v.reduce((s, x) => s + x, 0);
    case 'ratio':
      return v[0]! / v[1]!;
    case 'complement':
      return 1 - v[0]!;
    case 'grossUp':
      // a × b × (1 + rates…): a cost with its administration (and non-wage) rates on top.
      return v[0]! * v[1]! * (1 + v.slice(2).reduce((s, x) => s + x, 0));
    case 'maxZeroDiff':
      return Math.max(0, v[0]! - v.slice(1).reduce((s, x) => s + x, 0));
    case 'ramp':
      // terms: startYear, start, fullYear, full, year.
      return rampValue({ startYear: v[0]!, start: v[1]!, fullYear: v[2]!, full: v[3]! }, v[4]!);
    case 'byYear':
      // terms: year1, rate1, year2, rate2, …, year.
      return pointsValue(yearRatePairs(v.slice(0, -1)), v[v.length - 1]!);
  }
}

/** The formula in symbols over the terms' names (or labels, for the words). */
export function opFormula(op: ExplainOp, names: readonly string[]): string {
  switch (op) {
    case 'leaf':
      return '';
    case 'product':
      return names.join(' × ');
    case 'sum':
      return names.join(' + ');
    case 'ratio':
      return `${names[0]} / ${names[1]}`;
    case 'complement':
      return `1 − ${names[0]}`;
    case 'grossUp':
      return `${names[0]} × ${names[1]} × (1 + ${names.slice(2).join(' + ')})`;
    case 'maxZeroDiff':
      return `max(0, ${names[0]} − ${names.slice(1).join(' − ')})`;
    case 'ramp':
      return `ramp(${names.join(', ')})`;
    case 'byYear':
      return `byYear(${names.join(', ')})`;
  }
}

/** The formula over the terms' labels: the same formula in words (a leaf keeps its own). */
export function formulaInWords(node: ExplainNode): string {
  if (node.op === 'leaf') return node.formula;
  return opFormula(
    node.op,
    node.terms.map((t) => t.label),
  );
}
