import type { CountryDemography } from '#engine';
import type { CellValue } from './cell-values';
import type { SheetTable } from './sheet-table';
import {
  ageCell,
  FERTILITY_COLUMN,
  FERTILITY_HEADER,
  groupLabel,
  MIGRATION_COLUMN,
  MIGRATION_HEADER,
  mortalityHeader,
  MX_UNIT,
  parseAgeGroup,
  PATTERN_FORMS,
  PROFILE_FORM,
} from './demography-layout';
import { headerUnit, SHEET } from './sheet-layout';

/** A row of a table as its cells: [1-based column, value]. */
type Cells = (readonly [number, CellValue])[];

/** Rows of side-by-side tables: row i holds the i-th row of each, blanks where a table is shorter. */
function sideBySide(width: number, tables: readonly Cells[][]): CellValue[][] {
  const n = Math.max(1, ...tables.map((t) => t.length));
  return Array.from({ length: n }, (_, i) => {
    const row = new Array<CellValue>(width).fill(null);
    for (const t of tables) for (const [column, value] of t[i] ?? []) row[column - 1] = value;
    return row;
  });
}

/**
 * The Mortality, Fertility and Migration sheets: filled from the country's `demography` block, or
 * with only the ages of the fertility pattern and the migration profile when it has none.
 */
export function demographyTables(d: CountryDemography | undefined): SheetTable[] {
  const mortality = (sex: 'female' | 'male'): SheetTable => ({
    name: sex === 'female' ? SHEET.mortalityFemale : SHEET.mortalityMale,
    header: mortalityHeader(d?.mx.ageStarts),
    rows: d ? d.mx.years.map((y, i) => [y, ...d.mx[sex][i]!]) : [],
    percentColumns: [],
    amountColumns: [],
  });
  const F = FERTILITY_COLUMN;
  const pattern = d?.asfrPattern.length === 7 ? PATTERN_FORMS[1]! : PATTERN_FORMS[0]!;
  const fertility = sideBySide(FERTILITY_HEADER.length, [
    (d?.tfr.years ?? []).map((y, i) => [
      [F.year, y],
      [F.tfr, d!.tfr.values[i]!],
    ]),
    pattern.groups.map((g, i) => [
      [F.age, ageCell(g)],
      [F.share, d?.asfrPattern[i] ?? null],
    ]),
    [[[F.sexRatio, d?.sexRatioAtBirth ?? null]]],
  ]);
  const M = MIGRATION_COLUMN;
  const profile = d?.migrationProfile;
  const migration = sideBySide(MIGRATION_HEADER.length, [
    (d?.netMigration?.years ?? []).map((y, i) => [
      [M.year, y],
      [M.net, d!.netMigration!.values[i]!],
    ]),
    PROFILE_FORM.groups.map((g, a) => [
      [M.age, ageCell(g)],
      [M.female, profile?.female[a] ?? null],
      [M.male, profile?.male[a] ?? null],
    ]),
  ]);
  return [
    mortality('female'),
    mortality('male'),
    {
      name: SHEET.fertility,
      header: FERTILITY_HEADER,
      rows: fertility,
      percentColumns: [],
      amountColumns: [],
    },
    {
      name: SHEET.migration,
      header: MIGRATION_HEADER,
      rows: migration,
      percentColumns: [],
      amountColumns: [M.net],
    },
  ];
}

type CsvRow = [string, CellValue, CellValue, CellValue, CellValue, CellValue, string];

const label = (v: CellValue): CellValue => {
  const g = v === null || typeof v === 'boolean' ? undefined : parseAgeGroup(v);
  return g ? groupLabel(g) : v;
};

/**
 * The long CSV records of a demographic sheet (columns sheet, item, year, age, sex, value, unit).
 * A table with no year gets a record with neither year nor value, to show its form; the reader
 * skips such records.
 */
export function demographyCsvRows(t: SheetTable): CsvRow[] {
  const out: CsvRow[] = [];
  const unit = (column: number) => headerUnit(t.header[column - 1]!);
  const series = (item: string, year: number, value: number) => {
    const rows = t.rows.filter((r) => r[year - 1] !== null || r[value - 1] !== null);
    for (const r of rows.length > 0 ? rows : [[]]) {
      out.push([t.name, item, r[year - 1] ?? null, null, null, r[value - 1] ?? null, unit(value)]);
    }
  };
  if (t.name === SHEET.mortalityFemale || t.name === SHEET.mortalityMale) {
    const ages = t.header.slice(1).map(label);
    for (const r of t.rows.length > 0 ? t.rows : [[null]]) {
      ages.forEach((age, j) =>
        out.push([t.name, null, r[0] ?? null, age, null, r[j + 1] ?? null, MX_UNIT]),
      );
    }
  } else if (t.name === SHEET.fertility) {
    const F = FERTILITY_COLUMN;
    series('tfr', F.year, F.tfr);
    for (const r of t.rows) {
      if (r[F.age - 1] === null && r[F.share - 1] === null) continue;
      out.push([
        t.name,
        'asfrPattern',
        null,
        label(r[F.age - 1]!),
        null,
        r[F.share - 1]!,
        unit(F.share),
      ]);
    }
    out.push([
      t.name,
      'sexRatioAtBirth',
      null,
      null,
      null,
      t.rows[0]?.[F.sexRatio - 1] ?? null,
      unit(F.sexRatio),
    ]);
  } else if (t.name === SHEET.migration) {
    const M = MIGRATION_COLUMN;
    series('netMigration', M.year, M.net);
    for (const r of t.rows) {
      if (r[M.age - 1] === null) continue;
      for (const [sex, column] of [
        ['female', M.female],
        ['male', M.male],
      ] as const) {
        out.push([
          t.name,
          'migrationProfile',
          null,
          label(r[M.age - 1]!),
          sex,
          r[column - 1] ?? null,
          unit(column),
        ]);
      }
    }
  }
  return out;
}
