/**
 * Evaluates the workbook's own formulas in the writer, so that every formula cell can carry a cached
 * result (viewers that do not recalculate — Protected View, previews, Python readers — show cached
 * results only). It understands exactly the formula language the sheet writers use: numbers, text,
 * cell and range references (optionally on another sheet), defined names, + - * / ^ & comparisons and
 * IF, AND, OR, ISNUMBER, NA, SUM, SUMPRODUCT, SUMIF, SUMIFS, COUNT, MIN, MAX, INT, MOD, INDEX and MATCH,
 * with Excel's rules for empty cells and element-wise arithmetic on ranges. Anything else is an error
 * naming the formula: a writer that starts using a new function must teach it here (the LibreOffice test
 * compares every cached result with LibreOffice's own recalculation).
 */

/** An Excel error value such as #DIV/0!; it propagates through operators like in Excel. */
export class FormulaError {
  constructor(readonly code: '#DIV/0!' | '#VALUE!' | '#N/A' | '#NUM!' | '#REF!') {}
}

/** null is an empty cell. */
export type Scalar = number | string | boolean | null | FormulaError;
/** A range's values, rows then columns. */
export type Matrix = Scalar[][];
export type Value = Scalar | Matrix;

/** Where the evaluator reads cells and defined names. */
export interface CellSource {
  /** The value of a cell (a formula cell's evaluated value); null when empty. */
  cell(sheet: string, column: number, row: number): Scalar;
  /** The sheet and cell a defined name points to. */
  name(name: string): { sheet: string; column: number; row: number } | undefined;
}

export type Node =
  | { kind: 'literal'; value: Scalar }
  | { kind: 'ref'; sheet: string | null; c0: number; r0: number; c1: number; r1: number }
  | { kind: 'name'; name: string }
  | { kind: 'unary'; op: '-' | '+' | '%'; arg: Node }
  | { kind: 'binary'; op: string; left: Node; right: Node }
  | { kind: 'call'; fn: string; args: Node[] };

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; sheet: string | null; text: string }
  | { t: 'id'; v: string }
  | { t: 'op'; v: string };

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|"((?:[^"]|"")*)"|(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!(\$?[A-Z]{1,3}\$?\d+)|(\$?[A-Z]{1,3}\$?\d+)(?![A-Za-z0-9_.(])|([A-Za-z_][A-Za-z0-9_.]*)|(<=|>=|<>|[-+*/^&=<>%(),:]))/y;
const CELL = /^\$?([A-Z]{1,3})\$?(\d+)$/;

function tokenize(formula: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(formula);
    if (!m) {
      if (/^\s*$/.test(formula.slice(at))) break;
      throw new Error(`formula ${formula}: cannot read it at position ${at + 1}`);
    }
    if (m[1] !== undefined) out.push({ t: 'num', v: Number(m[1]) });
    else if (m[2] !== undefined) out.push({ t: 'str', v: m[2].replace(/""/g, '"') });
    else if (m[5] !== undefined)
      out.push({ t: 'ref', sheet: m[3]?.replace(/''/g, "'") ?? m[4] ?? null, text: m[5] });
    else if (m[6] !== undefined) out.push({ t: 'ref', sheet: null, text: m[6] });
    else if (m[7] !== undefined) out.push({ t: 'id', v: m[7] });
    else out.push({ t: 'op', v: m[8]! });
  }
  return out;
}

/** Column number of letters: A -> 1, AB -> 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function cellOf(text: string): { column: number; row: number } {
  const m = CELL.exec(text)!;
  return { column: columnNumber(m[1]!), row: Number(m[2]) };
}

/** A recursive-descent parser with Excel's operator precedence. */
class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly formula: string,
  ) {}

  parse(): Node {
    const node = this.comparison();
    if (this.i < this.tokens.length) this.fail('unexpected text after the end');
    return node;
  }

  private fail(why: string): never {
    throw new Error(`formula ${this.formula}: ${why} (token ${this.i + 1})`);
  }

  private peekOp(...ops: string[]): string | null {
    const tok = this.tokens[this.i];
    return tok?.t === 'op' && ops.includes(tok.v) ? tok.v : null;
  }

  private expect(op: string): void {
    if (!this.peekOp(op)) this.fail(`"${op}" expected`);
    this.i++;
  }

  private binaryLevel(ops: string[], next: () => Node): Node {
    let left = next();
    for (let op = this.peekOp(...ops); op; op = this.peekOp(...ops)) {
      this.i++;
      left = { kind: 'binary', op, left, right: next() };
    }
    return left;
  }

  private comparison = (): Node => this.binaryLevel(['=', '<>', '<', '>', '<=', '>='], this.concat);
  private concat = (): Node => this.binaryLevel(['&'], this.additive);
  private additive = (): Node => this.binaryLevel(['+', '-'], this.multiplicative);
  private multiplicative = (): Node => this.binaryLevel(['*', '/'], this.power);
  private power = (): Node => this.binaryLevel(['^'], this.unary);

  private unary = (): Node => {
    const op = this.peekOp('-', '+');
    if (op === '-' || op === '+') {
      this.i++;
      return { kind: 'unary', op, arg: this.unary() };
    }
    let node = this.primary();
    while (this.peekOp('%')) {
      this.i++;
      node = { kind: 'unary', op: '%', arg: node };
    }
    return node;
  };

  private primary(): Node {
    const tok = this.tokens[this.i++];
    if (!tok) return this.fail('unexpected end');
    switch (tok.t) {
      case 'num':
        return { kind: 'literal', value: tok.v };
      case 'str':
        return { kind: 'literal', value: tok.v };
      case 'ref':
        return this.reference(tok.sheet, tok.text);
      case 'id':
        return this.identifier(tok.v);
      case 'op':
        if (tok.v !== '(') return this.fail(`unexpected "${tok.v}"`);
        {
          const inner = this.comparison();
          this.expect(')');
          return inner;
        }
    }
  }

  private reference(sheet: string | null, text: string): Node {
    const from = cellOf(text);
    let to = from;
    if (this.peekOp(':')) {
      this.i++;
      const end = this.tokens[this.i++];
      if (end?.t !== 'ref') return this.fail('a cell expected after ":"');
      to = cellOf(end.text);
    }
    return { kind: 'ref', sheet, c0: from.column, r0: from.row, c1: to.column, r1: to.row };
  }

  private identifier(id: string): Node {
    const upper = id.toUpperCase();
    if (!this.peekOp('(')) {
      if (upper === 'TRUE' || upper === 'FALSE')
        return { kind: 'literal', value: upper === 'TRUE' };
      return { kind: 'name', name: id };
    }
    this.i++;
    const args: Node[] = [];
    if (!this.peekOp(')')) {
      args.push(this.comparison());
      while (this.peekOp(',')) {
        this.i++;
        args.push(this.comparison());
      }
    }
    this.expect(')');
    return { kind: 'call', fn: upper, args };
  }
}

export function parseFormula(formula: string): Node {
  return new Parser(tokenize(formula), formula).parse();
}

const isError = (v: Scalar): v is FormulaError => v instanceof FormulaError;
const isMatrix = (v: Value): v is Matrix => Array.isArray(v);

/** A scalar as a number for arithmetic: empty is 0, TRUE 1, numeric text its number. */
function toNumber(v: Scalar): number | FormulaError {
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (isError(v)) return v;
  const n = Number(v);
  return v.trim() !== '' && Number.isFinite(n) ? n : new FormulaError('#VALUE!');
}

function toText(v: Scalar): string | FormulaError {
  if (v === null) return '';
  if (isError(v)) return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

function toBoolean(v: Scalar): boolean | FormulaError {
  if (isError(v)) return v;
  if (typeof v === 'string') {
    const u = v.toUpperCase();
    if (u === 'TRUE' || u === 'FALSE') return u === 'TRUE';
    return new FormulaError('#VALUE!');
  }
  return v === null ? false : Boolean(v);
}

/** Excel's ordering: numbers < text < booleans; text compares without case; empty is 0 or "". */
function compare(a: Scalar, b: Scalar): number {
  const rank = (v: Scalar) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  let x = a;
  let y = b;
  if (x === null) x = typeof y === 'string' ? '' : typeof y === 'boolean' ? false : 0;
  if (y === null) y = typeof x === 'string' ? '' : typeof x === 'boolean' ? false : 0;
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string' && typeof y === 'string') {
    const [p, q] = [x.toLowerCase(), y.toLowerCase()];
    return p < q ? -1 : p > q ? 1 : 0;
  }
  return Number(x) - Number(y);
}

function binaryScalar(op: string, a: Scalar, b: Scalar): Scalar {
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (op === '&') {
    const [x, y] = [toText(a), toText(b)];
    return isError(x) ? x : isError(y) ? y : x + y;
  }
  if (['=', '<>', '<', '>', '<=', '>='].includes(op)) {
    const c = compare(a, b);
    const results: Record<string, boolean> = {
      '=': c === 0,
      '<>': c !== 0,
      '<': c < 0,
      '>': c > 0,
      '<=': c <= 0,
      '>=': c >= 0,
    };
    return results[op]!;
  }
  const x = toNumber(a);
  const y = toNumber(b);
  if (isError(x)) return x;
  if (isError(y)) return y;
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return y === 0 ? new FormulaError('#DIV/0!') : x / y;
    case '^':
      return x ** y;
  }
  throw new Error(`formula evaluator: unknown operator ${op}`);
}

/** Applies a scalar operation element-wise when either side is a range (array arithmetic). */
function lift(a: Value, b: Value, f: (x: Scalar, y: Scalar) => Scalar): Value {
  if (!isMatrix(a) && !isMatrix(b)) return f(a, b);
  const rows = Math.max(isMatrix(a) ? a.length : 1, isMatrix(b) ? b.length : 1);
  const cols = Math.max(isMatrix(a) ? a[0]!.length : 1, isMatrix(b) ? b[0]!.length : 1);
  const pick = (v: Value, r: number, c: number): Scalar =>
    isMatrix(v)
      ? (v[v.length === 1 ? 0 : r]?.[v[0]!.length === 1 ? 0 : c] ?? new FormulaError('#N/A'))
      : v;
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => f(pick(a, r, c), pick(b, r, c))),
  );
}

const flat = (v: Value): Scalar[] => (isMatrix(v) ? v.flat() : [v]);

/** The first cell of a range where a single value is needed. */
const scalarOf = (v: Value): Scalar => (isMatrix(v) ? (v[0]?.[0] ?? null) : v);

/** Does a cell meet a SUMIF criterion such as 5, "male" or ">=15"? */
function meets(value: Scalar, criterion: Scalar): boolean {
  if (typeof criterion !== 'string') return value !== null && compare(value, criterion) === 0;
  const m = /^(<=|>=|<>|<|>|=)?(.*)$/s.exec(criterion)!;
  const op = m[1] ?? '=';
  const text = m[2]!;
  const n = Number(text);
  const operand: Scalar = text.trim() !== '' && Number.isFinite(n) ? n : text;
  if (typeof operand === 'number' && typeof value !== 'number') return op === '<>';
  if (typeof operand === 'string' && typeof value !== 'string') return op === '<>';
  return binaryScalar(op, value, operand) === true;
}

/** Evaluates parsed formulas of one workbook against a cell source. */
export class FormulaEvaluator {
  constructor(private readonly source: CellSource) {}

  /** The value of a formula written on `sheet` (a range's first cell where one value is needed). */
  evaluate(formula: string, sheet: string): Scalar {
    return scalarOf(this.node(parseFormula(formula), sheet));
  }

  private node(n: Node, sheet: string): Value {
    switch (n.kind) {
      case 'literal':
        return n.value;
      case 'ref':
        return this.range(n.sheet ?? sheet, n.c0, n.r0, n.c1, n.r1);
      case 'name': {
        const target = this.source.name(n.name);
        if (!target) throw new Error(`formula evaluator: no defined name ${n.name}`);
        return this.source.cell(target.sheet, target.column, target.row);
      }
      case 'unary': {
        const v = this.node(n.arg, sheet);
        return lift(v, null, (x) => {
          const y = toNumber(x);
          if (isError(y)) return y;
          return n.op === '-' ? -y : n.op === '%' ? y / 100 : y;
        });
      }
      case 'binary':
        return lift(this.node(n.left, sheet), this.node(n.right, sheet), (x, y) =>
          binaryScalar(n.op, x, y),
        );
      case 'call':
        return this.call(n.fn, n.args, sheet);
    }
  }

  private range(sheet: string, c0: number, r0: number, c1: number, r1: number): Value {
    if (c0 === c1 && r0 === r1) return this.source.cell(sheet, c0, r0);
    const out: Matrix = [];
    for (let r = r0; r <= r1; r++) {
      const row: Scalar[] = [];
      for (let c = c0; c <= c1; c++) row.push(this.source.cell(sheet, c, r));
      out.push(row);
    }
    return out;
  }

  private call(fn: string, args: Node[], sheet: string): Value {
    const arg = (i: number): Value => {
      const a = args[i];
      if (!a) throw new Error(`formula evaluator: ${fn} needs argument ${i + 1}`);
      return this.node(a, sheet);
    };
    const all = () => args.map((_, i) => arg(i));
    const numbers = () => all().flatMap((v) => flat(v));
    switch (fn) {
      case 'IF': {
        // Lazy: only the branch taken is evaluated, as Excel does.
        const test = toBoolean(scalarOf(arg(0)));
        if (isError(test)) return test;
        if (test) return arg(1);
        return args.length > 2 ? arg(2) : false;
      }
      case 'AND':
      case 'OR': {
        const values = all().flatMap(flat).map(toBoolean);
        const error = values.find(isError);
        if (error) return error;
        return fn === 'AND' ? values.every(Boolean) : values.some(Boolean);
      }
      case 'ISNUMBER':
        return typeof scalarOf(arg(0)) === 'number';
      case 'NA':
        return new FormulaError('#N/A');
      case 'SUM':
        return this.aggregate(numbers(), (xs) => xs.reduce((s, x) => s + x, 0));
      case 'MIN':
        return this.aggregate(numbers(), (xs) => (xs.length === 0 ? 0 : Math.min(...xs)));
      case 'MAX':
        return this.aggregate(numbers(), (xs) => (xs.length === 0 ? 0 : Math.max(...xs)));
      case 'COUNT':
        return numbers().filter((x) => typeof x === 'number').length;
      case 'INT':
      case 'MOD':
        return this.arithmetic(fn, all().map(scalarOf));
      case 'SUMPRODUCT':
        return this.sumProduct(all());
      case 'SUMIF': {
        const [range, criterion, sum] = [
          arg(0),
          scalarOf(arg(1)),
          args.length > 2 ? arg(2) : arg(0),
        ];
        return this.sumIfs(sum, [[range, criterion]]);
      }
      case 'SUMIFS': {
        const pairs: [Value, Scalar][] = [];
        for (let i = 1; i + 1 < args.length; i += 2) pairs.push([arg(i), scalarOf(arg(i + 1))]);
        return this.sumIfs(arg(0), pairs);
      }
      case 'MATCH':
        return this.match(scalarOf(arg(0)), arg(1), args.length > 2 ? scalarOf(arg(2)) : 1);
      case 'INDEX': {
        const values = arg(0);
        const i = toNumber(scalarOf(arg(1)));
        if (isError(i)) return i;
        const cells = flat(values);
        return cells[i - 1] ?? new FormulaError('#REF!');
      }
    }
    throw new Error(`formula evaluator: the function ${fn} is not supported`);
  }

  /** SUM, MIN and MAX: numbers in ranges count, text and empty cells in ranges do not. */
  private aggregate(values: Scalar[], f: (xs: number[]) => number): Scalar {
    const error = values.find(isError);
    if (error) return error;
    return f(values.filter((v): v is number => typeof v === 'number'));
  }

  private arithmetic(fn: 'INT' | 'MOD', args: Scalar[]): Scalar {
    const [x, y] = args.map(toNumber);
    if (x === undefined || isError(x)) return x ?? new FormulaError('#VALUE!');
    if (fn === 'INT') return Math.floor(x);
    if (y === undefined || isError(y)) return y ?? new FormulaError('#VALUE!');
    if (y === 0) return new FormulaError('#DIV/0!');
    return x - y * Math.floor(x / y);
  }

  /** Element-wise products summed; text and empty cells count as 0. */
  private sumProduct(arrays: Value[]): Scalar {
    const lists = arrays.map(flat);
    const n = lists[0]?.length ?? 0;
    if (lists.some((l) => l.length !== n)) return new FormulaError('#VALUE!');
    let sum = 0;
    for (let i = 0; i < n; i++) {
      let product = 1;
      for (const l of lists) {
        const v = l[i]!;
        if (isError(v)) return v;
        product *= typeof v === 'number' ? v : 0;
      }
      sum += product;
    }
    return sum;
  }

  private sumIfs(sumRange: Value, pairs: [Value, Scalar][]): Scalar {
    const sums = flat(sumRange);
    const tests = pairs.map(([range, criterion]) => [flat(range), criterion] as const);
    let total = 0;
    sums.forEach((v, i) => {
      if (typeof v !== 'number') return;
      if (tests.every(([cells, criterion]) => meets(cells[i] ?? null, criterion))) total += v;
    });
    return total;
  }

  /** MATCH with type 0 (exact, the only one the writers use). */
  private match(wanted: Scalar, range: Value, type: Scalar): Scalar {
    if (type !== 0) throw new Error('formula evaluator: MATCH is supported with type 0 only');
    const i = flat(range).findIndex((v) => v !== null && compare(v, wanted) === 0);
    return i < 0 ? new FormulaError('#N/A') : i + 1;
  }
}
