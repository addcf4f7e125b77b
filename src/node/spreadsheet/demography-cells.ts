import { isBlank, type Located, type YearRow } from './cell-values';
import { parseAgeGroup, type AgeGroup } from './demography-layout';
import { SHEET, type DemographySheet } from './sheet-layout';

/** A row of the fertility pattern or the migration profile: its age and its shares. */
export interface AgeRow {
  at: string;
  age: Located;
  cells: Located[];
}

export type DemographyTable =
  | 'mxFemale'
  | 'mxMale'
  | 'tfr'
  | 'asfrPattern'
  | 'sexRatioAtBirth'
  | 'netMigration'
  | 'migrationProfile';

export const TABLE_SHEET: Readonly<Record<DemographyTable, DemographySheet>> = {
  mxFemale: SHEET.mortalityFemale,
  mxMale: SHEET.mortalityMale,
  tfr: SHEET.fertility,
  asfrPattern: SHEET.fertility,
  sexRatioAtBirth: SHEET.fertility,
  netMigration: SHEET.migration,
  migrationProfile: SHEET.migration,
};

/**
 * The cells of the demographic sheets (the optional `demography` block), found by the XLSX or CSV
 * reader and checked by `assembleDemography`.
 */
export interface DemographyCells {
  /** Where each table is (its header cell, or its CSV rows), for problems with a whole table. */
  tableAt: Record<DemographyTable, string>;
  /** Sheets the file does not have: fine, unless the block is given in part. */
  missing: DemographySheet[];
  /** Death rates by sex: the age group of each column (header cells), and a row per year. */
  mortality: Record<'female' | 'male', { groups: Located[]; rows: Map<number, YearRow> }>;
  tfr: Map<number, YearRow>;
  asfrPattern: AgeRow[];
  /** Every filled cell of the sex-ratio column (one is expected). */
  sexRatioAtBirth: Located[];
  netMigration: Map<number, YearRow>;
  /** Rows of ages 0..100+, cells female and male. */
  migrationProfile: AgeRow[];
}

export function emptyDemographyCells(
  tableAt: DemographyCells['tableAt'],
  missing: DemographySheet[] = [],
): DemographyCells {
  return {
    tableAt,
    missing,
    mortality: {
      female: { groups: [], rows: new Map() },
      male: { groups: [], rows: new Map() },
    },
    tfr: new Map(),
    asfrPattern: [],
    sexRatioAtBirth: [],
    netMigration: new Map(),
    migrationProfile: [],
  };
}

/** Whether any of the cells has a value. */
export const filled = (cells: readonly Located[]) => cells.some((c) => !isBlank(c.value));

/** The age or age group a cell names, if it names one. */
export function ageOf(cell: Located): AgeGroup | undefined {
  const v = cell.value;
  return v === null || typeof v === 'boolean' ? undefined : parseAgeGroup(v);
}
