import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { SAFE_UNPARSE } from '../../contract/spreadsheet-text';
import type { CellValue } from './cell-values';
import type { SheetTable } from './sheet-table';
import { demographyCsvRows } from './demography-to-sheets';
import { README_HEADINGS, readmeLines } from './readme-text';
import {
  ageLabel,
  CSV_COLUMNS,
  headerUnit,
  MACRO_COLUMNS,
  RATE_NAMES,
  SEXES,
  SHEET,
  SOURCE_ATTRIBUTES,
} from './sheet-layout';

/** Rows with drop-down lists in the Rates and Sources sheets, for rows a user adds. */
const LIST_ROWS = 300;

function list(values: readonly string[]): ExcelJS.DataValidation {
  return { type: 'list', allowBlank: true, formulae: [`"${values.join(',')}"`] };
}

/** Writes the workbook: a README sheet, then one sheet per block with a bold, frozen header. */
export async function writeXlsx(
  file: string,
  tables: readonly SheetTable[],
  country?: { code: string; name: string },
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SPF Costing Studio';
  const readme = wb.addWorksheet(SHEET.readme);
  readme.getColumn(1).width = 120;
  readmeLines(country).forEach((line, i) => {
    const cell = readme.getCell(i + 1, 1);
    cell.value = line;
    if (i === 0) cell.font = { bold: true, size: 14 };
    else if (README_HEADINGS.includes(line)) cell.font = { bold: true };
  });
  for (const t of tables) {
    const ws = wb.addWorksheet(t.name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
    ws.addRow(t.header.map((h) => (h === '' ? null : h)));
    ws.getRow(1).font = { bold: true };
    for (const row of t.rows) ws.addRow(row);
    t.header.forEach((h, i) => {
      const col = ws.getColumn(i + 1);
      // An empty header is the empty column between two tables (Fertility, Migration).
      col.width = h === '' ? 3 : Math.min(40, Math.max(10, h.length + 2));
      if (t.percentColumns.includes(i + 1)) col.numFmt = '0.00%';
      else if (t.amountColumns.includes(i + 1)) col.numFmt = '#,##0';
    });
    if (t.name === SHEET.country) {
      ws.getColumn(3).width = 50;
      ws.getColumn(2).width = 30;
    }
    if (t.name === SHEET.mortalityFemale || t.name === SHEET.mortalityMale) {
      // Up to 101 age columns: narrow, with the header (and its unit) wrapped.
      for (let c = 2; c <= t.header.length; c++) ws.getColumn(c).width = 12;
      ws.getRow(1).alignment = { wrapText: true, vertical: 'top' };
    }
    if (t.name === SHEET.rates) {
      for (let r = 2; r <= LIST_ROWS; r++) {
        ws.getCell(r, 1).dataValidation = list(RATE_NAMES);
        ws.getCell(r, 2).dataValidation = list(SEXES);
      }
    }
    if (t.name === SHEET.sources) {
      for (let r = 2; r <= LIST_ROWS; r++) {
        ws.getCell(r, 6).dataValidation = list(['yes', 'no']);
        ws.getCell(r, 7).dataValidation = list(['yes', 'no']);
      }
      ws.getColumn(5).width = 80;
    }
  }
  await wb.xlsx.writeFile(file);
}

/** The long CSV form: one row per value, columns sheet, item, year, age, sex, value, unit. */
export function csvRows(tables: readonly SheetTable[]): CellValue[][] {
  const out: CellValue[][] = [];
  const push = (
    sheet: string,
    item: CellValue,
    year: CellValue,
    age: CellValue,
    sex: CellValue,
    value: CellValue,
    unit: string,
  ) => out.push([sheet, item, year, age, sex, value, unit]);
  for (const t of tables) {
    switch (t.name) {
      case SHEET.country:
        t.rows.forEach((r) => push(t.name, r[0]!, null, null, null, r[1]!, String(r[2] ?? '')));
        break;
      case SHEET.female:
      case SHEET.male:
        for (const r of t.rows) {
          r.slice(1).forEach((v, a) => push(t.name, null, r[0]!, ageLabel(a), null, v, 'persons'));
        }
        break;
      case SHEET.births:
        t.rows.forEach((r) => push(t.name, null, r[0]!, null, null, r[1]!, 'persons'));
        break;
      case SHEET.macro:
        for (const r of t.rows) {
          MACRO_COLUMNS.forEach((col, i) => {
            const v = r[i + 1] ?? null;
            if (v !== null || col.required)
              push(t.name, col.key, r[0]!, null, null, v, headerUnit(col.header));
          });
        }
        break;
      case SHEET.rates:
        t.rows.forEach((r) =>
          push(
            t.name,
            r[0]!,
            null,
            r[2] === r[3] ? r[2]! : `${r[2]}-${r[3]}`,
            r[1]!,
            r[4]!,
            'fraction of the age group',
          ),
        );
        break;
      case SHEET.spending:
        t.rows.forEach((r) => push(t.name, r[0]!, null, null, null, r[1]!, 'fraction of GDP'));
        break;
      case SHEET.sources:
        t.rows.forEach((r, n) =>
          SOURCE_ATTRIBUTES.forEach((attr, i) => {
            if (r[i] !== null) push(t.name, `${n + 1}.${attr}`, null, null, null, r[i]!, '');
          }),
        );
        break;
      default:
        out.push(...demographyCsvRows(t));
    }
  }
  return out;
}

/** Writes the long CSV (UTF-8, comma-separated, with a header row). */
export function writeCsv(file: string, tables: readonly SheetTable[]): void {
  const text = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: csvRows(tables) },
    { newline: '\n', ...SAFE_UNPARSE },
  );
  writeFileSync(file, `${text}\n`);
}
