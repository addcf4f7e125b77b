import { POVERTY_LINE_IDS, codedIssue } from '#engine';
import { assembleDemography } from './assemble-demography';
import {
  isBlank,
  readText,
  readYesNo,
  type Located,
  type NumberRule,
  type YearRow,
} from './cell-values';
import { oneOf, suggestion, type Problems } from './problems';
import type { SheetData } from './sheet-data';
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
} from './sheet-layout';

type Band = [number, number, number];
type Rate = number | Band[] | { female: Band[]; male: Band[] };

/** What a spreadsheet holds as a country object, and where each field came from. */
export interface AssembledCountry {
  country: Record<string, unknown>;
  locations: Map<string, string>;
}

/** What every step of the assembly writes to: the country object, the locations, the problems. */
interface Assembly {
  data: SheetData;
  problems: Problems;
  country: Record<string, unknown>;
  loc: Map<string, string>;
}

/**
 * Turns the cells into a country object (`spf.country/1`), checking each cell: numbers where
 * numbers belong, every age of a year filled, known names. Blank rows and blank optional cells are
 * "not given". Problems are collected in `problems`, each at its cell.
 */
export function assembleCountry(data: SheetData, problems: Problems): AssembledCountry {
  const a: Assembly = { data, problems, country: { format: 'spf.country/1' }, loc: new Map() };
  checkCountryFieldNames(a);
  // The steps run in the order of the sheets, so the problems are listed in that order too.
  const { lineAmounts, longRun } = assembleCountryFields(a);
  assemblePopulation(a);
  assembleBirths(a);
  const demography = assembleDemography(data.demography, problems, a.loc);
  if (demography) a.country.demography = demography;
  assembleMacro(a);
  const lineHeadcounts = assembleRates(a);
  assemblePovertyLines(a, lineAmounts, lineHeadcounts);
  if (Object.keys(longRun).length > 0) {
    a.loc.set('longRun', data.blockAt.country);
    a.country.longRun = longRun;
  }
  assembleSpending(a);
  assembleSources(a);
  return { country: a.country, locations: a.loc };
}

/** A field on the Country sheet that the format does not know is a problem at its name. */
function checkCountryFieldNames({ data, problems }: Assembly): void {
  const fieldKeys = COUNTRY_FIELDS.map((f) => f.key);
  for (const [key, cell] of data.country) {
    if (fieldKeys.includes(key)) continue;
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

/**
 * The Country sheet's fields. Dotted keys (the poverty lines' amounts and the long-run
 * assumptions) are returned, to be set once all the sheets are read.
 */
function assembleCountryFields({ data, problems, country, loc }: Assembly): {
  lineAmounts: Map<string, number>;
  longRun: Record<string, number>;
} {
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
  return { lineAmounts, longRun };
}

/** The rows with at least one value: a year whose cells are all blank is not given. */
function filledRows(rows: Map<number, YearRow>): Map<number, YearRow> {
  return new Map([...rows].filter(([, r]) => r.cells.some((c) => !isBlank(c.value))));
}

/** A year's population by age: every age is needed (a blank age is a problem, counted as 0). */
function populationByAge(row: YearRow, problems: Problems): number[] {
  return row.cells.map((c, age) => {
    if (isBlank(c.value)) {
      problems.add(c.at, {
        code: 'sheet.population.ageEmpty',
        params: { age: age === 100 ? '100+' : age },
      });
      return 0;
    }
    return problems.number(c, { min: 0 }) ?? 0;
  });
}

/** Population: a year whose ages are all blank is not given; otherwise every age is needed. */
function assemblePopulation({ data, problems, country, loc }: Assembly): void {
  loc.set('population', data.blockAt.female);
  const female = filledRows(data.female);
  const male = filledRows(data.male);
  const years = [...new Set([...female.keys(), ...male.keys()])].sort((a, b) => a - b);
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
      row.cells.forEach((c, age) => loc.set(`population.${sex}[${i}][${age}]`, c.at));
      if (row.cells.length !== AGES) {
        problems.add(row.at, {
          code: 'sheet.population.ageCount',
          params: { ages: AGES, found: row.cells.length },
        });
      }
      population[sex].push(populationByAge(row, problems));
    }
  });
  country.population = population;
}

/** Births by year, when any are given. */
function assembleBirths({ data, problems, country, loc }: Assembly): void {
  const births = [...data.births].filter(([, r]) => !isBlank(r.cells[0]?.value ?? null));
  if (births.length === 0) return;
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

type MacroColumn = (typeof MACRO_COLUMNS)[number];

/** Fractions may be written "5%"; only real growth and inflation may be negative. */
function macroRule(col: MacroColumn): NumberRule {
  if (!col.fraction) return { min: 0 };
  return {
    percent: true,
    ...(col.key === 'realGrowth' || col.key === 'inflation' ? {} : { min: 0 }),
  };
}

/** A macro cell's number: a blank is a problem; a fraction over 1 is probably a percentage. */
function macroValue(cell: Located, col: MacroColumn, problems: Problems): number {
  if (isBlank(cell.value)) {
    problems.add(cell.at, {
      code: col.required ? 'sheet.macro.emptyRequired' : 'sheet.macro.emptyOptional',
    });
    return 0;
  }
  const n = problems.number(cell, macroRule(col)) ?? 0;
  if (col.fraction && n > 1) {
    problems.warnings.push(
      codedIssue(cell.at, 'sheet.macro.overHundredPercent', { n, fraction: n / 100 }),
    );
  }
  return n;
}

/** Macro: required columns in every filled row, optional ones in all or none. */
function assembleMacro({ data, problems, country, loc }: Assembly): void {
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
    macro[col.key] = cells.map((c, i) => {
      if (!c) return 0;
      loc.set(`macro.${col.key}[${i}]`, c.at);
      return macroValue(c, col, problems);
    });
  }
  country.macro = macro;
}

/** One checked row of the Rates sheet: a band of ages and its value, for all, women or men. */
interface RateRow {
  sex: string;
  band: Band;
  at: string;
  cells: Located[];
}

/** A Rates row's sex and band, or undefined (with a problem) when a cell is not understood. */
function readRateRow(
  row: SheetData['rates'][number],
  problems: Problems,
): { name: string; rate: RateRow } | undefined {
  const name = readText(row.name.value);
  const known = [...RATE_NAMES, ...HEADCOUNT_RATE_NAMES];
  if (!known.includes(name)) {
    problems.add(row.name.at, {
      code: 'sheet.oneOf',
      params: { known: oneOf(known), found: JSON.stringify(name), ...suggestion(name, known) },
    });
    return undefined;
  }
  const sex = isBlank(row.sex.value) ? 'all' : readText(row.sex.value).toLowerCase();
  if (!(SEXES as readonly string[]).includes(sex)) {
    problems.add(row.sex.at, {
      code: 'sheet.rates.sex',
      params: { known: oneOf(SEXES), found: JSON.stringify(readText(row.sex.value)) },
    });
    return undefined;
  }
  const from = problems.number(row.from, { integer: true, min: 0, max: 100 });
  const to = problems.number(row.to, { integer: true, min: 0, max: 100 });
  const value = problems.number(row.value, { min: 0, percent: true });
  if (from === undefined || to === undefined || value === undefined) return undefined;
  return {
    name,
    rate: { sex, band: [from, to, value], at: row.at, cells: [row.from, row.to, row.value] },
  };
}

/**
 * The Rates sheet's filled rows by name, one row per band. Keyed by a rate name or a poverty
 * line's headcount name (`povertyLines.<id>.headcount`).
 */
function rateRowsByName(data: SheetData, problems: Problems): Map<string, RateRow[]> {
  const rateRows = new Map<string, RateRow[]>();
  for (const row of data.rates) {
    if (isBlank(row.value.value)) continue;
    const read = readRateRow(row, problems);
    if (!read) continue;
    const list = rateRows.get(read.name) ?? [];
    list.push(read.rate);
    rateRows.set(read.name, list);
  }
  return rateRows;
}

/** The bands of a rate's rows, each located at its row and cells under `path`. */
function locatedBands(list: readonly RateRow[], path: string, loc: Map<string, string>): Band[] {
  return list.map((r, k) => {
    loc.set(`${path}[${k}]`, r.at);
    r.cells.forEach((c, j) => loc.set(`${path}[${k}][${j}]`, c.at));
    return r.band;
  });
}

/**
 * One rate from its rows: one band over 0-100 is a number, "all" rows are bands, female and male
 * rows are bands by sex. Mixing "all" with female/male rows is a problem (undefined).
 */
function rateOfRows(
  name: string,
  rows: readonly RateRow[],
  { problems, loc }: Assembly,
): Rate | undefined {
  const bySex = rows.some((r) => r.sex !== 'all');
  if (bySex && rows.some((r) => r.sex === 'all')) {
    const mixed = rows.find((r) => r.sex === 'all')!;
    problems.add(mixed.at, { code: 'sheet.rates.mixedSexes', params: { name } });
    return undefined;
  }
  loc.set(`rates.${name}`, rows[0]!.at);
  if (bySex) {
    return {
      female: locatedBands(
        rows.filter((r) => r.sex === 'female'),
        `rates.${name}.female`,
        loc,
      ),
      male: locatedBands(
        rows.filter((r) => r.sex === 'male'),
        `rates.${name}.male`,
        loc,
      ),
    };
  }
  const only = rows[0]!;
  return rows.length === 1 && only.band[0] === 0 && only.band[1] === 100
    ? only.band[2]
    : locatedBands(rows, `rates.${name}`, loc);
}

/**
 * Rates: one row per band; "all" rows or female/male rows, not both. Sets the country's `rates`
 * and returns the poverty lines' headcounts by line id, which belong to their lines, not to `rates`.
 */
function assembleRates(a: Assembly): Map<string, Rate> {
  const { data, problems, country, loc } = a;
  const rateRows = rateRowsByName(data, problems);
  const lineHeadcounts = new Map<string, Rate>();
  if (rateRows.size === 0) return lineHeadcounts;
  const rates: Record<string, Rate> = {};
  loc.set('rates', data.blockAt.rates);
  for (const [name, rows] of rateRows) {
    const rate = rateOfRows(name, rows, a);
    if (rate !== undefined) rates[name] = rate;
  }
  for (const name of HEADCOUNT_RATE_NAMES) {
    const spec = rates[name];
    if (spec === undefined) continue;
    lineHeadcounts.set(name.slice('povertyLines.'.length, -'.headcount'.length), spec);
    delete rates[name];
  }
  if (Object.keys(rates).length > 0) country.rates = rates;
  return lineHeadcounts;
}

/** The poverty lines with an amount (Country sheet) or a headcount (Rates sheet), in the catalogue's order. */
function assemblePovertyLines(
  { data, country, loc }: Assembly,
  lineAmounts: ReadonlyMap<string, number>,
  lineHeadcounts: ReadonlyMap<string, Rate>,
): void {
  const lines = POVERTY_LINE_IDS.filter((id) => lineAmounts.has(id) || lineHeadcounts.has(id));
  if (lines.length === 0) return;
  loc.set('povertyLines', data.blockAt.country);
  country.povertyLines = lines.map((id) => ({
    id,
    ...(lineAmounts.has(id) ? { amount: lineAmounts.get(id) } : {}),
    ...(lineHeadcounts.has(id) ? { headcount: lineHeadcounts.get(id) } : {}),
  }));
}

/** Current public spending by function, each function once. */
function assembleSpending({ data, problems, country, loc }: Assembly): void {
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
}

/** The sources, one per filled row; `assumption` and `userChanged` are yes/no. */
function assembleSources({ data, problems, country, loc }: Assembly): void {
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
}
