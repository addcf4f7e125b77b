import type { CountryData } from '#engine';
import type { CellValue } from './cell-values';
import { demographyTables } from './demography-to-sheets';
import type { SheetTable } from './sheet-table';
import {
  AGES,
  BIRTHS_HEADER,
  COUNTRY_FIELDS,
  COUNTRY_HEADER,
  HEADCOUNT_RATE_NAMES,
  MACRO_COLUMNS,
  MACRO_HEADER,
  POPULATION_HEADER,
  RATE_NAMES,
  RATES_HEADER,
  SHEET,
  SOURCE_ATTRIBUTES,
  SOURCES_HEADER,
  SPENDING_FUNCTIONS,
  SPENDING_HEADER,
} from './sheet-layout';

type Band = [number, number, number];
type AgeRate = number | number[] | Band[];
type RateSpec = AgeRate | { female: AgeRate; male: AgeRate };

/** A rate of any form as bands: one number is 0-100, 101 numbers become runs of equal values. */
export function rateBands(rate: AgeRate): Band[] {
  if (typeof rate === 'number') return [[0, 100, rate]];
  if (rate.length === 0) return [];
  if (Array.isArray(rate[0])) return (rate as Band[]).map(([a, b, r]) => [a, b, r]);
  const list = rate as number[];
  const bands: Band[] = [];
  list.forEach((r, age) => {
    const last = bands[bands.length - 1];
    if (last && last[1] === age - 1 && last[2] === r) last[1] = age;
    else if (r !== 0) bands.push([age, age, r]);
  });
  return bands;
}

function rateRows(name: string, spec: RateSpec): CellValue[][] {
  if (typeof spec === 'object' && !Array.isArray(spec)) {
    return (['female', 'male'] as const).flatMap((sex) =>
      rateBands(spec[sex]).map(([a, b, r]) => [name, sex, a, b, r]),
    );
  }
  return rateBands(spec).map(([a, b, r]) => [name, 'all', a, b, r]);
}

/** A Country-sheet value: a top-level field, a poverty line's amount or a long-run assumption. */
function fieldValue(c: CountryData & Record<string, unknown>, key: string): unknown {
  const line = /^povertyLines\.(.+)\.amount$/.exec(key);
  if (line) return c.povertyLines?.find((l) => l.id === line[1])?.amount;
  if (key.startsWith('longRun.')) {
    return (c.longRun as Record<string, number | undefined> | undefined)?.[key.slice(8)];
  }
  return c[key];
}

/** Rates-sheet rows of the poverty lines' headcounts, named `povertyLines.<id>.headcount`. */
function headcountRows(c: CountryData): CellValue[][] {
  return (c.povertyLines ?? []).flatMap((l) => {
    const name = `povertyLines.${l.id}.headcount`;
    return l.headcount === undefined || !HEADCOUNT_RATE_NAMES.includes(name)
      ? []
      : rateRows(name, l.headcount);
  });
}

function yesNo(b: boolean | undefined): CellValue {
  return b === undefined ? null : b ? 'yes' : 'no';
}

/**
 * The sheets of the country spreadsheet, filled from `country` when given; otherwise empty, with
 * a row for each of `years` (the base year and the years a scenario costs) to fill in.
 */
export function countryToTables(
  country: CountryData | undefined,
  years: readonly number[],
): SheetTable[] {
  const c = country as (CountryData & Record<string, unknown>) | undefined;
  const countryRows: CellValue[][] = COUNTRY_FIELDS.map((f) => {
    const v = c ? fieldValue(c, f.key) : undefined;
    const value =
      typeof v === 'boolean' ? yesNo(v) : typeof v === 'string' || typeof v === 'number' ? v : null;
    return [f.key, value, f.unit];
  });
  const popYears = c ? c.population.years : years;
  const population = (sex: 'female' | 'male'): CellValue[][] =>
    popYears.map((y, i) => [y, ...(c ? c.population[sex][i]! : new Array<null>(AGES).fill(null))]);
  const births: CellValue[][] = c?.births
    ? c.births.years.map((y, i) => [y, c.births!.values[i] ?? null])
    : popYears.map((y) => [y, null]);
  const macroYears = c ? c.macro.years : years;
  const macro: CellValue[][] = macroYears.map((y, i) => [
    y,
    ...MACRO_COLUMNS.map((col) => c?.macro[col.key]?.[i] ?? null),
  ]);
  const rates: CellValue[][] =
    c?.rates || c?.povertyLines
      ? [
          ...RATE_NAMES.flatMap((name) => {
            const spec = c.rates?.[name] as RateSpec | undefined;
            return spec === undefined ? [] : rateRows(name, spec);
          }),
          ...headcountRows(c),
        ]
      : RATE_NAMES.map((name) => [name, 'all', 0, 100, null]);
  const spending: CellValue[][] = SPENDING_FUNCTIONS.map((fn) => [
    fn,
    c?.spendingPctGdp?.[fn] ?? null,
  ]);
  const sources: CellValue[][] = (c?.sources ?? []).map((s) =>
    SOURCE_ATTRIBUTES.map((attr) =>
      attr === 'assumption' || attr === 'userChanged' ? yesNo(s[attr]) : (s[attr] ?? null),
    ),
  );
  const ageColumns = Array.from({ length: AGES }, (_, a) => a + 2);
  return [
    {
      name: SHEET.country,
      header: COUNTRY_HEADER,
      rows: countryRows,
      percentColumns: [],
      amountColumns: [],
    },
    {
      name: SHEET.female,
      header: POPULATION_HEADER,
      rows: population('female'),
      percentColumns: [],
      amountColumns: ageColumns,
    },
    {
      name: SHEET.male,
      header: POPULATION_HEADER,
      rows: population('male'),
      percentColumns: [],
      amountColumns: ageColumns,
    },
    {
      name: SHEET.births,
      header: BIRTHS_HEADER,
      rows: births,
      percentColumns: [],
      amountColumns: [2],
    },
    ...demographyTables(c?.demography),
    {
      name: SHEET.macro,
      header: MACRO_HEADER,
      rows: macro,
      percentColumns: MACRO_COLUMNS.flatMap((col, i) => (col.fraction ? [i + 2] : [])),
      amountColumns: MACRO_COLUMNS.flatMap((col, i) => (col.fraction ? [] : [i + 2])),
    },
    {
      name: SHEET.rates,
      header: RATES_HEADER,
      rows: rates,
      percentColumns: [5],
      amountColumns: [],
    },
    {
      name: SHEET.spending,
      header: SPENDING_HEADER,
      rows: spending,
      percentColumns: [2],
      amountColumns: [],
    },
    {
      name: SHEET.sources,
      header: SOURCES_HEADER,
      rows: sources,
      percentColumns: [],
      amountColumns: [],
    },
  ];
}
