import type ExcelJS from 'exceljs';
import { cellRef, isBlank, readText, type YearRow } from './cell-values';
import { emptyDemographyCells, type AgeRow, type DemographyCells } from './demography-cells';
import {
  FERTILITY_COLUMN,
  FERTILITY_HEADER,
  MIGRATION_COLUMN,
  MIGRATION_HEADER,
} from './demography-layout';
import { rowYear, type Problems } from './problems';
import { DEMOGRAPHY_SHEETS, headerKey, SHEET } from './sheet-layout';
import { checkHeader, checkRowLength, dataRows, located, plainValue } from './xlsx-cells';

/**
 * A death-rate sheet: "Year", then one column per age group named in the header row, up to the
 * last filled header cell; a row per year.
 */
function readMortality(
  ws: ExcelJS.Worksheet,
  target: DemographyCells['mortality']['female'],
  problems: Problems,
): void {
  const before = problems.issues.length;
  const year = plainValue(ws.getCell(1, 1).value);
  if (headerKey(readText(year)) !== 'year') {
    problems.add(
      cellRef(ws.name, 1, 1),
      isBlank(year)
        ? { code: 'sheet.header.blank', params: { want: 'Year' } }
        : {
            code: 'sheet.header.wrong',
            params: { want: 'Year', found: JSON.stringify(readText(year)) },
          },
    );
  }
  const header = ws.getRow(1);
  let width = 1;
  for (let c = 2; c <= header.cellCount; c++) {
    if (!isBlank(plainValue(header.getCell(c).value))) width = c;
  }
  for (let c = 2; c <= width; c++) {
    if (header.getCell(c).isMerged) {
      problems.add(cellRef(ws.name, c, 1), { code: 'sheet.mx.headerMerged' });
    }
    target.groups.push(located(ws, 1, c));
  }
  if (problems.issues.length > before) return;
  for (const r of dataRows(ws, width)) {
    checkRowLength(ws, r, width, problems);
    const y = rowYear(problems, located(ws, r, 1), target.rows);
    if (y === undefined) continue;
    target.rows.set(y, {
      at: cellRef(ws.name, 1, r),
      cells: target.groups.map((_, j) => located(ws, r, j + 2)),
    });
  }
}

/** The empty columns between side-by-side tables must stay empty. */
function checkSeparators(
  ws: ExcelJS.Worksheet,
  r: number,
  header: readonly string[],
  problems: Problems,
) {
  header.forEach((h, i) => {
    if (h === '' && !isBlank(plainValue(ws.getCell(r, i + 1).value))) {
      problems.add(cellRef(ws.name, i + 1, r), { code: 'sheet.demography.separator' });
    }
  });
}

/** A year and its value, when either is filled. */
function yearCell(
  ws: ExcelJS.Worksheet,
  r: number,
  columns: { year: number; value: number },
  target: Map<number, YearRow>,
  problems: Problems,
): void {
  const y = located(ws, r, columns.year);
  const v = located(ws, r, columns.value);
  if (isBlank(y.value) && isBlank(v.value)) return;
  const year = rowYear(problems, y, target);
  if (year !== undefined) target.set(year, { at: y.at, cells: [v] });
}

/** An age and its shares, when any is filled. */
function ageRow(ws: ExcelJS.Worksheet, r: number, age: number, shares: number[]): AgeRow | null {
  const cells = shares.map((c) => located(ws, r, c));
  const a = located(ws, r, age);
  if (isBlank(a.value) && cells.every((c) => isBlank(c.value))) return null;
  return { at: a.at, age: a, cells };
}

/**
 * Reads each data row of a side-by-side sheet (fertility, migration), checked for its length and its
 * empty separator columns first; a sheet whose header is wrong is reported and its rows not read.
 */
function eachCheckedRow(
  ws: ExcelJS.Worksheet,
  header: readonly string[],
  problems: Problems,
  read: (r: number) => void,
): void {
  const before = problems.issues.length;
  checkHeader(ws, header, problems);
  if (problems.issues.length > before) return;
  for (const r of dataRows(ws, header.length)) {
    checkRowLength(ws, r, header.length, problems);
    checkSeparators(ws, r, header, problems);
    read(r);
  }
}

function readFertility(ws: ExcelJS.Worksheet, d: DemographyCells, problems: Problems): void {
  const F = FERTILITY_COLUMN;
  eachCheckedRow(ws, FERTILITY_HEADER, problems, (r) => {
    yearCell(ws, r, { year: F.year, value: F.tfr }, d.tfr, problems);
    const row = ageRow(ws, r, F.age, [F.share]);
    if (row) d.asfrPattern.push(row);
    const srb = located(ws, r, F.sexRatio);
    if (!isBlank(srb.value)) d.sexRatioAtBirth.push(srb);
  });
}

function readMigration(ws: ExcelJS.Worksheet, d: DemographyCells, problems: Problems): void {
  const M = MIGRATION_COLUMN;
  eachCheckedRow(ws, MIGRATION_HEADER, problems, (r) => {
    yearCell(ws, r, { year: M.year, value: M.net }, d.netMigration, problems);
    const row = ageRow(ws, r, M.age, [M.female, M.male]);
    if (row) d.migrationProfile.push(row);
  });
}

/**
 * Reads the demographic sheets of a workbook. Each may be missing (the block is optional); a sheet
 * with a bad header is reported and its rows are not read.
 */
export function readDemographyXlsx(wb: ExcelJS.Workbook, problems: Problems): DemographyCells {
  const at = (sheet: string, column: number) =>
    wb.getWorksheet(sheet) ? cellRef(sheet, column, 1) : sheet;
  const d = emptyDemographyCells(
    {
      mxFemale: at(SHEET.mortalityFemale, 1),
      mxMale: at(SHEET.mortalityMale, 1),
      tfr: at(SHEET.fertility, FERTILITY_COLUMN.tfr),
      asfrPattern: at(SHEET.fertility, FERTILITY_COLUMN.share),
      sexRatioAtBirth: at(SHEET.fertility, FERTILITY_COLUMN.sexRatio),
      netMigration: at(SHEET.migration, MIGRATION_COLUMN.net),
      migrationProfile: at(SHEET.migration, MIGRATION_COLUMN.female),
    },
    DEMOGRAPHY_SHEETS.filter((s) => !wb.getWorksheet(s)),
  );
  const sheet = (name: string) => wb.getWorksheet(name);
  const female = sheet(SHEET.mortalityFemale);
  if (female) readMortality(female, d.mortality.female, problems);
  const male = sheet(SHEET.mortalityMale);
  if (male) readMortality(male, d.mortality.male, problems);
  const fertility = sheet(SHEET.fertility);
  if (fertility) readFertility(fertility, d, problems);
  const migration = sheet(SHEET.migration);
  if (migration) readMigration(migration, d, problems);
  return d;
}
