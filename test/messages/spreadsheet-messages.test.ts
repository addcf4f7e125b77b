/**
 * The country template's import errors in French and Spanish: each problem keeps its sheet and
 * cell (XLSX) or row and column (CSV), its English text, and a code the app renders in its language.
 * The workbook is the "flat" test country written by the template writer, then edited with exceljs
 * (years 2025-2030, so 'Population female' row 4 is 2027 and column C is age 1).
 */
import { describe, expect, it } from 'vitest';
import { relocated } from '../../src/node/spreadsheet/sheet-to-country';
import { formatIssueIn, type Issue } from '#engine';
import {
  editedCsv as csv,
  editedWorkbook as workbook,
  importRefusal,
} from '../helpers/edited-sheets';

const problems = async (file: string): Promise<readonly Issue[]> =>
  (await importRefusal(file)).issues;

/** Every problem as `place: message` in each language. */
function located(issues: readonly Issue[]) {
  return {
    en: issues.map((i) => formatIssueIn(i, 'en')),
    fr: issues.map((i) => formatIssueIn(i, 'fr')),
    es: issues.map((i) => formatIssueIn(i, 'es')),
  };
}

describe('spreadsheet import errors in the user’s language', () => {
  it('an XLSX cell with text where a number of persons belongs', async () => {
    const file = await workbook((wb) => {
      wb.getWorksheet('Population female')!.getCell('C4').value = 'n/a';
    });
    const issues = await problems(file);
    expect(issues).toEqual([
      {
        path: "'Population female'!C4",
        message: 'must be a number >= 0, found "n/a"',
        code: 'sheet.number.atLeast',
        params: { kind: '@sheet.kind.number', min: 0, found: '"n/a"' },
      },
    ]);
    // "must be {{kind}} >= {{min}}, found {{found}}" with kind = "a number" in each language.
    expect(located(issues)).toEqual({
      en: [`'Population female'!C4: must be a number >= 0, found "n/a"`],
      fr: [`'Population female'!C4: doit être un nombre >= 0 ; trouvé : "n/a"`],
      es: [`'Population female'!C4: debe ser un número >= 0; se encontró "n/a"`],
    });
  });

  it('an XLSX year that breaks the run, re-located by the country checks to its cell, keeps its code', async () => {
    // Years 2025, 2026, 2027, 2028, 2029, then 2032 in row 7 where 2030 was expected: the country
    // check reports it at population.years[5], and the reader moves it to the year's cell A7.
    const file = await workbook((wb) => {
      wb.getWorksheet('Population female')!.getCell('A7').value = 2032;
      wb.getWorksheet('Population male')!.getCell('A7').value = 2032;
    });
    const issues = await problems(file);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      path: "'Population female'!A7",
      message: 'population.years[5]: years must be consecutive: expected 2030, found 2032',
      code: 'sheet.atField',
      params: {
        countryField: 'population.years[5]',
        countryMessage: '@country.yearsConsecutive',
        expected: 2030,
        found: 2032,
      },
    });
    expect(located(issues)).toEqual({
      en: [
        "'Population female'!A7: population.years[5]: years must be consecutive: expected 2030, found 2032",
      ],
      fr: [
        "'Population female'!A7: champ population.years[5] : les années doivent se suivre : 2030 attendu ; trouvé : 2032",
      ],
      es: [
        "'Population female'!A7: campo population.years[5]: los años deben ser consecutivos: se esperaba 2030; se encontró 2032",
      ],
    });
  });

  it('a CSV rate row with an unknown name, with its "did you mean" in the language', async () => {
    let row = 0;
    const file = await csv((lines) => {
      row = lines.findIndex((l) => l.startsWith('Rates,')) + 1;
      lines[row - 1] = lines[row - 1]!.replace(/^Rates,[^,]*,/, 'Rates,povrety,');
      return lines;
    });
    const issues = await problems(file);
    // "povrety" is two letters swapped from "poverty" (edit distance 2): the reader suggests it.
    const unknown = issues.find((i) => i.code === 'sheet.oneOf');
    expect(unknown?.path).toBe(`row ${row}, column item`);
    const known = String(unknown?.params?.known);
    expect(unknown?.message).toBe(
      `must be one of ${known}, found "povrety"; did you mean "poverty"?`,
    );
    expect(formatIssueIn(unknown!, 'fr')).toBe(
      `row ${row}, column item: doit être l’un de ${known} ; trouvé : "povrety" ; vouliez-vous dire « poverty » ?`,
    );
    expect(formatIssueIn(unknown!, 'es')).toBe(
      `row ${row}, column item: debe ser uno de ${known}; se encontró "povrety"; ¿quiso decir "poverty"?`,
    );
  });

  it('a CSV file separated by semicolons', async () => {
    const file = await csv((lines) => lines.map((l) => l.replace(/,/g, ';')));
    expect(located(await problems(file))).toEqual({
      en: [
        'row 1: the columns are separated by semicolons or tabs, not commas: save the file as comma-separated CSV',
      ],
      fr: [
        'row 1: les colonnes sont séparées par des points-virgules ou des tabulations, pas par des virgules : enregistrez le fichier en CSV séparé par des virgules',
      ],
      es: [
        'row 1: las columnas están separadas por punto y coma o tabulaciones, no por comas: guarde el archivo como CSV separado por comas',
      ],
    });
  });

  it('re-locating an issue without a code keeps its English text with the field', () => {
    // Before the fix every re-located issue lost its code; an uncoded one must still read as before.
    expect(relocated({ path: 'macro.gdp', message: 'is odd' }, 'Macro!B2')).toEqual({
      path: 'Macro!B2',
      message: 'macro.gdp: is odd',
    });
    expect(relocated({ path: '', message: 'is odd', code: 'x.y' }, 'Country!B2')).toEqual({
      path: 'Country!B2',
      message: 'is odd',
      code: 'x.y',
    });
  });
});
