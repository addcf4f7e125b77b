/**
 * Bad demographic sheets: every problem names the sheet and cell (XLSX) or the row and column (CSV),
 * and a block given in part says what is missing. The workbook is the training country (death rates
 * by single age in 2025, 2030, ..., 2060, so 'Mortality female' row 2 is 2025 and column B is age
 * 0; TFR 2025-2060 in Fertility rows 2-37, the pattern by single age 15-49 in rows 2-36) or the same
 * with death rates by age group (columns B, C, D: 0, 1-4, 5-9) and a pattern of 7 five-year groups.
 */
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { trainingCountry } from '../../../src/node/bundled-models';
import { readCountrySheet } from '../../../src/node/spreadsheet/country-sheet';
import type { CountryData, Issue } from '#engine';
import { editedCsv, editedWorkbook, importRefusal, sheet } from '../../helpers/edited-sheets';
import { groupedDemography } from './demography-fixture';

const grouped = (): CountryData => ({ ...trainingCountry(), demography: groupedDemography() });

const workbook = (change: (wb: ExcelJS.Workbook) => void, country = trainingCountry()) =>
  editedWorkbook(change, country);
const csv = (change: (lines: string[]) => string[], country = trainingCountry()) =>
  editedCsv(change, country);

async function problems(file: string): Promise<Issue[]> {
  const e = await importRefusal(file);
  expect(e.source).toBe(file);
  // The English text and the place; the codes and their other languages: test/messages.
  return e.issues.map(({ path, message }) => ({ path, message }));
}

/** Empties every data row of a sheet, keeping the header. */
function emptySheet(wb: ExcelJS.Workbook, name: string): void {
  const ws = sheet(wb, name);
  ws.eachRow((row, r) => {
    if (r > 1) row.eachCell((cell) => (cell.value = null));
  });
}

describe('malformed demographic sheets (XLSX)', () => {
  it('text in a death rate, a negative rate, a rate left empty', async () => {
    const file = await workbook((wb) => {
      sheet(wb, 'Mortality female').getCell('D7').value = 'n/a';
      sheet(wb, 'Mortality male').getCell('B2').value = -0.01;
      sheet(wb, 'Mortality male').getCell('G3').value = null;
    });
    expect(await problems(file)).toEqual([
      { path: "'Mortality female'!D7", message: 'must be a number >= 0, found "n/a"' },
      { path: "'Mortality male'!B2", message: 'must be a number >= 0, found -0.01' },
      {
        path: "'Mortality male'!G3",
        message: 'age 5 is empty: every age group needs a death rate (deaths per person-year)',
      },
    ]);
  });

  it('a rate over the limit of the format is located at its cell', async () => {
    const file = await workbook((wb) => {
      sheet(wb, 'Mortality female').getCell('C4').value = 12.3;
    });
    const issues = await problems(file);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe("'Mortality female'!C4");
    expect(issues[0]!.message).toMatch(/^demography\.mx\.female\[2\]\[1\]: /);
  });

  it('the wrong number of age columns: a value past 100+, a column taken out', async () => {
    const long = await workbook((wb) => {
      sheet(wb, 'Mortality male').getCell('CY3').value = 0.5;
    });
    expect(await problems(long)).toEqual([
      {
        path: "'Mortality male'!CY3",
        message:
          'this row has 103 or more cells but the sheet has 102 columns: the row is too long (shifted by a column?)',
      },
    ]);
    const gap = await workbook((wb) => sheet(wb, 'Mortality female').spliceColumns(50, 1));
    expect(await problems(gap)).toEqual([
      {
        path: "'Mortality female'!AX1",
        message:
          'must start at age 48: the column before ends at 47, found "Age 49" (for an age group, write both ends: "Age 47-48")',
      },
    ]);
    const last = await workbook((wb) => {
      for (const name of ['Mortality female', 'Mortality male']) {
        sheet(wb, name).spliceColumns(102, 1);
      }
    });
    expect(await problems(last)).toEqual([
      {
        path: "'Mortality female'!CW1",
        message:
          'the last age group must be open, e.g. "Age 99+" (or add a column "Age 100+"), found "Age 99"',
      },
      {
        path: "'Mortality male'!CW1",
        message:
          'the last age group must be open, e.g. "Age 99+" (or add a column "Age 100+"), found "Age 99"',
      },
    ]);
  });

  it('age groups: a gap between groups, and different groups for the two sexes', async () => {
    const gap = await workbook((wb) => {
      sheet(wb, 'Mortality female').getCell('C1').value = 'Age 1-3';
    }, grouped());
    expect(await problems(gap)).toEqual([
      {
        path: "'Mortality female'!D1",
        message: 'must start at age 4: the column before ends at 3, found "Age 5-9"',
      },
    ]);
    const startOnly = await workbook((wb) => {
      sheet(wb, 'Mortality female').getCell('C1').value = 'Age 1';
    }, grouped());
    expect(await problems(startOnly)).toEqual([
      {
        path: "'Mortality female'!D1",
        message:
          'must start at age 2: the column before ends at 1, found "Age 5-9" (for an age group, write both ends: "Age 1-4")',
      },
    ]);
    const sexes = await workbook((wb) => {
      const ws = sheet(wb, 'Mortality male');
      ws.getCell('V1').value = 'Age 95+';
      ws.spliceColumns(23, 1);
    }, grouped());
    expect(await problems(sexes)).toEqual([
      {
        path: "'Mortality male'!V1",
        message:
          'both sexes need the same age groups: "Mortality female" has 22, "Mortality male" 21',
      },
    ]);
    const label = await workbook((wb) => {
      sheet(wb, 'Mortality male').getCell('C1').value = '1 to 4 years';
    }, grouped());
    expect(await problems(label)).toEqual([
      {
        path: "'Mortality male'!C1",
        message:
          'must be an age or an age group from 0 to 100+, such as "Age 5", "Age 5-9" or "Age 100+", found "1 to 4 years"',
      },
    ]);
  });

  it('a year with no death rates, and a year in one sex only', async () => {
    const file = await workbook((wb) => {
      const ws = sheet(wb, 'Mortality female');
      for (let c = 2; c <= 102; c++) ws.getCell(3, c).value = null;
      sheet(wb, 'Mortality male').getCell('A9').value = 2065;
    });
    expect(await problems(file)).toEqual([
      {
        path: "'Mortality female'!A3",
        message: 'the year 2030 has no death rates: fill in the row, or delete it',
      },
      {
        path: "'Mortality female'!A9",
        message: 'the year 2060 is in "Mortality female" but not in "Mortality male"',
      },
      {
        path: "'Mortality male'!A9",
        message: 'the year 2065 is in "Mortality male" but not in "Mortality female"',
      },
    ]);
  });

  it('a TFR year without a value, and a value without a year', async () => {
    const file = await workbook((wb) => {
      sheet(wb, 'Fertility').getCell('B5').value = null;
    });
    expect(await problems(file)).toEqual([
      {
        path: 'Fertility!B5',
        message:
          'is empty: give the total fertility rate of 2028, or delete the year (the years may be any distance apart)',
      },
    ]);
    const noYear = await workbook((wb) => {
      sheet(wb, 'Fertility').getCell('A9').value = null;
    });
    expect(await problems(noYear)).toEqual([
      { path: 'Fertility!A9', message: 'the year is empty' },
    ]);
  });

  it('a pattern of 8 shares, a pattern with an age out of order, a share left empty', async () => {
    const eight = await workbook((wb) => {
      sheet(wb, 'Fertility').getCell('D9').value = '50-54';
      sheet(wb, 'Fertility').getCell('E9').value = 0.001;
    }, grouped());
    expect(await problems(eight)).toEqual([
      {
        path: 'Fertility!D9',
        message:
          'the age pattern must have 35 shares (single ages 15 to 49) or 7 (five-year groups 15-19 to 45-49), found 8',
      },
    ]);
    const order = await workbook((wb) => {
      sheet(wb, 'Fertility').getCell('D5').value = 19;
      sheet(wb, 'Fertility').getCell('E7').value = null;
    });
    expect(await problems(order)).toEqual([
      {
        path: 'Fertility!D5',
        message: 'must be age 18 (35 single ages 15 to 49, in order), found "19"',
      },
      { path: 'Fertility!E7', message: 'is empty: every age needs a share (0 for none)' },
    ]);
    const short = await workbook((wb) => {
      sheet(wb, 'Fertility').getCell('E36').value = null;
      sheet(wb, 'Fertility').getCell('E35').value = null;
    });
    expect(await problems(short)).toEqual([
      {
        path: 'Fertility!E1',
        message:
          'the age pattern must have 35 shares (single ages 15 to 49) or 7 (five-year groups 15-19 to 45-49), found 33: no share for 48, 49',
      },
    ]);
  });

  it('two sex ratios at birth, a value between the tables, a ratio out of range', async () => {
    const file = await workbook((wb) => {
      sheet(wb, 'Fertility').getCell('G3').value = 1.06;
      sheet(wb, 'Fertility').getCell('C4').value = 'x';
    });
    expect(await problems(file)).toEqual([
      {
        path: 'Fertility!C4',
        message:
          'this column separates two tables: leave it empty (or move the value to the table it belongs to)',
      },
    ]);
    const two = await workbook((wb) => {
      sheet(wb, 'Fertility').getCell('G3').value = 1.06;
    });
    expect(await problems(two)).toEqual([
      {
        path: 'Fertility!G3',
        message: 'only one sex ratio at birth: it is given already at Fertility!G2',
      },
    ]);
    const range = await workbook((wb) => {
      sheet(wb, 'Fertility').getCell('G2').value = 105;
    });
    const issues = await problems(range);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('Fertility!G2');
    expect(issues[0]!.message).toMatch(/^demography\.sexRatioAtBirth: /);
  });

  it('the migration profile: a share left empty, text, and an age missing', async () => {
    const file = await workbook((wb) => {
      sheet(wb, 'Migration').getCell('E10').value = null;
      sheet(wb, 'Migration').getCell('F20').value = 'many';
      sheet(wb, 'Migration').getCell('A2').value = 'next year';
    });
    expect(await problems(file)).toEqual([
      {
        path: 'Migration!A2',
        message: 'must be a whole number from 1900 to 2300, found "next year"',
      },
    ]);
    const shares = await workbook((wb) => {
      sheet(wb, 'Migration').getCell('E10').value = null;
      sheet(wb, 'Migration').getCell('F20').value = 'many';
    });
    expect(await problems(shares)).toEqual([
      { path: 'Migration!E10', message: 'is empty: every age needs a share (0 for none)' },
      { path: 'Migration!F20', message: 'must be a number, found "many"' },
    ]);
    const short = await workbook((wb) => {
      sheet(wb, 'Migration').getCell('E102').value = null;
      sheet(wb, 'Migration').getCell('F102').value = null;
    });
    expect(await problems(short)).toEqual([
      {
        path: 'Migration!E1',
        message:
          'the migration profile must have 101 ages (0 to 99 and 100+), found 100: no share for 100+',
      },
    ]);
  });

  it('a block given in part says what is missing', async () => {
    const noMale = await workbook((wb) => emptySheet(wb, 'Mortality male'));
    expect(await problems(noMale)).toEqual([
      {
        path: "'Mortality male'!A1",
        message:
          'no death rates of men, but the file has other demographic rates (death rates of women, total fertility rate, age pattern of fertility, sex ratio at birth, net migration, migration profile): ' +
          'demographic rates need the death rates of women and men, the total fertility rate and the age pattern of fertility. ' +
          'Fill in the death rates of men, or empty the sheets Mortality female, Mortality male, Fertility, Migration to have no demographic rates',
      },
    ]);
    const noFertility = await workbook((wb) => wb.removeWorksheet(sheet(wb, 'Fertility').id));
    const issues = await problems(noFertility);
    expect(issues.map((i) => i.path)).toEqual(['Fertility', 'Fertility']);
    expect(issues[0]!.message).toMatch(
      /^the sheet is missing, so no total fertility rate, but the file has other demographic rates \(death rates of women, death rates of men, net migration, migration profile\)/,
    );
    expect(issues[1]!.message).toMatch(/^the sheet is missing, so no age pattern of fertility/);
    const onlyMigration = await workbook((wb) => {
      for (const name of ['Mortality female', 'Mortality male']) emptySheet(wb, name);
      for (const cell of ['A2', 'B2', 'G2']) sheet(wb, 'Fertility').getCell(cell).value = null;
      const ws = sheet(wb, 'Fertility');
      for (let r = 2; r <= ws.rowCount; r++) {
        for (const c of [1, 2, 5]) ws.getCell(r, c).value = null;
      }
    });
    expect((await problems(onlyMigration)).map((i) => i.path)).toEqual([
      "'Mortality female'!A1",
      "'Mortality male'!A1",
      'Fertility!B1',
      'Fertility!E1',
    ]);
  });

  it('no demographic sheets, or all of them empty: a country without demographic rates', async () => {
    const removed = await workbook((wb) => {
      for (const name of ['Mortality female', 'Mortality male', 'Fertility', 'Migration']) {
        wb.removeWorksheet(sheet(wb, name).id);
      }
    });
    const a = await readCountrySheet(removed);
    expect(a.country.demography).toBeUndefined();
    expect(a.country.population).toEqual(trainingCountry().population);
    const emptied = await workbook((wb) => {
      for (const name of ['Mortality female', 'Mortality male', 'Fertility', 'Migration']) {
        emptySheet(wb, name);
      }
    });
    expect((await readCountrySheet(emptied)).country.demography).toBeUndefined();
  });
});

describe('malformed demographic records (long CSV)', () => {
  const rowOf = (lines: string[], start: string) => lines.findIndex((l) => l.startsWith(start)) + 1;

  it('text in a death rate, a negative rate, a record missing', async () => {
    let text = 0;
    let negative = 0;
    const file = await csv((lines) => {
      text = rowOf(lines, 'Mortality female,,2030,7,');
      lines[text - 1] = 'Mortality female,,2030,7,,n/a,deaths per person-year';
      negative = rowOf(lines, 'Mortality male,,2025,0,');
      lines[negative - 1] = 'Mortality male,,2025,0,,-0.01,deaths per person-year';
      return lines.filter((l) => !l.startsWith('Mortality male,,2040,50,'));
    });
    expect(await problems(file)).toEqual([
      { path: `row ${text}, column value`, message: 'must be a number >= 0, found "n/a"' },
      { path: `row ${negative}, column value`, message: 'must be a number >= 0, found "-0.01"' },
      {
        path: 'Mortality male, year 2040, age 50 (no row)',
        message: 'age 50 is empty: every age group needs a death rate (deaths per person-year)',
      },
    ]);
  });

  it('an age that is not one, a rate given twice, and groups with a gap', async () => {
    let bad = 0;
    let first5 = 0;
    let twice = 0;
    const file = await csv((lines) => {
      bad = rowOf(lines, 'Mortality female,,2025,3,');
      lines[bad - 1] = 'Mortality female,,2025,three,,0.01,deaths per person-year';
      first5 = rowOf(lines, 'Mortality female,,2025,5,');
      lines.push('Mortality female,,2025,5,,0.01,deaths per person-year');
      twice = lines.length;
      return lines;
    });
    expect(await problems(file)).toEqual([
      {
        path: `row ${bad}, column age`,
        message:
          'must be an age such as "15", an age group such as "15-19", or the open last group "100+", found "three"',
      },
      {
        path: `row ${twice}, column age`,
        message: `year 2025, age 5 is given twice (also at row ${first5}, column value)`,
      },
    ]);
    let first = 0;
    const gap = await csv((lines) => {
      const out = lines.map((l) => l.replace(/^(Mortality female,,\d+,)1-4,/, '$11-3,'));
      first = rowOf(out, 'Mortality female,,2025,5-9,');
      return out;
    }, grouped());
    expect(await problems(gap)).toEqual([
      {
        path: `row ${first}, column age`,
        message: 'must start at age 4: the column before ends at 3, found "5-9"',
      },
    ]);
  });

  it('a TFR year without a value, an unknown item, a pattern of 8 shares', async () => {
    let empty = 0;
    let unknown = 0;
    const file = await csv((lines) => {
      empty = rowOf(lines, 'Fertility,tfr,2031,');
      lines[empty - 1] = 'Fertility,tfr,2031,,,,children per woman';
      unknown = rowOf(lines, 'Fertility,sexRatioAtBirth,');
      lines[unknown - 1] = 'Fertility,sexRatio,,,,1.05,';
      return lines;
    });
    expect(await problems(file)).toEqual([
      {
        path: `row ${unknown}, column item`,
        message: 'must be one of "tfr", "asfrPattern", "sexRatioAtBirth", found "sexRatio"',
      },
    ]);
    const tfr = await csv((lines) => {
      lines[rowOf(lines, 'Fertility,tfr,2031,') - 1] = 'Fertility,tfr,2031,,,,children per woman';
      return lines;
    });
    expect(await problems(tfr)).toEqual([
      {
        path: `row ${empty}, column value`,
        message:
          'is empty: give the total fertility rate of 2031, or delete the year (the years may be any distance apart)',
      },
    ]);
    let extra = 0;
    const eight = await csv((lines) => {
      lines.push('Fertility,asfrPattern,,50-54,,0.001,fraction');
      extra = lines.length;
      return lines;
    }, grouped());
    expect(await problems(eight)).toEqual([
      {
        path: `row ${extra}, column age`,
        message:
          'the age pattern must have 35 shares (single ages 15 to 49) or 7 (five-year groups 15-19 to 45-49), found 8',
      },
    ]);
  });

  it('a profile record with a bad sex, and a block given in part', async () => {
    let row = 0;
    const file = await csv((lines) => {
      row = rowOf(lines, 'Migration,migrationProfile,,30,male,');
      lines[row - 1] = lines[row - 1]!.replace(',male,', ',men,');
      return lines;
    });
    expect(await problems(file)).toEqual([
      { path: `row ${row}, column sex`, message: 'must be "female" or "male", found "men"' },
    ]);
    const part = await csv((lines) => lines.filter((l) => !l.startsWith('Fertility,tfr,')));
    const issues = await problems(part);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('rows for sheet "Fertility", item tfr');
    expect(issues[0]!.message).toMatch(/^no total fertility rate, but the file has other/);
  });

  it('records with neither year nor value only show the form', async () => {
    const file = await csv((lines) => [
      ...lines.filter((l) => !/^(Mortality|Fertility|Migration)/.test(l)),
      'Mortality female,,,0,,,deaths per person-year',
      'Fertility,tfr,,,,,children per woman',
      'Fertility,asfrPattern,,15,,,fraction',
      'Migration,netMigration,,,,,persons a year',
      'Migration,migrationProfile,,0,female,,share of all net migrants',
    ]);
    expect((await readCountrySheet(file)).country.demography).toBeUndefined();
  });
});
