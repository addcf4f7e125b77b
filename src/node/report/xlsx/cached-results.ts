/**
 * Gives every formula cell of the workbook a cached result, so that a viewer that does not recalculate
 * (Excel's Protected View, e-mail previews, Python readers) shows the numbers rather than blanks. A cell
 * that holds an engine result gets the engine's number; every other formula cell (intermediate columns,
 * extension rules, sums) gets its formula evaluated in the writer from those values and the inputs. At
 * export time these are exactly what Excel computes; a user's later edit recalculates as usual.
 */
import type ExcelJS from 'exceljs';
import type { CostingResult, PensionResult } from '#engine';
import type { ResultCell } from './context';
import { columnNumber, FormulaError, FormulaEvaluator, type Scalar } from './formula-eval';

const key = (sheet: string, column: number, row: number) => `${sheet}\u0000${column}:${row}`;

function at(root: object, path: readonly (string | number)[]): unknown {
  let node: unknown = root;
  for (const k of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[k];
  }
  return node;
}

/** The engine's value of each result cell: a finite number, or the text it derives. */
function engineValues(
  cells: readonly ResultCell[],
  result: CostingResult,
  pension: PensionResult | null,
): Map<string, Scalar> {
  const root = pension ? { ...result, pension } : result;
  const out = new Map<string, Scalar>();
  for (const c of cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(c.address);
    if (!m) throw new Error(`workbook writer: result cell ${c.sheet}!${c.address} has no address`);
    const k = key(c.sheet, columnNumber(m[1]!), Number(m[2]));
    if (c.expected !== undefined) out.set(k, c.expected);
    else {
      const v = at(root, c.path);
      // Numbers the engine cannot give (no data) are left to the formula.
      if (typeof v === 'number' && Number.isFinite(v)) out.set(k, v);
    }
  }
  return out;
}

/** A stored (non-formula) cell value as the evaluator sees it. */
function storedValue(value: ExcelJS.CellValue): Scalar {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) throw new Error('workbook writer: dates are not evaluated');
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value) return new FormulaError('#N/A');
  return null;
}

const formulaOf = (cell: ExcelJS.Cell): string | null => {
  const v = cell.value;
  return v !== null && typeof v === 'object' && 'formula' in v && typeof v.formula === 'string'
    ? v.formula
    : null;
};

/** The cached result exceljs writes: an empty reference shows 0, an error its code. */
function cached(v: Scalar): number | string | boolean | ExcelJS.CellErrorValue {
  if (v === null) return 0;
  if (v instanceof FormulaError) return { error: v.code };
  return v;
}

/** Sets `{ formula, result }` on every formula cell of the workbook (see the module comment). */
export function writeCachedResults(
  wb: ExcelJS.Workbook,
  cells: readonly ResultCell[],
  result: CostingResult,
  pension: PensionResult | null,
): void {
  const engine = engineValues(cells, result, pension);
  const names = new Map<string, { sheet: string; column: number; row: number }>();
  for (const d of wb.definedNames.model) {
    const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(d.ranges[0] ?? '');
    if (m)
      names.set(d.name.toLowerCase(), {
        sheet: m[1]!.replace(/''/g, "'"),
        column: columnNumber(m[2]!),
        row: Number(m[3]),
      });
  }
  const memo = new Map<string, Scalar>();
  const sheets = new Map(wb.worksheets.map((ws) => [ws.name, ws]));
  const pending = new Set<string>();
  const evaluator = new FormulaEvaluator({
    name: (name) => names.get(name.toLowerCase()),
    cell: (sheet, column, row) => value(sheet, column, row),
  });
  function value(sheet: string, column: number, row: number): Scalar {
    const k = key(sheet, column, row);
    const known = engine.get(k) ?? memo.get(k);
    if (known !== undefined) return known;
    const cell = sheets.get(sheet)?.findCell(row, column);
    if (!cell) return null;
    const formula = formulaOf(cell);
    if (formula === null) {
      const stored = storedValue(cell.value);
      memo.set(k, stored);
      return stored;
    }
    if (pending.has(k))
      throw new Error(`workbook writer: circular reference at ${sheet}!${cell.address}`);
    pending.add(k);
    const v = evaluator.evaluate(formula, sheet);
    pending.delete(k);
    memo.set(k, v);
    return v;
  }
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const formula = formulaOf(cell);
        if (formula === null) return;
        const v = value(ws.name, Number(cell.col), Number(cell.row));
        cell.value = { formula, result: cached(v) };
      }),
    ),
  );
}
