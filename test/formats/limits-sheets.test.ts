/**
 * A population cell of 1e308 in a country spreadsheet (XLSX and the long CSV) is refused at its cell
 * (issue 9, item 2): before, such a country costed with exit 0 and NaN in the table. The sheets are the
 * flat test country written by the template writer, then edited.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCountrySheet, writeCountryTemplate } from '../../src/node/spreadsheet/country-sheet';
import { InputError, readCountry, type Issue } from '#engine';
import { flatCountry } from '../helpers/fixtures';

const tmp = mkdtempSync(join(tmpdir(), 'spf-limits-sheet-'));

function flat() {
  const r = readCountry(flatCountry());
  if (!r.ok) throw new Error('fixture');
  return r.value;
}

async function problems(file: string): Promise<Issue[]> {
  try {
    await readCountrySheet(file);
  } catch (e) {
    if (e instanceof InputError) return [...e.issues];
    throw e;
  }
  throw new Error('expected the sheet to be refused');
}

describe('a population cell of 1e308 in a spreadsheet', () => {
  it('is refused at its XLSX cell', async () => {
    const file = join(tmp, 'huge.xlsx');
    await writeCountryTemplate(file, flat());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    // Row 2 is 2025, column B is age 0.
    wb.getWorksheet('Population female')!.getCell('B2').value = 1e308;
    await wb.xlsx.writeFile(file);
    // The cell's problem keeps the country check's code and parameters (for its translation).
    expect(await problems(file)).toMatchObject([
      {
        path: "'Population female'!B2",
        message: 'population.female[0][0]: must be <= 10000000000, found 1e+308',
      },
    ]);
  });

  it('is refused at its CSV row', async () => {
    const file = join(tmp, 'huge.csv');
    await writeCountryTemplate(file, flat());
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const row = lines.findIndex((l) => l.startsWith('Population female,,2026,7,')) + 1;
    lines[row - 1] = 'Population female,,2026,7,,1e308,persons';
    writeFileSync(file, `${lines.join('\n')}\n`);
    const issues = await problems(file);
    expect(issues.map((i) => i.message)).toEqual([
      'population.female[1][7]: must be <= 10000000000, found 1e+308',
    ]);
    expect(issues[0]!.path).toContain(`row ${row}`);
  });
});
