import {
  InputError,
  POVERTY_LINE_IDS,
  codedIssue,
  readCountry,
  type CountryData,
  type Issue,
} from '#engine';
import { editDistance } from '../shared-data/country-codes';
import { assembleDemography } from './assemble-demography';
import {
  isBlank,
  readNumber,
  readText,
  readYesNo,
  type CellProblem,
  type CellValue,
  type NumberRule,
} from './cell-values';
import type { DemographyCells } from './demography-cells';
import {
  AGES,
  COUNTRY_FIELDS,
  HEADCOUNT_RATE_NAMES,
  MACRO_COLUMNS,
  RATE_NAMES,
  SEXES,
  SHEET,
  SOURCE_ATTRIBUTES,
  SPENDING_FUNCTIONS,
  type MacroKey,
  type SourceAttribute,
} from './sheet-layout';

/** A cell's value and where it is (`'Population female'!C14` or `row 14, column value`). */
export interface Located {
  value: CellValue;
  at: string;
}

export interface YearRow {
  /** Where the year is. */
  at: string;
  cells: Located[];
}

/**
 * What a spreadsheet (XLSX or long CSV) holds, cell by cell with locations, before the values are
 * checked: the readers only find the cells, `assembleCountry` reads them.
 */
export interface SheetData {
  /** Where each block starts, for problems with a whole block. */
  blockAt: Record<
    'country' | 'female' | 'male' | 'births' | 'macro' | 'rates' | 'spending' | 'sources',
    string
  >;
  /** Country sheet: field → value, with where the field's name is. */
  country: Map<string, Located & { keyAt: string }>;
  female: Map<number, YearRow>;
  male: Map<number, YearRow>;
  births: Map<number, YearRow>;
  macro: Map<number, { at: string; cells: Map<MacroKey, Located> }>;
  macroHeaderAt: Map<MacroKey, string>;
  rates: { at: string; name: Located; sex: Located; from: Located; to: Located; value: Located }[];
  spending: { at: string; fn: Located; value: Located }[];
  sources: { at: string; attrs: Map<SourceAttribute, Located> }[];
  /** The optional demographic sheets. */
  demography: DemographyCells;
}

export function emptySheetData(
  blockAt: SheetData['blockAt'],
  demography: DemographyCells,
): SheetData {
  return {
    blockAt,
    demography,
    country: new Map(),
    female: new Map(),
    male: new Map(),
    births: new Map(),
    macro: new Map(),
    macroHeaderAt: new Map(),
    rates: [],
    spending: [],
    sources: [],
  };
}

/** Collects problems (at most 50: the rest would repeat them). */
export class Problems {
  readonly issues: Issue[] = [];
  /** Values that are allowed but probably a mistake. */
  readonly warnings: Issue[] = [];
  /** A problem at a cell: a code of the catalogue (rendered in the user's language), or plain English. */
  add(at: string, problem: string | CellProblem): void {
    if (this.issues.length >= 50) return;
    this.issues.push(
      typeof problem === 'string'
        ? { path: at, message: problem }
        : codedIssue(at, problem.code, problem.params),
    );
  }
  /** The number in a cell, or undefined (with a problem) when it is not one. */
  number(cell: Located, rule: NumberRule): number | undefined {
    const n = readNumber(cell.value, rule);
    if (typeof n === 'number') return n;
    this.add(cell.at, n.error);
    return undefined;
  }
}

/** Reads the year of a row; a year given twice is a problem at the second one. */
export function rowYear(
  problems: Problems,
  cell: Located,
  seen: ReadonlyMap<number, { at: string }>,
): number | undefined {
  if (isBlank(cell.value)) {
    problems.add(cell.at, { code: 'sheet.year.empty' });
    return undefined;
  }
  const year = problems.number(cell, { integer: true, min: 1900, max: 2300 });
  if (year === undefined) return undefined;
  const earlier = seen.get(year);
  if (earlier) {
    problems.add(cell.at, {
      code: 'sheet.year.twice',
      params: { year, earlier: earlier.at },
    });
    return undefined;
  }
  return year;
}

function closeTo(input: string, known: readonly string[]): string | undefined {
  return known.find((k) => editDistance(input.toLowerCase(), k.toLowerCase()) <= 2);
}

/**
 * The `suggestion` and `close` parameters of a message about an unknown name: the suggestion is
 * the catalogue's "did you mean" (in the user's language) or nothing.
 */
export function suggestion(input: string, known: readonly string[]): Record<string, string> {
  const close = closeTo(input, known);
  return close !== undefined
    ? { suggestion: '@sheet.didYouMean', close }
    : { suggestion: '', close: '' };
}

export function oneOf(known: readonly string[]): string {
  return known.map((k) => `"${k}"`).join(', ');
}

type Band = [number, number, number];
type Rate = number | Band[] | { female: Band[]; male: Band[] };

/** What a spreadsheet holds as a country object, and where each field came from. */
export interface AssembledCountry {
  country: Record<string, unknown>;
  locations: Map<string, string>;
}

/**
 * Turns the cells into a country object (`spf.country/1`), checking each cell: numbers where
 * numbers belong, every age of a year filled, known names. Blank rows and blank optional cells are
 * "not given". Problems are collected in `problems`, each at its cell.
 */
export function assembleCountry(data: SheetData, problems: Problems): AssembledCountry {
  const country: Record<string, unknown> = { format: 'spf.country/1' };
  const loc = new Map<string, string>();

  // Country sheet.
  const fieldKeys = COUNTRY_FIELDS.map((f) => f.key);
  for (const [key, cell] of data.country) {
    if (!fieldKeys.includes(key)) {
      problems.add(cell.keyAt, {
        code: 'sheet.country.unknownField',
        params: {
          key: JSON.stringify(key),
          ...suggestion(key, fieldKeys),
          fields: fieldKeys.join(', '),
        },
      });
    }
  }
  // Dotted keys: the poverty lines' amounts and the long-run assumptions, set once all are read.
  const lineAmounts = new Map<string, number>();
  const longRun: Record<string, number> = {};
  for (const field of COUNTRY_FIELDS) {
    const cell = data.country.get(field.key);
    loc.set(field.key, cell?.at ?? data.blockAt.country);
    if (!cell || isBlank(cell.value)) continue;
    if (field.key.includes('.')) {
      const n = problems.number(cell, field.kind === 'signed' ? {} : { min: 0 });
      const line = /^povertyLines\.(.+)\.amount$/.exec(field.key);
      if (n !== undefined && line) lineAmounts.set(line[1]!, n);
      else if (n !== undefined) longRun[field.key.slice('longRun.'.length)] = n;
    } else if (field.kind === 'text') country[field.key] = readText(cell.value);
    else if (field.kind === 'boolean') {
      const b = readYesNo(cell.value);
      if (typeof b === 'boolean') country[field.key] = b;
      else problems.add(cell.at, b.error);
    } else {
      const n = problems.number(cell, field.kind === 'integer' ? { integer: true } : { min: 0 });
      if (n !== undefined) country[field.key] = n;
    }
  }

  // Population: a year whose ages are all blank is not given; otherwise every age is needed.
  loc.set('population', data.blockAt.female);
  const filled = (rows: Map<number, YearRow>) =>
    new Map([...rows].filter(([, r]) => r.cells.some((c) => !isBlank(c.value))));
  const female = filled(data.female);
  const male = filled(data.male);
  const years = [...new Set([...female.keys(), ...male.keys()])].sort((a, b) => a - b);
  const ages = (row: YearRow): number[] =>
    row.cells.map((c, a) => {
      if (isBlank(c.value)) {
        problems.add(c.at, {
          code: 'sheet.population.ageEmpty',
          params: { age: a === 100 ? '100+' : a },
        });
        return 0;
      }
      return problems.number(c, { min: 0 }) ?? 0;
    });
  const population = { years, female: [] as number[][], male: [] as number[][] };
  years.forEach((year, i) => {
    for (const [sex, rows, other] of [
      ['female', female, SHEET.male],
      ['male', male, SHEET.female],
    ] as const) {
      const row = rows.get(year);
      if (!row) {
        const there = (sex === 'female' ? male : female).get(year)!;
        problems.add(there.at, {
          code: 'sheet.population.yearInOneSheet',
          params: { year, other, missing: sex === 'female' ? SHEET.female : SHEET.male },
        });
        continue;
      }
      if (!loc.has(`population.years[${i}]`)) loc.set(`population.years[${i}]`, row.at);
      loc.set(`population.${sex}[${i}]`, row.at);
      row.cells.forEach((c, a) => loc.set(`population.${sex}[${i}][${a}]`, c.at));
      if (row.cells.length !== AGES) {
        problems.add(row.at, {
          code: 'sheet.population.ageCount',
          params: { ages: AGES, found: row.cells.length },
        });
      }
      population[sex].push(ages(row));
    }
  });
  country.population = population;

  // Births.
  const births = [...data.births].filter(([, r]) => !isBlank(r.cells[0]?.value ?? null));
  if (births.length > 0) {
    births.sort(([a], [b]) => a - b);
    loc.set('births', data.blockAt.births);
    country.births = {
      years: births.map(([y], i) => (loc.set(`births.years[${i}]`, births[i]![1].at), y)),
      values: births.map(([, r], i) => {
        const c = r.cells[0]!;
        loc.set(`births.values[${i}]`, c.at);
        return problems.number(c, { min: 0 }) ?? 0;
      }),
    };
  }

  const demography = assembleDemography(data.demography, problems, loc);
  if (demography) country.demography = demography;

  // Macro: required columns in every filled row, optional ones in all or none.
  loc.set('macro', data.blockAt.macro);
  loc.set('macro.years', data.blockAt.macro);
  const macroRows = [...data.macro]
    .filter(([, r]) => [...r.cells.values()].some((c) => !isBlank(c.value)))
    .sort(([a], [b]) => a - b);
  const macro: Record<string, unknown> = { years: macroRows.map(([y]) => y) };
  macroRows.forEach(([, r], i) => loc.set(`macro.years[${i}]`, r.at));
  for (const col of MACRO_COLUMNS) {
    loc.set(`macro.${col.key}`, data.macroHeaderAt.get(col.key) ?? data.blockAt.macro);
    const cells = macroRows.map(([, r]) => r.cells.get(col.key));
    const given = cells.filter((c) => c && !isBlank(c.value));
    if (given.length === 0 && !col.required) continue;
    const rule: NumberRule = col.fraction
      ? {
          percent: true,
          ...(col.key === 'realGrowth' || col.key === 'inflation' ? {} : { min: 0 }),
        }
      : { min: 0 };
    macro[col.key] = cells.map((c, i) => {
      if (!c) return 0;
      loc.set(`macro.${col.key}[${i}]`, c.at);
      if (isBlank(c.value)) {
        problems.add(c.at, {
          code: col.required ? 'sheet.macro.emptyRequired' : 'sheet.macro.emptyOptional',
        });
        return 0;
      }
      const n = problems.number(c, rule) ?? 0;
      if (col.fraction && n > 1) {
        problems.warnings.push(
          codedIssue(c.at, 'sheet.macro.overHundredPercent', { n, fraction: n / 100 }),
        );
      }
      return n;
    });
  }
  country.macro = macro;

  // Rates: one row per band; "all" rows or female/male rows, not both.
  // Keyed by a rate name or a poverty line's headcount name (`povertyLines.<id>.headcount`).
  const rateRows = new Map<string, { sex: string; band: Band; at: string; cells: Located[] }[]>();
  for (const row of data.rates) {
    if (isBlank(row.value.value)) continue;
    const name = readText(row.name.value);
    const known = [...RATE_NAMES, ...HEADCOUNT_RATE_NAMES];
    if (!known.includes(name)) {
      problems.add(row.name.at, {
        code: 'sheet.oneOf',
        params: { known: oneOf(known), found: JSON.stringify(name), ...suggestion(name, known) },
      });
      continue;
    }
    const sex = isBlank(row.sex.value) ? 'all' : readText(row.sex.value).toLowerCase();
    if (!(SEXES as readonly string[]).includes(sex)) {
      problems.add(row.sex.at, {
        code: 'sheet.rates.sex',
        params: { known: oneOf(SEXES), found: JSON.stringify(readText(row.sex.value)) },
      });
      continue;
    }
    const from = problems.number(row.from, { integer: true, min: 0, max: 100 });
    const to = problems.number(row.to, { integer: true, min: 0, max: 100 });
    const value = problems.number(row.value, { min: 0, percent: true });
    if (from === undefined || to === undefined || value === undefined) continue;
    const list = rateRows.get(name) ?? [];
    list.push({ sex, band: [from, to, value], at: row.at, cells: [row.from, row.to, row.value] });
    rateRows.set(name, list);
  }
  const lineHeadcounts = new Map<string, Rate>();
  if (rateRows.size > 0) {
    const rates: Record<string, Rate> = {};
    loc.set('rates', data.blockAt.rates);
    for (const [name, rows] of rateRows) {
      const bySex = rows.some((r) => r.sex !== 'all');
      if (bySex && rows.some((r) => r.sex === 'all')) {
        const mixed = rows.find((r) => r.sex === 'all')!;
        problems.add(mixed.at, { code: 'sheet.rates.mixedSexes', params: { name } });
        continue;
      }
      const bands = (list: typeof rows, path: string): Band[] =>
        list.map((r, k) => {
          loc.set(`${path}[${k}]`, r.at);
          r.cells.forEach((c, j) => loc.set(`${path}[${k}][${j}]`, c.at));
          return r.band;
        });
      loc.set(`rates.${name}`, rows[0]!.at);
      if (!bySex) {
        const only = rows[0]!;
        rates[name] =
          rows.length === 1 && only.band[0] === 0 && only.band[1] === 100
            ? only.band[2]
            : bands(rows, `rates.${name}`);
      } else {
        rates[name] = {
          female: bands(
            rows.filter((r) => r.sex === 'female'),
            `rates.${name}.female`,
          ),
          male: bands(
            rows.filter((r) => r.sex === 'male'),
            `rates.${name}.male`,
          ),
        };
      }
    }
    // A poverty line's headcount belongs to its line, not to `rates`.
    for (const name of HEADCOUNT_RATE_NAMES) {
      const spec = rates[name];
      if (spec === undefined) continue;
      lineHeadcounts.set(name.slice('povertyLines.'.length, -'.headcount'.length), spec);
      delete rates[name];
    }
    if (Object.keys(rates).length > 0) country.rates = rates;
  }
  const lines = POVERTY_LINE_IDS.filter((id) => lineAmounts.has(id) || lineHeadcounts.has(id));
  if (lines.length > 0) {
    loc.set('povertyLines', data.blockAt.country);
    country.povertyLines = lines.map((id) => ({
      id,
      ...(lineAmounts.has(id) ? { amount: lineAmounts.get(id) } : {}),
      ...(lineHeadcounts.has(id) ? { headcount: lineHeadcounts.get(id) } : {}),
    }));
  }
  if (Object.keys(longRun).length > 0) {
    loc.set('longRun', data.blockAt.country);
    country.longRun = longRun;
  }

  // Spending.
  const spending: Record<string, number> = {};
  for (const row of data.spending) {
    if (isBlank(row.value.value)) continue;
    const fn = readText(row.fn.value);
    if (!(SPENDING_FUNCTIONS as readonly string[]).includes(fn)) {
      problems.add(row.fn.at, {
        code: 'sheet.oneOf',
        params: {
          known: oneOf(SPENDING_FUNCTIONS),
          found: JSON.stringify(fn),
          ...suggestion(fn, SPENDING_FUNCTIONS),
        },
      });
      continue;
    }
    if (fn in spending) {
      problems.add(row.fn.at, { code: 'sheet.spending.twice', params: { fn } });
      continue;
    }
    const v = problems.number(row.value, { min: 0, percent: true });
    if (v !== undefined) spending[fn] = v;
    loc.set(`spendingPctGdp.${fn}`, row.value.at);
  }
  if (Object.keys(spending).length > 0) {
    loc.set('spendingPctGdp', data.blockAt.spending);
    country.spendingPctGdp = spending;
  }

  // Sources.
  const sources: Record<string, unknown>[] = [];
  for (const row of data.sources) {
    if ([...row.attrs.values()].every((c) => isBlank(c.value))) continue;
    const i = sources.length;
    const entry: Record<string, unknown> = {};
    loc.set(`sources[${i}]`, row.at);
    for (const attr of SOURCE_ATTRIBUTES) {
      const c = row.attrs.get(attr);
      if (c) loc.set(`sources[${i}].${attr}`, c.at);
      if (!c || isBlank(c.value)) continue;
      if (attr === 'assumption' || attr === 'userChanged') {
        const b = readYesNo(c.value);
        if (typeof b === 'boolean') entry[attr] = b;
        else problems.add(c.at, b.error);
      } else entry[attr] = readText(c.value);
    }
    sources.push(entry);
  }
  if (sources.length > 0) {
    loc.set('sources', data.blockAt.sources);
    country.sources = sources;
  }
  return { country, locations: loc };
}

/** The location of a field path: the field's own cell, or the nearest enclosing one. */
export function locate(
  path: string,
  locations: ReadonlyMap<string, string>,
  fallback: string,
): string {
  for (let p = path; p !== ''; p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
    const at = locations.get(p);
    if (at) return at;
    if (!/(\.[^.[\]]+|\[\d+\])$/.test(p)) break;
  }
  return fallback;
}

/**
 * Reads a spreadsheet's cells as a country: every problem, from the cells or from the country
 * checks of readCountry, is an InputError at its sheet and cell (or CSV row and column).
 */
export function sheetDataToCountry(
  data: SheetData,
  file: string,
): { country: CountryData; warnings: Issue[] } {
  const problems = new Problems();
  const { country, locations } = assembleCountry(data, problems);
  if (problems.issues.length > 0) throw new InputError(problems.issues, file);
  const r = readCountry(country);
  const where = (i: Issue): Issue => relocated(i, locate(i.path, locations, data.blockAt.country));
  if (!r.ok) throw new InputError(r.issues.map(where), file);
  return { country: r.value, warnings: [...problems.warnings, ...r.warnings.map(where)] };
}

/**
 * A country check's issue moved to the cell it is about. The country field it named goes into the
 * message ("population.years: must be ..."); a coded issue keeps its code, quoted by the located
 * message with its own parameters, so it is still rendered in the user's language.
 */
export function relocated(issue: Issue, cell: string): Issue {
  if (!issue.path) return { ...issue, path: cell };
  if (!issue.code) return { path: cell, message: `${issue.path}: ${issue.message}` };
  return codedIssue(cell, 'sheet.atField', {
    ...issue.params,
    countryField: issue.path,
    countryMessage: `@${issue.code}`,
  });
}
