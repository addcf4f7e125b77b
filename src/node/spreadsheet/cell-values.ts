/** Cell references and the reading of cell values, shared by the XLSX and the CSV form. */
import type { MessageCode, MessageParams } from '#engine';

export type CellValue = string | number | boolean | null;

/** A cell's value and where it is (`'Population female'!C14` or `row 14, column value`). */
export interface Located {
  value: CellValue;
  at: string;
}

/** A row of a year's cells: where the year is, and the cells after it. */
export interface YearRow {
  /** Where the year is. */
  at: string;
  cells: Located[];
}

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

/** `'Population female'!C14`, as Excel writes a reference to another sheet. */
export function cellRef(sheet: string, column: number, row: number): string {
  const name = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${columnLetter(column)}${row}`;
}

export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

export function show(v: CellValue): string {
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

export interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
  /** Accept "5%" for 0.05 (fraction columns). */
  percent?: boolean;
}

/** A problem with a cell, as a message code of the catalogue and its values. */
export interface CellProblem {
  code: MessageCode;
  params?: MessageParams;
}

/** "must be a whole number from 1900 to 2300, found "abc"", as a code the app renders in its language. */
function notANumber(rule: NumberRule, v: CellValue): { error: CellProblem } {
  const kind = rule.integer ? '@sheet.kind.wholeNumber' : '@sheet.kind.number';
  const found = show(v);
  if (rule.min !== undefined && rule.max !== undefined)
    return {
      error: {
        code: 'sheet.number.between',
        params: { kind, min: rule.min, max: rule.max, found },
      },
    };
  if (rule.min !== undefined)
    return { error: { code: 'sheet.number.atLeast', params: { kind, min: rule.min, found } } };
  return { error: { code: 'sheet.number.any', params: { kind, found } } };
}

/**
 * A number from a cell: a number, or text holding one ("1234.5", "5%" where allowed). Returns the
 * number or the problem saying what was wrong; blank cells are the caller's business.
 */
export function readNumber(v: CellValue, rule: NumberRule = {}): number | { error: CellProblem } {
  let n: number;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string') {
    const text = v.trim();
    const pct = rule.percent ? /^([-+]?\d*\.?\d+(?:e[-+]?\d+)?)\s*%$/i.exec(text) : null;
    if (pct) n = Number(pct[1]) / 100;
    else if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) n = Number(text);
    else return notANumber(rule, v);
  } else return notANumber(rule, v);
  if (
    !Number.isFinite(n) ||
    (rule.integer && !Number.isInteger(n)) ||
    (rule.min !== undefined && n < rule.min) ||
    (rule.max !== undefined && n > rule.max)
  ) {
    return notANumber(rule, v);
  }
  return n;
}

/** yes/no, true/false, 1/0 (or a boolean cell). */
export function readYesNo(v: CellValue): boolean | { error: CellProblem } {
  if (typeof v === 'boolean') return v;
  const t = String(v).trim().toLowerCase();
  if (['yes', 'true', '1', 'y'].includes(t)) return true;
  if (['no', 'false', '0', 'n'].includes(t)) return false;
  return { error: { code: 'sheet.yesNo', params: { found: show(v) } } };
}

export function readText(v: CellValue): string {
  return v === null ? '' : String(v).trim();
}
