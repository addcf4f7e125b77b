import { interpolateVectorAt, splitAgeGroups } from '#engine';

/** Persons by single age 0..99 and 100+ (101 values) and sex, one row per year. */
export interface SexAgePopulation {
  years: number[];
  female: number[][];
  male: number[][];
}

/** Counts by age group (the last open) at some years, e.g. the WPP 2019 5-year points. */
export interface GroupedPoints {
  years: readonly number[];
  female: readonly (readonly number[])[];
  male: readonly (readonly number[])[];
}

/**
 * Single ages for each of `years` from 5-year groups observed at some years: the group counts are
 * interpolated geometrically between the two nearest observed years (by age group, each sex apart),
 * then split into single ages with the Sprague multipliers, the last closed group (95-99)
 * geometrically and the open 100+ group kept. Every year's groups are therefore kept exactly.
 */
export function singleAgesFromGroups(
  points: GroupedPoints,
  years: readonly number[],
): SexAgePopulation {
  const at = (sex: 'female' | 'male', year: number) =>
    splitAgeGroups(interpolateVectorAt(points.years, points[sex], year), {
      open: true,
      lastGroup: 'geometric',
    });
  return {
    years: [...years],
    female: years.map((y) => at('female', y)),
    male: years.map((y) => at('male', y)),
  };
}

/** Single ages for `years` from single ages observed at some years (geometric between them). */
export function singleAgesBetween(
  points: GroupedPoints,
  years: readonly number[],
): SexAgePopulation {
  return {
    years: [...years],
    female: years.map((y) => interpolateVectorAt(points.years, points.female, y)),
    male: years.map((y) => interpolateVectorAt(points.years, points.male, y)),
  };
}

/** Mid-year (1 July) counts of year t from 1 January counts: the mean of 1 January t and t+1. */
export function midYearFromJanuary(jan1: readonly number[], nextJan1: readonly number[]): number[] {
  return jan1.map((v, i) => (v + nextJan1[i]!) / 2);
}

/**
 * Splits both-sexes counts at ages 0..99 into women and men with the sex shares of `structure` at
 * the same ages (a population by sex with 101 values), and takes the 100+ group from `structure`.
 * Where `structure` has nobody at an age, the age is split half and half.
 */
export function splitBySex(
  both: readonly number[],
  structure: { female: readonly number[]; male: readonly number[] },
): { female: number[]; male: number[] } {
  const female: number[] = [];
  const male: number[] = [];
  for (let a = 0; a < 100; a++) {
    const f = structure.female[a]!;
    const m = structure.male[a]!;
    const maleShare = f + m > 0 ? m / (f + m) : 0.5;
    male.push(both[a]! * maleShare);
    female.push(both[a]! * (1 - maleShare));
  }
  female.push(structure.female[100]!);
  male.push(structure.male[100]!);
  return { female, male };
}

export function sum(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return s;
}

/** The scaling of one year: what each sex was multiplied by to meet the UN total. */
export interface ScaleFactor {
  year: number;
  female: number;
  male: number;
  /** True when the year had no total and the nearest year's factor was used. */
  held: boolean;
}

/**
 * Scales each sex so that its total equals `totals(year)` where the totals exist. Years without
 * totals (before WPP 2024's first year with totals by sex) keep the factor of the nearest year
 * that has them, so that the series has no jump. Works in place; returns the factors.
 */
export function scaleToTotals(
  pop: SexAgePopulation,
  totals: (year: number) => { female: number; male: number } | null,
): ScaleFactor[] {
  const own = pop.years.map((year, i) => {
    const t = totals(year);
    if (!t) return null;
    const f = sum(pop.female[i]!);
    const m = sum(pop.male[i]!);
    return { year, female: f > 0 ? t.female / f : 1, male: m > 0 ? t.male / m : 1, held: false };
  });
  const known = own.flatMap((f, i) => (f ? [i] : []));
  if (known.length === 0) return [];
  const factors = own.map((f, i) => {
    if (f) return f;
    const nearest = known.reduce((best, k) => (Math.abs(k - i) < Math.abs(best - i) ? k : best));
    return { ...own[nearest]!, year: pop.years[i]!, held: true };
  });
  factors.forEach((f, i) => {
    pop.female[i] = pop.female[i]!.map((v) => v * f.female);
    pop.male[i] = pop.male[i]!.map((v) => v * f.male);
  });
  return factors;
}

/** Whole persons: readers of the file see people, not fractions of them. */
export function roundPersons(pop: SexAgePopulation): SexAgePopulation {
  return {
    years: pop.years,
    female: pop.female.map((row) => row.map((v) => Math.round(v))),
    male: pop.male.map((row) => row.map((v) => Math.round(v))),
  };
}
