import {
  englishMessage,
  type CodedMessage,
  type MessageCode,
  type MessageParams,
} from '../messages';
import { all, create, type EvalFunction, type MathNode } from 'mathjs/number';

/** A user formula that cannot be used, with the reason in plain words (and as a message code). */
export class ExpressionError extends Error {
  /** The reason as a catalogue code and parameters (src/messages), to show in the user's language. */
  readonly coded: CodedMessage | undefined;

  constructor(message: string, coded?: CodedMessage) {
    super(message);
    this.name = 'ExpressionError';
    this.coded = coded;
  }
}

/** An ExpressionError with its English text from the catalogue. */
export function expressionError(code: MessageCode, params?: MessageParams): ExpressionError {
  return new ExpressionError(englishMessage(code, params), params ? { code, params } : { code });
}

/** Plain-number functions from mathjs that a formula may call. */
export const MATH_FUNCTIONS = [
  'min',
  'max',
  'abs',
  'round',
  'floor',
  'ceil',
  'sqrt',
  'exp',
  'log',
  'pow',
] as const;

/** The operators a formula may use, by mathjs function name. */
const OPERATORS = new Set([
  'add',
  'subtract',
  'multiply',
  'divide',
  'pow',
  'unaryMinus',
  'unaryPlus',
  'smaller',
  'larger',
  'smallerEq',
  'largerEq',
  'equal',
  'unequal',
  'and',
  'or',
  'not',
]);

const MAX_LENGTH = 2000;
const MAX_NODES = 400;
const MAX_NESTING = 40;

interface Locked {
  parse: (expr: string) => MathNode;
}

let locked: Locked | undefined;

function disabled(name: string): () => never {
  return () => {
    throw expressionError('expr.notAvailable', { name });
  };
}

/**
 * One mathjs instance with everything that could reach beyond a formula switched off, as the mathjs
 * security guide advises. Created on first use: most scenarios have no custom formula.
 */
function lockedMath(): Locked {
  if (locked) return locked;
  const math = create(all!, { number: 'number' });
  const parse = math.parse.bind(math) as Locked['parse'];
  const blocked = [
    'import',
    'createUnit',
    'evaluate',
    'parse',
    'compile',
    'simplify',
    'derivative',
    'resolve',
    'reviver',
    'parser',
  ];
  math.import(Object.fromEntries(blocked.map((name) => [name, disabled(name)])), {
    override: true,
  });
  locked = { parse };
  return locked;
}

function maxNesting(expr: string): number {
  let depth = 0;
  let max = 0;
  for (const ch of expr) {
    if (ch === '(' || ch === '[' || ch === '{') max = Math.max(max, ++depth);
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
  }
  return max;
}

export interface FormulaNames {
  /** Numbers the formula may read. */
  variables: readonly string[];
  /** Functions of ours the formula may call (besides MATH_FUNCTIONS). */
  functions: readonly string[];
}

function checkNode(
  node: MathNode,
  parent: MathNode | null,
  names: FormulaNames,
  allowed: Set<string>,
): void {
  switch (node.type) {
    case 'ConstantNode': {
      // mathjs reads `null` and `undefined` as constants; they are not values a formula can use.
      const value = (node as unknown as { value: unknown }).value;
      if (typeof value !== 'number' && typeof value !== 'string' && typeof value !== 'boolean')
        throw expressionError('expr.valueNotAllowed', { value: String(value) });
      return;
    }
    case 'ParenthesisNode':
    case 'ConditionalNode':
      return;
    case 'OperatorNode': {
      const fn = (node as unknown as { fn: string; op: string }).fn;
      if (!OPERATORS.has(fn)) {
        const op = (node as unknown as { op: string }).op;
        throw expressionError('expr.operatorNotAllowed', { op });
      }
      return;
    }
    case 'FunctionNode': {
      const fnNode = (node as unknown as { fn: MathNode }).fn;
      if (fnNode.type !== 'SymbolNode') throw expressionError('expr.namedFunctionsOnly');
      const name = (fnNode as unknown as { name: string }).name;
      if (
        !names.functions.includes(name) &&
        !(MATH_FUNCTIONS as readonly string[]).includes(name)
      ) {
        throw expressionError('expr.unknownFunction', {
          name,
          functions: [...names.functions, ...MATH_FUNCTIONS].join(', '),
        });
      }
      return;
    }
    case 'SymbolNode': {
      const name = (node as unknown as { name: string }).name;
      const isCallee =
        parent?.type === 'FunctionNode' && (parent as unknown as { fn: MathNode }).fn === node;
      if (isCallee) return; // checked with its FunctionNode
      if (!allowed.has(name)) {
        throw expressionError('expr.unknownName', { name, names: names.variables.join(', ') });
      }
      return;
    }
    case 'FunctionAssignmentNode':
      throw expressionError('expr.noFunctionDefinitions');
    case 'AssignmentNode':
      throw expressionError('expr.noAssignments');
    case 'BlockNode':
      throw expressionError('expr.oneExpression');
    case 'AccessorNode':
    case 'IndexNode':
    case 'ObjectNode':
      throw expressionError('expr.noObjects');
    case 'ArrayNode':
    case 'RangeNode':
      throw expressionError('expr.noLists');
    case 'RelationalNode':
      throw expressionError('expr.chainedComparison');
    default:
      throw expressionError('expr.nodeNotAllowed', { node: node.type });
  }
}

/**
 * Compiles a user formula after checking every node of it against an allow-list: numbers, the listed
 * names, the listed functions, arithmetic, comparisons and `cond ? a : b`. Nothing else is reachable.
 */
export function compileFormula(expr: string, names: FormulaNames): EvalFunction {
  if (expr.trim() === '') throw expressionError('expr.empty');
  if (expr.length > MAX_LENGTH) throw expressionError('expr.tooLong', { max: MAX_LENGTH });
  if (maxNesting(expr) > MAX_NESTING) throw expressionError('expr.tooDeep', { max: MAX_NESTING });
  const { parse } = lockedMath();
  let root: MathNode;
  try {
    root = parse(expr);
  } catch (e) {
    if (e instanceof ExpressionError) throw e;
    throw expressionError('expr.unreadable', { detail: (e as Error).message });
  }
  const allowed = new Set(names.variables);
  let count = 0;
  root.traverse((node, _path, parent) => {
    count++;
    checkNode(node, parent, names, allowed);
  });
  if (count > MAX_NODES)
    throw new ExpressionError(`is too long (${count} parts; at most ${MAX_NODES})`);
  return root.compile();
}
