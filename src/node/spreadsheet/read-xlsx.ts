import ExcelJS from 'exceljs';
import { InputError, codedIssue, errorMessage, type Issue } from '#engine';
import { checkUnpackedSize, FILE_LIMITS, readFileLimited } from '../read-limited';
import { cellRef, readText } from './cell-values';
import { readDemographyXlsx } from './read-demography-xlsx';
import { Problems, rowYear } from './problems';
import { emptySheetData, type SheetData } from './sheet-data';
import {
  AGES,
  BIRTHS_HEADER,
  COUNTRY_HEADER,
  DATA_SHEETS,
  MACRO_COLUMNS,
  MACRO_HEADER,
  POPULATION_HEADER,
  RATES_HEADER,
  SHEET,
  SOURCE_ATTRIBUTES,
  SOURCES_HEADER,
  SPENDING_HEADER,
} from './sheet-layout';
import { checkHeader, checkRowLength, dataRows, located, plainValue } from './xlsx-cells';

function fail(file: string, issues: readonly Issue[]): InputError {
  return new InputError(issues, file);
}

/** Reads the cells of a country workbook (the layout of `spf country template`). */
export async function readCountryXlsx(file: string): Promise<SheetData> {
  const bytes = readFileLimited(file, FILE_LIMITS.xlsx);
  if (bytes.length === 0) throw fail(file, [codedIssue('', 'sheet.file.empty')]);
  // exceljs unpacks every part into memory: a small archive must not unpack to gigabytes.
  await checkUnpackedSize(bytes, file, FILE_LIMITS.xlsxUnpacked);
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type (an ArrayBuffer); a Node Buffer is what it reads.
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch (e) {
    throw fail(file, [codedIssue('', 'sheet.xlsx.unreadable', { reason: errorMessage(e) })]);
  }
  const names = wb.worksheets.map((w) => w.name);
  const missing = DATA_SHEETS.filter((s) => !wb.getWorksheet(s));
  if (missing.length > 0) {
    throw fail(
      file,
      missing.map((s) =>
        codedIssue(s, 'sheet.xlsx.missingSheet', {
          sheets: names.map((n) => `"${n}"`).join(', '),
        }),
      ),
    );
  }
  const sheet = (name: string) => wb.getWorksheet(name)!;
  const problems = new Problems();
  const headers: [string, readonly string[]][] = [
    [SHEET.country, COUNTRY_HEADER],
    [SHEET.female, POPULATION_HEADER],
    [SHEET.male, POPULATION_HEADER],
    [SHEET.births, BIRTHS_HEADER],
    [SHEET.macro, MACRO_HEADER],
    [SHEET.rates, RATES_HEADER],
    [SHEET.spending, SPENDING_HEADER],
    [SHEET.sources, SOURCES_HEADER],
  ];
  for (const [name, header] of headers) checkHeader(sheet(name), header, problems);
  if (problems.issues.length > 0) throw fail(file, problems.issues);

  const a1 = (name: string) => cellRef(name, 1, 1);
  const demography = readDemographyXlsx(wb, problems);
  const data = emptySheetData(
    {
      country: a1(SHEET.country),
      female: a1(SHEET.female),
      male: a1(SHEET.male),
      births: a1(SHEET.births),
      macro: a1(SHEET.macro),
      rates: a1(SHEET.rates),
      spending: a1(SHEET.spending),
      sources: a1(SHEET.sources),
    },
    demography,
  );

  const countryWs = sheet(SHEET.country);
  for (const r of dataRows(countryWs, 2)) {
    const key = readText(plainValue(countryWs.getCell(r, 1).value));
    const keyAt = cellRef(countryWs.name, 1, r);
    if (data.country.has(key))
      problems.add(keyAt, { code: 'sheet.csv.itemTwice', params: { item: key } });
    else data.country.set(key, { ...located(countryWs, r, 2), keyAt });
  }

  for (const [name, target] of [
    [SHEET.female, data.female],
    [SHEET.male, data.male],
  ] as const) {
    const ws = sheet(name);
    for (const r of dataRows(ws, AGES + 1)) {
      checkRowLength(ws, r, AGES + 1, problems);
      const year = rowYear(problems, located(ws, r, 1), target);
      if (year === undefined) continue;
      target.set(year, {
        at: cellRef(ws.name, 1, r),
        cells: Array.from({ length: AGES }, (_, a) => located(ws, r, a + 2)),
      });
    }
  }

  const birthsWs = sheet(SHEET.births);
  for (const r of dataRows(birthsWs, 2)) {
    checkRowLength(birthsWs, r, 2, problems);
    const year = rowYear(problems, located(birthsWs, r, 1), data.births);
    if (year !== undefined)
      data.births.set(year, { at: cellRef(birthsWs.name, 1, r), cells: [located(birthsWs, r, 2)] });
  }

  const macroWs = sheet(SHEET.macro);
  MACRO_COLUMNS.forEach((col, i) =>
    data.macroHeaderAt.set(col.key, cellRef(macroWs.name, i + 2, 1)),
  );
  for (const r of dataRows(macroWs, MACRO_COLUMNS.length + 1)) {
    checkRowLength(macroWs, r, MACRO_COLUMNS.length + 1, problems);
    const year = rowYear(problems, located(macroWs, r, 1), data.macro);
    if (year === undefined) continue;
    data.macro.set(year, {
      at: cellRef(macroWs.name, 1, r),
      cells: new Map(MACRO_COLUMNS.map((col, i) => [col.key, located(macroWs, r, i + 2)])),
    });
  }

  const ratesWs = sheet(SHEET.rates);
  for (const r of dataRows(ratesWs, 5)) {
    checkRowLength(ratesWs, r, 5, problems);
    data.rates.push({
      at: cellRef(ratesWs.name, 1, r),
      name: located(ratesWs, r, 1),
      sex: located(ratesWs, r, 2),
      from: located(ratesWs, r, 3),
      to: located(ratesWs, r, 4),
      value: located(ratesWs, r, 5),
    });
  }

  const spendingWs = sheet(SHEET.spending);
  for (const r of dataRows(spendingWs, 2)) {
    checkRowLength(spendingWs, r, 2, problems);
    data.spending.push({
      at: cellRef(spendingWs.name, 1, r),
      fn: located(spendingWs, r, 1),
      value: located(spendingWs, r, 2),
    });
  }

  const sourcesWs = sheet(SHEET.sources);
  for (const r of dataRows(sourcesWs, SOURCE_ATTRIBUTES.length)) {
    checkRowLength(sourcesWs, r, SOURCE_ATTRIBUTES.length, problems);
    data.sources.push({
      at: cellRef(sourcesWs.name, 1, r),
      attrs: new Map(SOURCE_ATTRIBUTES.map((attr, i) => [attr, located(sourcesWs, r, i + 1)])),
    });
  }
  if (problems.issues.length > 0) throw fail(file, problems.issues);
  return data;
}
