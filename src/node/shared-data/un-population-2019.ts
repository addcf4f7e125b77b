import { CellReader, duplicateChecker, fileIssue } from './cells';
import { readCountryRows } from './country-rows';

/** Population by sex and 5-year age group at 5-year points, in PERSONS (the file is in thousands). */
export interface AgeGroupPopulation {
  iso3: string;
  name: string;
  /** Increasing years (1950, 1955, … 2100 in the WPP 2019 file): mid-year (1 July) counts. */
  years: number[];
  /** `estimates` or `medium`, per year. */
  variants: string[];
  /** Lower bounds of the groups 0, 5, … 95, 100; the last group (100+) is open. */
  ageStarts: number[];
  /** [year][group], persons. */
  male: number[][];
  female: number[][];
  /** The lines of the file the country's rows came from, for messages. */
  lines: { first: number; last: number };
}

export const WPP2019_AGE_STARTS: readonly number[] = Array.from({ length: 21 }, (_, i) => 5 * i);

/**
 * Reads `wpp2019_population_by_5yr_age_sex.csv` for one country: every year must have the 21 groups
 * 0-4 … 95-99 and 100+, once each, with counts >= 0 (thousands, turned into persons here).
 */
export async function readWpp2019Population5yr(
  file: string,
  iso3: string,
  onProgress?: (fraction: number) => void,
): Promise<AgeGroupPopulation> {
  const table = await readCountryRows(file, iso3, {
    required: ['year', 'variant', 'age_start', 'pop_male_thousands', 'pop_female_thousands'],
    nameColumn: 'name',
    ...(onProgress ? { onProgress } : {}),
  });
  const cells = new CellReader(table);
  const isDuplicate = duplicateChecker(cells, (k) => `year and age group ${k}`);
  const byYear = new Map<number, { variant: string; male: number[]; female: number[] }>();
  for (const row of table.rows) {
    const year = cells.number(row, 'year', { integer: true, min: 1900 });
    const age = cells.age(row, 'age_start');
    const male = cells.number(row, 'pop_male_thousands', { min: 0 });
    const female = cells.number(row, 'pop_female_thousands', { min: 0 });
    if (Number.isNaN(year) || Number.isNaN(age)) continue;
    const g = WPP2019_AGE_STARTS.indexOf(age);
    if (g < 0) {
      cells.add(
        `row ${row.line}, column age_start`,
        `must be 0, 5, 10, … 95 or 100 (the 5-year groups and 100+), found ${age}`,
      );
      continue;
    }
    if (isDuplicate(row, `${year} ${age}`, 'age_start')) continue;
    let entry = byYear.get(year);
    if (!entry) {
      entry = {
        variant: cells.text(row, 'variant'),
        male: new Array<number>(21).fill(NaN),
        female: new Array<number>(21).fill(NaN),
      };
      byYear.set(year, entry);
    }
    entry.male[g] = male * 1000;
    entry.female[g] = female * 1000;
  }
  cells.done();
  const years = [...byYear.keys()].sort((a, b) => a - b);
  for (const year of years) {
    const entry = byYear.get(year)!;
    const missing = WPP2019_AGE_STARTS.filter(
      (_, g) => entry.male[g] === undefined || isNaNAt(entry, g),
    );
    if (missing.length > 0) {
      throw fileIssue(
        file,
        `rows for ${iso3}, year ${year}, column age_start`,
        `age groups ${missing.map((a) => (a === 100 ? '100+' : `${a}-${a + 4}`)).join(', ')} are missing`,
      );
    }
  }
  const first = table.rows[0]!;
  return {
    iso3,
    name: cells.text(first, 'name'),
    years,
    variants: years.map((y) => byYear.get(y)!.variant),
    ageStarts: [...WPP2019_AGE_STARTS],
    male: years.map((y) => byYear.get(y)!.male),
    female: years.map((y) => byYear.get(y)!.female),
    lines: { first: first.line, last: table.rows[table.rows.length - 1]!.line },
  };
}

function isNaNAt(entry: { male: number[]; female: number[] }, g: number): boolean {
  return Number.isNaN(entry.male[g]) || Number.isNaN(entry.female[g]);
}
