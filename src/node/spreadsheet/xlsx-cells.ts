import type ExcelJS from 'exceljs';
import { cellRef, isBlank, readText, type CellValue, type Located } from './cell-values';
import type { Problems } from './problems';
import { headerKey } from './sheet-layout';

/** Reading the cells of a worksheet, shared by the readers of the country and demographic sheets. */

/** A cell's value as text, number or boolean: formulas give their result, rich text its text. */
export function plainValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('result' in v) return plainValue((v as ExcelJS.CellFormulaValue).result ?? null);
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('error' in v) return String(v.error);
  }
  return null;
}

export function located(ws: ExcelJS.Worksheet, row: number, col: number): Located {
  return { value: plainValue(ws.getCell(row, col).value), at: cellRef(ws.name, col, row) };
}

/**
 * Checks the header row: each expected column present, not blank, not merged, and nothing to the
 * right of the last one. Header cells are compared without case or the unit in brackets. An
 * expected '' is the empty column between two tables.
 */
export function checkHeader(
  ws: ExcelJS.Worksheet,
  expected: readonly string[],
  problems: Problems,
): void {
  expected.forEach((want, i) => {
    const cell = ws.getCell(1, i + 1);
    const at = cellRef(ws.name, i + 1, 1);
    const value = plainValue(cell.value);
    if (want === '') {
      if (!isBlank(value)) {
        problems.add(at, { code: 'sheet.header.separator' });
      }
    } else if (cell.isMerged) {
      problems.add(at, { code: 'sheet.header.merged', params: { want } });
    } else if (isBlank(value)) {
      problems.add(at, { code: 'sheet.header.blank', params: { want } });
    } else if (headerKey(readText(value)) !== headerKey(want)) {
      problems.add(at, {
        code: 'sheet.header.wrong',
        params: { want, found: JSON.stringify(readText(value)) },
      });
    }
  });
  const row = ws.getRow(1);
  for (let c = expected.length + 1; c <= row.cellCount; c++) {
    if (!isBlank(plainValue(row.getCell(c).value))) {
      problems.add(cellRef(ws.name, c, 1), {
        code: 'sheet.header.extraColumn',
        params: { last: expected[expected.length - 1] ?? '' },
      });
    }
  }
}

/** Data rows 2.. that have anything in the first `width` columns. */
export function dataRows(ws: ExcelJS.Worksheet, width: number): number[] {
  const rows: number[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= Math.max(width, row.cellCount); c++) {
      if (!isBlank(plainValue(row.getCell(c).value))) {
        rows.push(r);
        break;
      }
    }
  }
  return rows;
}

/** Values to the right of the last column are a row of the wrong length. */
export function checkRowLength(
  ws: ExcelJS.Worksheet,
  r: number,
  width: number,
  problems: Problems,
): void {
  const row = ws.getRow(r);
  for (let c = width + 1; c <= row.cellCount; c++) {
    if (!isBlank(plainValue(row.getCell(c).value))) {
      problems.add(cellRef(ws.name, c, r), {
        code: 'sheet.row.tooLong',
        params: { cells: c, width },
      });
      return;
    }
  }
}
