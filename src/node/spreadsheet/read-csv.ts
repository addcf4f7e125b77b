import Papa from 'papaparse';
import { restoreFormulaText } from '../../contract/spreadsheet-text';
import { InputError, codedIssue, type MessageCode } from '#engine';
import { FILE_LIMITS, readTextLimited } from '../read-limited';
import { readText } from './cell-values';
import { DemographyCsv } from './read-demography-csv';
import {
  emptySheetData,
  Problems,
  rowYear,
  type Located,
  type SheetData,
  type YearRow,
} from './sheet-data';
import {
  AGES,
  CSV_COLUMNS,
  MACRO_COLUMNS,
  SHEET,
  SOURCE_ATTRIBUTES,
  TEMPLATE_SHEETS,
  type TemplateSheet,
  type MacroKey,
  type SourceAttribute,
} from './sheet-layout';

function fail(file: string, path: string, code: MessageCode): InputError {
  return new InputError([codedIssue(path, code)], file);
}

function readTextFile(file: string): string {
  return readTextLimited(file, FILE_LIMITS.csv);
}

/** "0".."99" and "100+" → 0..100; anything else undefined. */
function parseAge(text: string): number | undefined {
  if (text === '100+') return 100;
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n <= 99 ? n : undefined;
}

/**
 * Reads the long CSV form (docs/country-data.md): columns sheet, item, year, age, sex, value (and
 * unit, ignored), one row per value. Problems are located as `row 14, column value`.
 */
export function readCountryCsv(file: string): SheetData {
  let text = readTextFile(file);
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '') throw fail(file, '', 'sheet.csv.empty');
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: 'greedy' });
  const [header = [], ...body] = parsed.data;
  const columns = header.map((h) => h.trim().toLowerCase());
  if (columns.length === 1 && /[;\t]/.test(header[0] ?? '')) {
    throw fail(file, 'row 1', 'sheet.csv.notCommas');
  }
  const missing = CSV_COLUMNS.filter((c) => c !== 'unit' && !columns.includes(c));
  if (missing.length > 0) {
    throw new InputError(
      missing.map((c) =>
        codedIssue(`row 1, column ${c}`, 'sheet.csv.missingColumn', {
          column: c,
          header: CSV_COLUMNS.join(','),
        }),
      ),
      file,
    );
  }
  const index = (c: string) => columns.indexOf(c);
  const problems = new Problems();
  const where = (sheet: string) => `rows for sheet "${sheet}"`;
  const demography = new DemographyCsv(problems);
  const data = emptySheetData(
    {
      country: where(SHEET.country),
      female: where(SHEET.female),
      male: where(SHEET.male),
      births: where(SHEET.births),
      macro: where(SHEET.macro),
      rates: where(SHEET.rates),
      spending: where(SHEET.spending),
      sources: where(SHEET.sources),
    },
    demography.cells,
  );
  const sheets = new Map(TEMPLATE_SHEETS.map((s) => [s.toLowerCase(), s]));
  const sources = new Map<number, Map<SourceAttribute, Located>>();
  const macroKeys = MACRO_COLUMNS.map((c) => c.key as string);
  const ageCells = new Map<string, number>();

  body.forEach((values, k) => {
    const line = k + 2;
    const cell = (c: string): Located => {
      const v = values[index(c)];
      return {
        value: v === undefined || v.trim() === '' ? null : restoreFormulaText(v),
        at: `row ${line}, column ${c}`,
      };
    };
    if (values.length !== header.length) {
      problems.add(`row ${line}`, {
        code: 'sheet.csv.valueCount',
        params: { found: values.length, expected: header.length, header: header.join(', ') },
      });
      return;
    }
    const sheet: TemplateSheet | undefined = sheets.get(
      readText(cell('sheet').value).toLowerCase(),
    );
    if (!sheet) {
      problems.add(`row ${line}, column sheet`, {
        code: 'sheet.oneOf',
        params: {
          known: TEMPLATE_SHEETS.map((s) => `"${s}"`).join(', '),
          found: JSON.stringify(readText(cell('sheet').value)),
          suggestion: '',
          close: '',
        },
      });
      return;
    }
    const item = readText(cell('item').value);
    const value = cell('value');
    switch (sheet) {
      case SHEET.country: {
        if (data.country.has(item))
          problems.add(`row ${line}, column item`, {
            code: 'sheet.csv.itemTwice',
            params: { item },
          });
        else data.country.set(item, { ...value, keyAt: `row ${line}, column item` });
        return;
      }
      case SHEET.female:
      case SHEET.male: {
        const target = sheet === SHEET.female ? data.female : data.male;
        const yearCell = cell('year');
        const ageText = readText(cell('age').value);
        const age = parseAge(ageText);
        if (age === undefined) {
          problems.add(`row ${line}, column age`, {
            code: 'sheet.csv.age',
            params: { found: JSON.stringify(ageText) },
          });
          return;
        }
        const year = rowYear(problems, yearCell, new Map());
        if (year === undefined) return;
        const key = `${sheet} ${year} ${age}`;
        const earlier = ageCells.get(key);
        if (earlier !== undefined) {
          problems.add(`row ${line}, column age`, {
            code: 'sheet.csv.ageTwice',
            params: { year, age: ageText, earlier },
          });
          return;
        }
        ageCells.set(key, line);
        let row: YearRow | undefined = target.get(year);
        if (!row) {
          row = {
            at: `row ${line}, column year`,
            cells: Array.from({ length: AGES }, (_, a) => ({
              value: null,
              at: `${sheet}, year ${year}, age ${a === 100 ? '100+' : a} (no row)`,
            })),
          };
          target.set(year, row);
        }
        row.cells[age] = value;
        return;
      }
      case SHEET.births: {
        const year = rowYear(problems, cell('year'), data.births);
        if (year !== undefined)
          data.births.set(year, { at: `row ${line}, column year`, cells: [value] });
        return;
      }
      case SHEET.macro: {
        if (!macroKeys.includes(item)) {
          problems.add(`row ${line}, column item`, {
            code: 'sheet.csv.macroItem',
            params: { known: macroKeys.join(', '), found: JSON.stringify(item) },
          });
          return;
        }
        const year = rowYear(problems, cell('year'), new Map());
        if (year === undefined) return;
        let row = data.macro.get(year);
        if (!row) {
          row = {
            at: `row ${line}, column year`,
            cells: new Map(
              MACRO_COLUMNS.map((c) => [
                c.key,
                { value: null, at: `${SHEET.macro}, ${c.key}, year ${year} (no row)` },
              ]),
            ),
          };
          data.macro.set(year, row);
        }
        if (row.cells.get(item as MacroKey)?.at.endsWith('(no row)') === false) {
          problems.add(`row ${line}, column year`, {
            code: 'sheet.csv.yearTwice',
            params: { item, year },
          });
          return;
        }
        row.cells.set(item as MacroKey, value);
        return;
      }
      case SHEET.rates: {
        const ageCell = cell('age');
        const m = /^(\d+)(?:\s*-\s*(\d+))?\+?$/.exec(readText(ageCell.value));
        if (!m) {
          problems.add(ageCell.at, {
            code: 'sheet.csv.ageBand',
            params: { found: JSON.stringify(readText(ageCell.value)) },
          });
          return;
        }
        data.rates.push({
          at: `row ${line}`,
          name: { value: item, at: `row ${line}, column item` },
          sex: cell('sex'),
          from: { value: Number(m[1]), at: ageCell.at },
          to: { value: Number(m[2] ?? m[1]), at: ageCell.at },
          value,
        });
        return;
      }
      case SHEET.spending:
        data.spending.push({
          at: `row ${line}`,
          fn: { value: item, at: `row ${line}, column item` },
          value,
        });
        return;
      case SHEET.sources: {
        const m = /^(\d+)\.(\w+)$/.exec(item);
        if (!m || !(SOURCE_ATTRIBUTES as readonly string[]).includes(m[2]!)) {
          problems.add(`row ${line}, column item`, {
            code: 'sheet.csv.sourceItem',
            params: { attributes: SOURCE_ATTRIBUTES.join(', '), found: JSON.stringify(item) },
          });
          return;
        }
        const n = Number(m[1]);
        let attrs = sources.get(n);
        if (!attrs) sources.set(n, (attrs = new Map<SourceAttribute, Located>()));
        attrs.set(m[2] as SourceAttribute, value);
        return;
      }
      default:
        demography.add(sheet, line, cell);
    }
  });
  demography.finish();
  for (const n of [...sources.keys()].sort((a, b) => a - b)) {
    const attrs = sources.get(n)!;
    data.sources.push({ at: [...attrs.values()][0]!.at, attrs });
  }
  if (problems.issues.length > 0) throw new InputError(problems.issues, file);
  return data;
}
