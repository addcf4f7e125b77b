import Papa from 'papaparse';
import { restoreFormulaText } from '../../contract/spreadsheet-text';
import { InputError, codedIssue, type MessageCode } from '#engine';
import { FILE_LIMITS, readTextLimited } from '../read-limited';
import { readText, type Located, type YearRow } from './cell-values';
import { DemographyCsv } from './read-demography-csv';
import { Problems, rowYear } from './problems';
import { emptySheetData, type SheetData } from './sheet-data';
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

/** The header and the records of a CSV file, once its columns are checked. */
function parseCountryCsv(file: string): { header: string[]; body: string[][] } {
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
  return { header, body };
}

/** Where each block is, for problems with a whole block: its sheet's rows. */
function csvBlocks(): SheetData['blockAt'] {
  const where = (sheet: string) => `rows for sheet "${sheet}"`;
  return {
    country: where(SHEET.country),
    female: where(SHEET.female),
    male: where(SHEET.male),
    births: where(SHEET.births),
    macro: where(SHEET.macro),
    rates: where(SHEET.rates),
    spending: where(SHEET.spending),
    sources: where(SHEET.sources),
  };
}

/** What the reading of the records fills, record by record. */
interface CsvReading {
  data: SheetData;
  problems: Problems;
  demography: DemographyCsv;
  /** The sources' attributes by the source's number (`2.title` is source 2's title). */
  sources: Map<number, Map<SourceAttribute, Located>>;
  /** The line of each population value by `sheet year age`, to find one given twice. */
  ageCells: Map<string, number>;
}

/** One record: its line in the file, its cells by column name, and its item and value. */
interface CsvRecord {
  line: number;
  cell: (column: string) => Located;
  item: string;
  value: Located;
}

/**
 * Reads the long CSV form (docs/country-data.md): columns sheet, item, year, age, sex, value (and
 * unit, ignored), one row per value. Problems are located as `row 14, column value`.
 */
export function readCountryCsv(file: string): SheetData {
  const { header, body } = parseCountryCsv(file);
  const columns = header.map((h) => h.trim().toLowerCase());
  const problems = new Problems();
  const demography = new DemographyCsv(problems);
  const reading: CsvReading = {
    data: emptySheetData(csvBlocks(), demography.cells),
    problems,
    demography,
    sources: new Map(),
    ageCells: new Map(),
  };
  body.forEach((values, k) => {
    const line = k + 2;
    if (values.length !== header.length) {
      problems.add(`row ${line}`, {
        code: 'sheet.csv.valueCount',
        params: { found: values.length, expected: header.length, header: header.join(', ') },
      });
      return;
    }
    const cell = (c: string): Located => {
      const v = values[columns.indexOf(c)];
      return {
        value: v === undefined || v.trim() === '' ? null : restoreFormulaText(v),
        at: `row ${line}, column ${c}`,
      };
    };
    readRecord(reading, line, cell);
  });
  demography.finish();
  collectSources(reading);
  if (problems.issues.length > 0) throw new InputError(problems.issues, file);
  return reading.data;
}

const SHEETS_BY_NAME = new Map(TEMPLATE_SHEETS.map((s) => [s.toLowerCase(), s]));

/** A record goes to its sheet's reader; an unknown sheet is a problem. */
function readRecord(r: CsvReading, line: number, cell: (column: string) => Located): void {
  const sheet: TemplateSheet | undefined = SHEETS_BY_NAME.get(
    readText(cell('sheet').value).toLowerCase(),
  );
  if (!sheet) {
    r.problems.add(`row ${line}, column sheet`, {
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
  const record: CsvRecord = {
    line,
    cell,
    item: readText(cell('item').value),
    value: cell('value'),
  };
  switch (sheet) {
    case SHEET.country:
      return readCountryField(r, record);
    case SHEET.female:
    case SHEET.male:
      return readPopulation(r, record, sheet);
    case SHEET.births:
      return readBirths(r, record);
    case SHEET.macro:
      return readMacro(r, record);
    case SHEET.rates:
      return readRate(r, record);
    case SHEET.spending:
      r.data.spending.push({
        at: `row ${line}`,
        fn: { value: record.item, at: `row ${line}, column item` },
        value: record.value,
      });
      return;
    case SHEET.sources:
      return readSource(r, record);
    default:
      r.demography.add(sheet, line, cell);
  }
}

/** A Country field, given once. */
function readCountryField({ data, problems }: CsvReading, { line, item, value }: CsvRecord): void {
  if (data.country.has(item))
    problems.add(`row ${line}, column item`, {
      code: 'sheet.csv.itemTwice',
      params: { item },
    });
  else data.country.set(item, { ...value, keyAt: `row ${line}, column item` });
}

/** The cells of a population year before its records are read: each says it has no row. */
function populationYear(sheet: TemplateSheet, year: number, line: number): YearRow {
  return {
    at: `row ${line}, column year`,
    cells: Array.from({ length: AGES }, (_, a) => ({
      value: null,
      at: `${sheet}, year ${year}, age ${a === 100 ? '100+' : a} (no row)`,
    })),
  };
}

/** A population value of a year and an age, each given once. */
function readPopulation(
  { data, problems, ageCells }: CsvReading,
  { line, cell, value }: CsvRecord,
  sheet: typeof SHEET.female | typeof SHEET.male,
): void {
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
  let row = target.get(year);
  if (!row) {
    row = populationYear(sheet, year, line);
    target.set(year, row);
  }
  row.cells[age] = value;
}

/** Births of a year, each year once. */
function readBirths({ data, problems }: CsvReading, { line, cell, value }: CsvRecord): void {
  const year = rowYear(problems, cell('year'), data.births);
  if (year !== undefined) data.births.set(year, { at: `row ${line}, column year`, cells: [value] });
}

const MACRO_KEYS: readonly string[] = MACRO_COLUMNS.map((c) => c.key);

/** A macro value of a known item and a year, each pair once. */
function readMacro({ data, problems }: CsvReading, { line, cell, item, value }: CsvRecord): void {
  if (!MACRO_KEYS.includes(item)) {
    problems.add(`row ${line}, column item`, {
      code: 'sheet.csv.macroItem',
      params: { known: MACRO_KEYS.join(', '), found: JSON.stringify(item) },
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
}

/** A rate's band: its age column holds "15-24", "65+" or one age. */
function readRate({ data, problems }: CsvReading, { line, cell, item, value }: CsvRecord): void {
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
}

/** A source's attribute, its item written `<number>.<attribute>`. */
function readSource({ problems, sources }: CsvReading, { line, item, value }: CsvRecord): void {
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
}

/** The sources in the order of their numbers, each located at its first attribute. */
function collectSources({ data, sources }: CsvReading): void {
  for (const n of [...sources.keys()].sort((a, b) => a - b)) {
    const attrs = sources.get(n)!;
    data.sources.push({ at: [...attrs.values()][0]!.at, attrs });
  }
}
