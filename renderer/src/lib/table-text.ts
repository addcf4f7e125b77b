/** Tables as text for spreadsheets: no DOM here, so the command-line tests can check it too. */
import Papa from 'papaparse';
import { neutraliseFormula, SAFE_UNPARSE } from '../../../src/contract/spreadsheet-text';

/**
 * CSV with a header row; numbers at full precision so that Excel recomputes exactly. Text that a
 * spreadsheet would run as a formula (a name starting with "=") is written as text.
 */
export function toCsv(header: string[], rows: (string | number)[][]): string {
  return `${Papa.unparse({ fields: header, data: rows }, { newline: '\r\n', ...SAFE_UNPARSE })}\r\n`;
}

/** A text cell for pasting: formula-like text marked as text; tabs and line breaks would split it. */
function tsvText(text: string): string {
  return neutraliseFormula(text).replace(/[\t\r\n]+/g, ' ');
}

/** Tab-separated text: what Excel and LibreOffice paste into cells. Numbers go as they are. */
export function toTsv(header: string[], rows: (string | number)[][]): string {
  return [header, ...rows]
    .map((r) => r.map((v) => (typeof v === 'number' ? String(v) : tsvText(v))).join('\t'))
    .join('\n');
}
