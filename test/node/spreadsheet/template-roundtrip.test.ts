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
import { trainingCountry } from '../../../src/node/bundled-models';
import { formatCountryJson } from '../../../src/node/country-build/country-json';
import {
  readCountrySheet,
  writeCountryTemplate,
} from '../../../src/node/spreadsheet/country-sheet';
import { writeFileSync } from 'node:fs';
import { spf } from '../../helpers/cli';
import { built } from '../../helpers/country-data';
import { flatCountry } from '../../helpers/fixtures';
import { readCountry } from '#engine';
import { groupedDemography } from './demography-fixture';

const tmp = mkdtempSync(join(tmpdir(), 'spf-sheet-'));

describe('a country through the spreadsheet and back', () => {
  it.each(['xlsx', 'csv'])('Kenya through %s comes back equal, field by field', async (ext) => {
    const { country } = await built('KEN');
    const file = join(tmp, `ken.${ext}`);
    await writeCountryTemplate(file, country);
    const back = await readCountrySheet(file);
    expect(back.warnings).toEqual([]);
    expect(back.country.demography?.mx.ageStarts).toHaveLength(22);
    expect(back.country).toEqual(country);
  });

  it.each(['xlsx', 'csv'])(
    'the training country (single-age death rates every 5 years) through %s comes back equal',
    async (ext) => {
      const country = trainingCountry();
      const file = join(tmp, `training.${ext}`);
      await writeCountryTemplate(file, country);
      const back = await readCountrySheet(file);
      expect(back.warnings).toEqual([]);
      expect(back.country.demography?.mx.years).toEqual([
        2025, 2030, 2035, 2040, 2045, 2050, 2055, 2060,
      ]);
      expect(back.country).toEqual(country);
      // Exactly: no key added or lost (toEqual ignores keys whose value is undefined).
      expect(JSON.parse(JSON.stringify(back.country))).toStrictEqual(
        JSON.parse(JSON.stringify(country)),
      );
    },
  );

  it.each(['xlsx', 'csv'])(
    'keeps age groups of death rates, a 7-group fertility pattern and no migration through %s',
    async (ext) => {
      const country = { ...trainingCountry(), demography: groupedDemography() };
      const file = join(tmp, `grouped.${ext}`);
      await writeCountryTemplate(file, country);
      const back = (await readCountrySheet(file)).country;
      expect(back.demography).toStrictEqual(country.demography);
      expect(back.demography?.netMigration).toBeUndefined();
    },
  );

  it('a country without demographic rates comes back without them, in both forms', async () => {
    const r = readCountry(flatCountry());
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    for (const ext of ['xlsx', 'csv']) {
      const file = join(tmp, `no-demography.${ext}`);
      await writeCountryTemplate(file, r.value);
      const back = (await readCountrySheet(file)).country;
      expect(back.demography).toBeUndefined();
      expect(back).toEqual(r.value);
    }
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
      'Mortality female',
      'Mortality male',
      'Fertility',
      'Migration',
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

  it('has the demographic sheets empty, with their headers, units and the ages to fill', async () => {
    const file = join(tmp, 'blank-demography.xlsx');
    await writeCountryTemplate(file, undefined, [2025]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const mx = wb.getWorksheet('Mortality male')!;
    expect(mx.getCell('A1').value).toBe('Year');
    expect(mx.getCell('B1').value).toBe('Age 0 (deaths per person-year)');
    expect(mx.getCell('CX1').value).toBe('Age 100+ (deaths per person-year)');
    expect(mx.rowCount).toBe(1);
    const rows = (name: string, n: number) =>
      Array.from({ length: n }, (_, r) =>
        (wb.getWorksheet(name)!.getRow(r + 1).values as unknown[]).slice(1),
      );
    expect(rows('Fertility', 3)).toEqual([
      [
        'Year',
        'Total fertility rate (children per woman)',
        undefined,
        'Age of mother (15 to 49, or 15-19 to 45-49)',
        'Share of the TFR (fraction)',
        undefined,
        'Sex ratio at birth (male births per female birth)',
      ],
      [undefined, undefined, undefined, 15],
      [undefined, undefined, undefined, 16],
    ]);
    expect(rows('Migration', 2)).toEqual([
      [
        'Year',
        'Net migrants (persons a year; negative: more leave than arrive)',
        undefined,
        'Age (0 to 99, 100+)',
        'Female (share of all net migrants)',
        'Male (share of all net migrants)',
      ],
      [undefined, undefined, undefined, 0],
    ]);
    expect(wb.getWorksheet('Migration')!.getCell('D102').value).toBe('100+');
    const readme = wb
      .getWorksheet('README')!
      .getColumn(1)
      .values.map((v) => String(v as string))
      .join('\n');
    expect(readme).toContain('Demographic rates (optional)');
    expect(readme).toContain('DEATHS PER PERSON-YEAR');
  });

  it('with age groups, has the groups in the header row', async () => {
    const file = join(tmp, 'grouped-header.xlsx');
    await writeCountryTemplate(file, { ...trainingCountry(), demography: groupedDemography() });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const mx = wb.getWorksheet('Mortality female')!;
    expect((mx.getRow(1).values as unknown[]).slice(1, 5)).toEqual([
      'Year',
      'Age 0 (deaths per person-year)',
      'Age 1-4 (deaths per person-year)',
      'Age 5-9 (deaths per person-year)',
    ]);
    expect(mx.getCell('W1').value).toBe('Age 100+ (deaths per person-year)');
    expect(wb.getWorksheet('Fertility')!.getCell('D8').value).toBe('45-49');
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
    // The demographic records, with neither year nor value: they show the form.
    expect(rows).toContainEqual([
      'Mortality female',
      '',
      '',
      '100+',
      '',
      '',
      'deaths per person-year',
    ]);
    expect(rows).toContainEqual(['Fertility', 'tfr', '', '', '', '', 'children per woman']);
    expect(rows).toContainEqual(['Fertility', 'asfrPattern', '', '49', '', '', 'fraction']);
    expect(rows).toContainEqual([
      'Migration',
      'migrationProfile',
      '',
      '100+',
      'male',
      '',
      'share of all net migrants',
    ]);
  });

  it('in CSV has one record per death rate, TFR, share and migrant count', async () => {
    const file = join(tmp, 'grouped.csv');
    await writeCountryTemplate(file, { ...trainingCountry(), demography: groupedDemography() });
    const rows = Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: true }).data;
    const d = groupedDemography();
    expect(rows).toContainEqual([
      'Mortality male',
      '',
      '2030',
      '1-4',
      '',
      String(d.mx.male[1]![1]),
      'deaths per person-year',
    ]);
    expect(rows).toContainEqual([
      'Fertility',
      'tfr',
      '2025',
      '',
      '',
      String(d.tfr.values[0]),
      'children per woman',
    ]);
    expect(rows).toContainEqual([
      'Fertility',
      'asfrPattern',
      '',
      '15-19',
      '',
      String(d.asfrPattern[0]),
      'fraction',
    ]);
    expect(rows).toContainEqual([
      'Fertility',
      'sexRatioAtBirth',
      '',
      '',
      '',
      '1.05',
      'male births per female birth',
    ]);
    expect(rows.filter((r) => r[0] === 'Mortality female')).toHaveLength(8 * 22);
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
