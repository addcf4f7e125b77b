/**
 * The layout of the demographic sheets (docs/country-data.md, "Spreadsheet"): death rates by sex
 * with the age groups in the header row, and the Fertility and Migration sheets, each two or three
 * small tables side by side with an empty column between them. The long CSV uses the same names.
 */
import { AGES } from './sheet-layout';

export const MX_UNIT = 'deaths per person-year';

/** An age or age group as written: "5" (one age), "1-4", "100+" (open, the last group only). */
export interface AgeGroup {
  from: number;
  /** The last age of the group, or null for an open group ("100+"). */
  to: number | null;
}

/**
 * Reads "5", "1-4", "1 to 4", "100+", with or without "Age" in front and a unit in brackets
 * ("Age 1-4 (deaths per person-year)"); numbers are single ages. Undefined when it is none of these.
 */
export function parseAgeGroup(text: string | number): AgeGroup | undefined {
  if (typeof text === 'number') {
    return Number.isInteger(text) && text >= 0 ? { from: text, to: text } : undefined;
  }
  const t = text
    .replace(/\(.*$/, '')
    .trim()
    .replace(/^age\s*/i, '');
  const m = /^(\d+)\s*(?:(\+)|(?:-|–|to)\s*(\d+))?$/i.exec(t);
  if (!m) return undefined;
  const from = Number(m[1]);
  return { from, to: m[2] ? null : m[3] !== undefined ? Number(m[3]) : from };
}

export function groupLabel(g: AgeGroup): string {
  if (g.to === null) return `${g.from}+`;
  return g.to === g.from ? String(g.from) : `${g.from}-${g.to}`;
}

/** The groups of `mx.ageStarts` (each to the next start, the last open); default 0..99, 100+. */
export function groupsOfStarts(starts?: readonly number[]): AgeGroup[] {
  const s = starts ?? Array.from({ length: AGES }, (_, a) => a);
  return s.map((from, i) => ({ from, to: i + 1 < s.length ? s[i + 1]! - 1 : null }));
}

export function mortalityHeader(starts?: readonly number[]): string[] {
  return ['Year', ...groupsOfStarts(starts).map((g) => `Age ${groupLabel(g)} (${MX_UNIT})`)];
}

/** 1-based columns of the Fertility sheet; 3 and 6 are empty, between the tables. */
export const FERTILITY_COLUMN = { year: 1, tfr: 2, age: 4, share: 5, sexRatio: 7 } as const;

export const FERTILITY_HEADER = [
  'Year',
  'Total fertility rate (children per woman)',
  '',
  'Age of mother (15 to 49, or 15-19 to 45-49)',
  'Share of the TFR (fraction)',
  '',
  'Sex ratio at birth (male births per female birth)',
] as const;

/** 1-based columns of the Migration sheet; 3 is empty, between the tables. */
export const MIGRATION_COLUMN = { year: 1, net: 2, age: 4, female: 5, male: 6 } as const;

export const MIGRATION_HEADER = [
  'Year',
  'Net migrants (persons a year; negative: more leave than arrive)',
  '',
  'Age (0 to 99, 100+)',
  'Female (share of all net migrants)',
  'Male (share of all net migrants)',
] as const;

/** The ages of the fertility pattern: 35 single ages 15..49, or 7 five-year groups 15-19..45-49. */
export const PATTERN_FORMS: readonly { what: string; groups: AgeGroup[] }[] = [
  {
    what: '35 single ages 15 to 49',
    groups: Array.from({ length: 35 }, (_, i) => ({ from: 15 + i, to: 15 + i })),
  },
  {
    what: '7 five-year groups 15-19 to 45-49',
    groups: Array.from({ length: 7 }, (_, i) => ({ from: 15 + 5 * i, to: 19 + 5 * i })),
  },
];

/** The ages of the migration profile: 0..99 and 100+. */
export const PROFILE_FORM: { what: string; groups: AgeGroup[] } = {
  what: '101 ages 0 to 99 and 100+',
  groups: Array.from({ length: AGES }, (_, a) => ({ from: a, to: a === 100 ? null : a })),
};

/** The age cell of a pattern or profile row as written: a number for one age, else text. */
export function ageCell(g: AgeGroup): string | number {
  return g.to === g.from ? g.from : groupLabel(g);
}

/** The items of the long CSV in the Fertility and Migration sheets. */
export const FERTILITY_ITEMS = ['tfr', 'asfrPattern', 'sexRatioAtBirth'] as const;
export const MIGRATION_ITEMS = ['netMigration', 'migrationProfile'] as const;
