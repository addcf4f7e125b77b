/**
 * The writer's formula evaluator on small hand-made sheets: Excel's rules for empty cells, text and
 * errors, lazy IF, ranges in arithmetic, the criteria of SUMIF(S), MATCH/INDEX, and a clear error for
 * a formula it cannot read or a function it does not know. (workbook-recalc.test.ts compares it with
 * LibreOffice on every formula of whole workbooks.)
 */
import { describe, expect, it } from 'vitest';
import {
  FormulaError,
  FormulaEvaluator,
  type Scalar,
} from '../../src/node/report/xlsx/formula-eval';

/** Sheet "S": A1:A4 = 1, 2, 3, 4; B1:B4 = "x", "y", "x", empty; C1 = "" ; D1 = 0. Sheet "My sheet": A1 = 10. */
const CELLS: Record<string, Scalar> = {
  'S!A1': 1,
  'S!A2': 2,
  'S!A3': 3,
  'S!A4': 4,
  'S!B1': 'x',
  'S!B2': 'y',
  'S!B3': 'x',
  'S!C1': '',
  'S!D1': 0,
  'My sheet!A1': 10,
};

const evaluator = new FormulaEvaluator({
  cell: (sheet, column, row) => CELLS[`${sheet}!${String.fromCharCode(64 + column)}${row}`] ?? null,
  name: (name) =>
    name.toLowerCase() === 'rate' ? { sheet: 'My sheet', column: 1, row: 1 } : undefined,
});
const ev = (formula: string) => evaluator.evaluate(formula, 'S');

describe('the formula evaluator', () => {
  it('follows Excel’s precedence and treats an empty cell as 0 or ""', () => {
    // 1 + 2 * 3 ^ 2 = 1 + 18 = 19; -2 ^ 2 = 4 (negation first); 50% = 0.5.
    expect(ev('1+2*3^2')).toBe(19);
    expect(ev('-2^2')).toBe(4);
    expect(ev('50%')).toBe(0.5);
    // E9 is empty: 0 in arithmetic, equal to "" and to 0.
    expect(ev('E9+1')).toBe(1);
    expect(ev('E9=""')).toBe(true);
    expect(ev('E9=0')).toBe(true);
    expect(ev('"a"&A1&"b"')).toBe('a1b');
    // Text compares without case; numbers sort before text.
    expect(ev('"ABC"="abc"')).toBe(true);
    expect(ev('5<"a"')).toBe(true);
  });

  it('reads other sheets, quoted names and defined names', () => {
    expect(ev("'My sheet'!A1*2")).toBe(20);
    expect(ev("'My sheet'!$A$1+rate")).toBe(20);
  });

  it('evaluates only the branch of IF that is taken, and propagates errors', () => {
    expect(ev('IF(D1=0,0,A1/D1)')).toBe(0);
    expect(ev('A1/D1')).toEqual(new FormulaError('#DIV/0!'));
    expect(ev('A1/D1+1')).toEqual(new FormulaError('#DIV/0!'));
    expect(ev('ISNUMBER(B1)')).toBe(false);
    expect(ev('ISNUMBER(A1)')).toBe(true);
    expect(ev('AND(A1=1,OR(A2=5,A3=3))')).toBe(true);
    expect(ev('B1*2')).toEqual(new FormulaError('#VALUE!'));
  });

  it('sums, counts and multiplies ranges as Excel does', () => {
    // SUM/MIN/MAX/COUNT skip text and empty cells of a range.
    expect(ev('SUM(A1:B4)')).toBe(10);
    expect(ev('COUNT(A1:C4)')).toBe(4);
    expect(ev('MIN(A2:A4)')).toBe(2);
    expect(ev('MAX(A1:A4,7)')).toBe(7);
    expect(ev('IF(COUNT(C1:C4)=0,"never",MIN(C1:C4))')).toBe('never');
    // 1x1 + 2x2 + 3x3 + 4x4 = 30; with a condition: years <= 2 -> 1 + 4 = 5.
    expect(ev('SUMPRODUCT(A1:A4,A1:A4)')).toBe(30);
    expect(ev('SUMPRODUCT((A1:A4<=2)*A1:A4*A1:A4)')).toBe(5);
    expect(ev('INT(7/2)+MOD(-1,12)')).toBe(3 + 11);
  });

  it('applies SUMIF and SUMIFS criteria: equal text, and ">="&number', () => {
    // "x" in B1 and B3: 1 + 3 = 4; A >= 2 and A <= 3: 2 + 3 = 5; both: 3.
    expect(ev('SUMIF(B1:B4,"x",A1:A4)')).toBe(4);
    expect(ev('SUMIFS(A1:A4,A1:A4,">="&2,A1:A4,"<="&3)')).toBe(5);
    expect(ev('SUMIFS(A1:A4,B1:B4,"X",A1:A4,">1")')).toBe(3);
  });

  it('looks up with INDEX and MATCH(…, 0)', () => {
    expect(ev('INDEX(B1:B4,MATCH(3,A1:A4,0))')).toBe('x');
    expect(ev('MATCH(9,A1:A4,0)')).toEqual(new FormulaError('#N/A'));
  });

  it('names the formula and the position it cannot read, and a function it does not know', () => {
    expect(() => ev('A1+#')).toThrow('formula A1+#: cannot read it at position 4');
    expect(() => ev('VLOOKUP(1,A1:A4,1)')).toThrow('the function VLOOKUP is not supported');
    expect(() => ev('nowhere+1')).toThrow('no defined name nowhere');
  });
});
