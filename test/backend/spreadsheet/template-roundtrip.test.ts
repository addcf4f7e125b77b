/**
 * `spf country template` and `spf country from-sheet`: a country goes out to a spreadsheet (XLSX or
 * the long CSV) and comes back unchanged; an empty template has every sheet, header and year.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatCountryJson } from '../../../src/backend/country-build/country-json';
import {
  readCountrySheet,
  writeCountryTemplate,
} from '../../../src/backend/spreadsheet/country-sheet';
import { writeFileSync } from 'node:fs';
import { spf } from '../../helpers/cli';
import { built } from '../../helpers/country-data';
import { flatCountry } from '../../helpers/fixtures';
import { readCountry } from '../../../src/formats/read-country';

const tmp = mkdtempSync(join(tmpdir(), 'spf-sheet-'));

describe('a country through the spreadsheet and back', () => {
  it.each(['xlsx', 'csv'])('Kenya through %s comes back equal, field by field', async (ext) => {
    const { country } = await built('KEN');
    const file = join(tmp, `ken.${ext}`);
    await writeCountryTemplate(file, country);
    const back = await readCountrySheet(file);
    expect(back.warnings).toEqual([]);
    expect(back.country).toEqual(country);
  });

  it('keeps every form of a rate: one number, 101 numbers (as bands), bands, by sex', async () => {
    const list = Array.from({ length: 101 }, (_, a) => (a < 15 ? 0.01 : a < 65 ? 0.02 : 0));
    const input = flatCountry({
      fictional: true,
      rates: {
        poverty: 0.4,
        disability: list,
        orphanhood: [[0, 17, 0.05]],
        laborForceParticipation: { female: [[15, 64, 0.5]], male: 0.8 },
      },
    });
    const r = readCountry(input);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const file = join(tmp, 'flat.xlsx');
    await writeCountryTemplate(file, r.value);
    const back = (await readCountrySheet(file)).country;
    expect(back.rates).toEqual({
      poverty: 0.4,
      // 101 numbers become runs of equal values; ages with 0 are left out (rate 0 outside bands).
      disability: [
        [0, 14, 0.01],
        [15, 64, 0.02],
      ],
      orphanhood: [[0, 17, 0.05]],
      laborForceParticipation: { female: [[15, 64, 0.5]], male: [[0, 100, 0.8]] },
    });
    expect(back.fictional).toBe(true);
  });

  it('works through the command line: template --from, then from-sheet --out', async () => {
    const { country } = await built('NPL');
    const json = join(tmp, 'npl.json');
    writeFileSync(json, formatCountryJson(country));
    const sheet = join(tmp, 'npl.xlsx');
    const t = await spf('country', 'template', '--out', sheet, '--from', json);
    expect(t.code, t.err).toBe(0);
    expect(t.err).toMatch(
      /^Wrote .*npl\.xlsx: Excel workbook \(README, Country, Population female/,
    );
    const out = join(tmp, 'npl-back.json');
    const f = await spf('country', 'from-sheet', sheet, '--out', out);
    expect(f.code, f.err).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(JSON.parse(JSON.stringify(country)));
  });
});

describe('an empty template', () => {
  it('has a README and one sheet per block, with units in the header row and a row per year', async () => {
    const file = join(tmp, 'blank.xlsx');
    const r = await spf('country', 'template', '--out', file, '--years', '2026-2030');
    expect(r.code, r.err).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'README',
      'Country',
      'Population female',
      'Population male',
      'Births',
      'Macro',
      'Rates',
      'Spending',
      'Sources',
    ]);
    const female = wb.getWorksheet('Population female')!;
    expect(female.getCell('B1').value).toBe('Age 0 (persons)');
    expect(female.getCell('CX1').value).toBe('Age 100+ (persons)');
    expect([2, 3, 4, 5, 6].map((r) => female.getCell(r, 1).value)).toEqual([
      2026, 2027, 2028, 2029, 2030,
    ]);
    expect(wb.getWorksheet('Macro')!.getCell('C1').value).toBe(
      'Real GDP growth (fraction: 0.05 = 5%)',
    );
    expect(wb.getWorksheet('README')!.getCell('A1').text).toMatch(
      /^SPF Costing Studio: country data/,
    );
  });

  it('in CSV is one long table: sheet, item, year, age, sex, value, unit', async () => {
    const file = join(tmp, 'blank.csv');
    await writeCountryTemplate(file, undefined, [2025]);
    const rows = Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['sheet', 'item', 'year', 'age', 'sex', 'value', 'unit']);
    expect(rows).toContainEqual(['Population male', '', '2025', '100+', '', '', 'persons']);
    expect(rows).toContainEqual(['Macro', 'realGrowth', '2025', '', '', '', 'fraction: 0.05 = 5%']);
    expect(rows).toContainEqual([
      'Rates',
      'disability',
      '',
      '0-100',
      'all',
      '',
      'fraction of the age group',
    ]);
  });

  it('imported unfilled, names the cells to fill', async () => {
    const file = join(tmp, 'unfilled.xlsx');
    await writeCountryTemplate(file, undefined, [2025]);
    const r = await spf('country', 'from-sheet', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`error: ${file}: Country!B2: code: is required`);
    expect(r.err).toContain(
      `error: ${file}: 'Population female'!A1: population.years: must have at least 1 item, found 0`,
    );
  });
});
