/**
 * Bad spreadsheets: every problem names the sheet and cell (XLSX) or the row and column (CSV).
 * The workbook is the "flat" test country (years 2025-2030, so 'Population female' row 2 is 2025
 * and column B is age 0) written by the template writer and then edited with exceljs.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Issue } from '#engine';
import { readCountrySheet } from '../../../src/node/spreadsheet/country-sheet';
import {
  editedCsv as csv,
  editedWorkbook as workbook,
  importRefusal,
  sheet,
} from '../../helpers/edited-sheets';

const tmp = mkdtempSync(join(tmpdir(), 'spf-bad-sheet-'));

async function problems(file: string): Promise<Issue[]> {
  const e = await importRefusal(file);
  expect(e.source).toBe(file);
  // The English text and the place; the codes and their other languages: test/messages.
  return e.issues.map(({ path, message }) => ({ path, message }));
}

describe('malformed XLSX', () => {
  it('a missing sheet', async () => {
    const file = await workbook((wb) => wb.removeWorksheet(sheet(wb, 'Macro').id));
    const issues = await problems(file);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('Macro');
    expect(issues[0]!.message).toMatch(
      /^the sheet is missing; the workbook has "README", "Country"/,
    );
  });

  it('a cell with text', async () => {
    const file = await workbook((wb) => {
      sheet(wb, 'Population female').getCell('C4').value = 'n/a';
    });
    expect(await problems(file)).toEqual([
      { path: "'Population female'!C4", message: 'must be a number >= 0, found "n/a"' },
    ]);
  });

  it('a row of the wrong length: an age left empty, or a value past 100+', async () => {
    const short = await workbook((wb) => {
      sheet(wb, 'Population male').getCell('CX3').value = null;
    });
    expect(await problems(short)).toEqual([
      {
        path: "'Population male'!CX3",
        message: 'age 100+ is empty: every age 0 to 99 and 100+ needs a number of persons',
      },
    ]);
    const long = await workbook((wb) => {
      sheet(wb, 'Population male').getCell('CY3').value = 1000;
    });
    expect((await problems(long))[0]).toEqual({
      path: "'Population male'!CY3",
      message:
        'this row has 103 or more cells but the sheet has 102 columns: the row is too long (shifted by a column?)',
    });
  });

  it('a merged header', async () => {
    const file = await workbook((wb) => sheet(wb, 'Macro').mergeCells('B1:C1'));
    const issues = await problems(file);
    expect(issues[0]).toEqual({
      path: 'Macro!B1',
      message:
        'the header cell is merged with others: unmerge it; each column needs its own header ("GDP (LCU a year, current prices)")',
    });
    expect(issues[1]!.path).toBe('Macro!C1');
  });

  it('a blank header and a wrong header', async () => {
    const file = await workbook((wb) => {
      sheet(wb, 'Population female').getCell('C1').value = null;
      sheet(wb, 'Births').getCell('B1').value = 'Deaths';
    });
    expect(await problems(file)).toEqual([
      {
        path: "'Population female'!C1",
        message: 'the header is blank; expected "Age 1 (persons)"',
      },
      { path: 'Births!B1', message: 'the header must be "Live births (persons)", found "Deaths"' },
    ]);
  });

  it('a year given twice', async () => {
    const file = await workbook((wb) => {
      sheet(wb, 'Births').getCell('A3').value = 2025;
    });
    expect(await problems(file)).toEqual([
      { path: 'Births!A3', message: 'the year 2025 is given twice (also at Births!A2)' },
    ]);
  });

  it('years that are not consecutive, located at the year cell by the country checks', async () => {
    const file = await workbook((wb) => {
      sheet(wb, 'Population female').getCell('A5').value = 2029;
      sheet(wb, 'Population female').getCell('A6').value = 2028;
      sheet(wb, 'Population male').getCell('A5').value = 2029;
      sheet(wb, 'Population male').getCell('A6').value = 2028;
    });
    // Rows are sorted by year, so 2025, 2026, 2027, 2028 (row 6), 2029 (row 5), 2030: consecutive.
    await expect(readCountrySheet(file)).resolves.toBeTruthy();
    const gap = await workbook((wb) => {
      sheet(wb, 'Population female').getCell('A7').value = 2032;
      sheet(wb, 'Population male').getCell('A7').value = 2032;
    });
    expect(await problems(gap)).toEqual([
      {
        path: "'Population female'!A7",
        message: 'population.years[5]: years must be consecutive: expected 2030, found 2032',
      },
    ]);
  });

  it('required macro values left empty, and an unknown rate name with a suggestion', async () => {
    const file = await workbook((wb) => {
      sheet(wb, 'Macro').getCell('B2').value = null;
      sheet(wb, 'Macro').getCell('C2').value = null;
      sheet(wb, 'Rates').getCell('A2').value = 'povrety';
    });
    expect(await problems(file)).toEqual([
      { path: 'Macro!B2', message: 'is empty: this column is needed for every year' },
      { path: 'Macro!C2', message: 'is empty: this column is needed for every year' },
      {
        path: 'Rates!A2',
        message: expect.stringMatching(
          /^must be one of "disability", .*found "povrety"; did you mean "poverty"\?$/,
        ) as string,
      },
    ]);
  });

  it('yes/no cells and unknown fields', async () => {
    const file = await workbook((wb) => {
      sheet(wb, 'Sources').getCell('F2').value = 'maybe';
      sheet(wb, 'Country').getCell('A3').value = 'nmae';
    });
    expect(await problems(file)).toEqual([
      {
        path: 'Country!A3',
        message: expect.stringMatching(/^unknown field "nmae"; did you mean "name"\?/) as string,
      },
      { path: 'Sources!F2', message: 'must be yes or no, found "maybe"' },
    ]);
  });

  it('a file that is not a workbook', async () => {
    const file = join(tmp, 'not-a-book.xlsx');
    writeFileSync(file, 'year,value\n2025,1\n');
    const issues = await problems(file);
    expect(issues[0]!.path).toBe('');
    expect(issues[0]!.message).toMatch(/^is not an Excel workbook \(\.xlsx\) that can be read/);
  });

  it('warns about growth typed as a percentage, and accepts cells formatted as %', async () => {
    const file = await workbook((wb) => {
      sheet(wb, 'Macro').getCell('C2').value = 3;
    });
    const r = await readCountrySheet(file);
    expect(r.warnings).toMatchObject([
      {
        path: 'Macro!C2',
        message: '3 is over 100%: if you meant 3%, write 0.03 or "3%" (fractions, not percentages)',
      },
    ]);
    // The template formats fraction columns as percentages; the stored value is the fraction.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(sheet(wb, 'Macro').getCell('D2').numFmt).toBe('0.00%');
  });
});

describe('malformed long CSV', () => {
  const rowOf = (lines: string[], start: string) => lines.findIndex((l) => l.startsWith(start)) + 1;

  it('text in a value', async () => {
    let row = 0;
    const file = await csv((lines) => {
      row = rowOf(lines, 'Population female,,2026,7,');
      lines[row - 1] = 'Population female,,2026,7,,n/a,persons';
      return lines;
    });
    expect(await problems(file)).toEqual([
      { path: `row ${row}, column value`, message: 'must be a number >= 0, found "n/a"' },
    ]);
  });

  it('a missing age, an unknown sheet and a row of the wrong length', async () => {
    let row = 0;
    let last = 0;
    const file = await csv((lines) => {
      row = rowOf(lines, 'Population male,,2027,50,');
      lines[row - 1] = 'Populations,,2027,50,,1000,persons';
      lines.push('Births,,2031,,,5000');
      last = lines.length;
      return lines;
    });
    expect(await problems(file)).toEqual([
      {
        path: `row ${row}, column sheet`,
        message: expect.stringMatching(
          /^must be one of "Country", .*found "Populations"$/,
        ) as string,
      },
      {
        path: `row ${last}`,
        message: 'has 6 values, expected 7 (sheet, item, year, age, sex, value, unit)',
      },
    ]);
    const missing = await csv((lines) =>
      lines.filter((l) => !l.startsWith('Population male,,2027,50,')),
    );
    expect(await problems(missing)).toEqual([
      {
        path: 'Population male, year 2027, age 50 (no row)',
        message: 'age 50 is empty: every age 0 to 99 and 100+ needs a number of persons',
      },
    ]);
  });

  it('semicolons instead of commas', async () => {
    const file = await csv((lines) => lines.map((l) => l.replace(/,/g, ';')));
    expect(await problems(file)).toEqual([
      {
        path: 'row 1',
        message:
          'the columns are separated by semicolons or tabs, not commas: save the file as comma-separated CSV',
      },
    ]);
  });

  it('accepts a byte-order mark and "5%" in a fraction column', async () => {
    const file = await csv((lines) => {
      lines[0] = `\uFEFF${lines[0]}`;
      const i = rowOf(lines, 'Macro,realGrowth,2025,');
      lines[i - 1] = 'Macro,realGrowth,2025,,,3%,fraction';
      return lines;
    });
    const r = await readCountrySheet(file);
    expect(r.country.macro.realGrowth[0]).toBeCloseTo(0.03, 15);
  });
});
