/**
 * A country written as the country template (XLSX or the long CSV) by the template writer, then
 * edited, so a test can break one cell or line and read what the importer says about it. Shared by
 * the importer's tests (test/node/spreadsheet) and its messages in three languages (test/messages).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { InputError, readCountry, type CountryData } from '#engine';
import { readCountrySheet, writeCountryTemplate } from '../../src/node/spreadsheet/country-sheet';
import { flatCountry } from './fixtures';

const tmp = mkdtempSync(join(tmpdir(), 'spf-edited-sheet-'));
let n = 0;

/** The "flat" test country (years 2025-2030), read as the app reads it. */
export function flatCountryData(): CountryData {
  const r = readCountry(flatCountry());
  if (!r.ok) throw new Error('fixture');
  return r.value;
}

/** `country` (default: the flat one) as a workbook, edited by `change`; returns the file. */
export async function editedWorkbook(
  change: (wb: ExcelJS.Workbook) => void,
  country: CountryData = flatCountryData(),
): Promise<string> {
  const file = join(tmp, `book-${++n}.xlsx`);
  await writeCountryTemplate(file, country);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  change(wb);
  await wb.xlsx.writeFile(file);
  return file;
}

/** `country` (default: the flat one) as the long CSV, with its lines edited by `change`. */
export async function editedCsv(
  change: (lines: string[]) => string[],
  country: CountryData = flatCountryData(),
): Promise<string> {
  const file = join(tmp, `long-${++n}.csv`);
  await writeCountryTemplate(file, country);
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  writeFileSync(file, `${change(lines).join('\n')}\n`);
  return file;
}

/** The error the importer refuses `file` with; fails the test if the file is read without one. */
export async function importRefusal(file: string): Promise<InputError> {
  try {
    await readCountrySheet(file);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected the sheet to be refused');
}

export const sheet = (wb: ExcelJS.Workbook, name: string) => wb.getWorksheet(name)!;
