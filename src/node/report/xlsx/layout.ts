import type ExcelJS from 'exceljs';

/** Number formats: thousands separators for persons and money, two decimals for shares. */
export const FMT = {
  persons: '#,##0',
  money: '#,##0',
  amount: '#,##0.00',
  pct: '0.00%',
  index: '0.000000',
  factor: '0.000000',
  fx: '#,##0.00',
  months: '0.0#',
  ratio: '0.00',
  year: '0',
  integer: '0',
} as const;

const DATA_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF0000C0' } };
const ASSUMPTION_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFFFF2CC' },
};
const ENGINE_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE7E6E6' },
};
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFD9E1F2' },
};
const BLOCK_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE2EFDA' },
};

/**
 * What a cell holds, shown by its style (the README sheet explains the legend): data from the country
 * file, an assumption a user may change, a value computed by the engine, or a formula or label (plain).
 */
export type CellRole = 'data' | 'assumption' | 'engine' | 'plain';

export function styleCell(cell: ExcelJS.Cell, role: CellRole, numFmt?: string): void {
  if (numFmt) cell.numFmt = numFmt;
  if (role === 'data') cell.font = DATA_FONT;
  else if (role === 'assumption') {
    cell.font = DATA_FONT;
    cell.fill = ASSUMPTION_FILL;
  } else if (role === 'engine') {
    cell.font = { italic: true };
    cell.fill = ENGINE_FILL;
  }
}

/** Column letters of a 1-based column number: 1 -> A, 28 -> AB. */
export function col(n: number): string {
  let s = '';
  let x = n;
  while (x > 0) {
    const r = (x - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    x = Math.floor((x - 1) / 26);
  }
  return s;
}

export function addr(column: number, row: number): string {
  return `${col(column)}${row}`;
}

export function absAddr(column: number, row: number): string {
  return `$${col(column)}$${row}`;
}

/** A sheet name as formulas write it: always quoted, so ids with dots or dashes are safe. */
export function sheetRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

export function ref(sheet: string, column: number, row: number): string {
  return `${sheetRef(sheet)}${addr(column, row)}`;
}

export function setFormula(
  ws: ExcelJS.Worksheet,
  row: number,
  column: number,
  formula: string,
  numFmt?: string,
): ExcelJS.Cell {
  const cell = ws.getCell(row, column);
  cell.value = { formula };
  styleCell(cell, 'plain', numFmt);
  return cell;
}

export function setValue(
  ws: ExcelJS.Worksheet,
  row: number,
  column: number,
  value: number | string | null,
  role: CellRole,
  numFmt?: string,
): ExcelJS.Cell {
  const cell = ws.getCell(row, column);
  // Non-finite numbers (data a file does not give) stay empty rather than becoming errors.
  cell.value = typeof value === 'number' && !Number.isFinite(value) ? null : value;
  styleCell(cell, role, numFmt);
  return cell;
}

/** One column of a table: its header (with the unit) and display format. */
export interface Column {
  header: string;
  numFmt?: string;
  width?: number;
  note?: string;
  /** Columns of the eligible-base block share a colour in the header. */
  block?: boolean;
}

/**
 * Prints on A4 landscape, `pagesWide` pages across (0: no fitting, for the wide data sheets), with the
 * header row repeated on every page: ministries read these on paper.
 */
export function printSetup(ws: ExcelJS.Worksheet, headerRow: number, pagesWide: number): void {
  ws.pageSetup.paperSize = 9;
  ws.pageSetup.orientation = 'landscape';
  if (pagesWide > 0) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = pagesWide;
    ws.pageSetup.fitToHeight = 0;
  }
  if (headerRow > 0) ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
}

/** A row height that shows wrapped text of `length` characters in a column `width` characters wide. */
export function wrappedHeight(length: number, width: number): number {
  return 15 * Math.max(1, Math.ceil(length / Math.max(1, width - 2)));
}

/**
 * Writes a bold, wrapped header row with widths and notes; freezes it with the first `xSplit` columns
 * and sets up printing (`pagesWide` pages across).
 */
export function writeHeader(
  ws: ExcelJS.Worksheet,
  row: number,
  columns: readonly Column[],
  freeze: { xSplit: number } | null,
  pagesWide = 1,
): void {
  printSetup(ws, row, pagesWide);
  columns.forEach((c, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = c.block ? BLOCK_FILL : HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.border = { bottom: { style: 'thin' } };
    if (c.note) cell.note = c.note;
    const column = ws.getColumn(i + 1);
    column.width = c.width ?? Math.min(26, Math.max(12, Math.ceil(c.header.length / 2.2) + 4));
  });
  ws.getRow(row).height = 48;
  if (freeze) ws.views = [{ state: 'frozen', xSplit: freeze.xSplit, ySplit: row }];
}

/** A bold block title (a line of text above a table on the same sheet). */
export function writeTitle(ws: ExcelJS.Worksheet, row: number, text: string): void {
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { bold: true, size: 12 };
}

/** A defined name part: letters, digits and "_" only, so Excel and LibreOffice accept it. */
export function namePart(text: string): string {
  return text.replace(/[^A-Za-z0-9_]/g, '_');
}

/** An absolute single-column range on a sheet: 'Sheet'!$C$2:$C$102. */
export function colRange(sheet: string, column: number, r0: number, r1: number): string {
  return `${sheetRef(sheet)}${absRange(column, r0, r1)}`;
}

/** An absolute single-column range on the same sheet: $C$2:$C$102. */
export function absRange(column: number, r0: number, r1: number): string {
  const c = col(column);
  return `$${c}$${r0}:$${c}$${r1}`;
}
