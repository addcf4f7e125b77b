import { CellReader, duplicateChecker, fileIssue } from './cells';
import { readCountryRows } from './country-rows';

/**
 * A WPP 2024 single-age series of one country (README section 8: 13 countries, both sexes,
 * 2020-2099): one row of values by age per year.
 */
export interface SingleAgeSeries {
  iso3: string;
  /** Increasing years. */
  years: number[];
  /** `estimate` (2020-2023) or `projection_medium` (2024+), per year. */
  periodTypes: string[];
  /** The ages of each row: 0..99, or 15..49 for fertility. */
  ages: number[];
  /** [year][age - ages[0]]. */
  values: number[][];
}

interface SingleAgeFile {
  valueColumn: string;
  firstAge: number;
  lastAge: number;
  /** Turns the file's value into the unit of the series. */
  scale: number;
}

async function readSingleAge(
  file: string,
  iso3: string,
  spec: SingleAgeFile,
  onProgress?: (fraction: number) => void,
): Promise<SingleAgeSeries | null> {
  const table = await readCountryRows(file, iso3, {
    required: ['year', 'period_type', 'age', spec.valueColumn],
    missing: 'empty',
    ...(onProgress ? { onProgress } : {}),
  });
  // Only 13 countries are in these files: no rows is an answer, not an error.
  if (table.rows.length === 0) return null;
  const cells = new CellReader(table);
  const isDuplicate = duplicateChecker(cells, (k) => `year and age ${k}`);
  const width = spec.lastAge - spec.firstAge + 1;
  const byYear = new Map<number, { type: string; values: number[] }>();
  for (const row of table.rows) {
    const year = cells.number(row, 'year', { integer: true, min: 1900 });
    const age = cells.number(row, 'age', { integer: true, min: 0 });
    const value = cells.number(row, spec.valueColumn, { min: 0 });
    if (Number.isNaN(year) || Number.isNaN(age)) continue;
    if (age < spec.firstAge || age > spec.lastAge) {
      cells.add(
        `row ${row.line}, column age`,
        `must be an age from ${spec.firstAge} to ${spec.lastAge}, found ${age}`,
      );
      continue;
    }
    if (isDuplicate(row, `${year} ${age}`, 'age')) continue;
    let entry = byYear.get(year);
    if (!entry) {
      entry = { type: cells.text(row, 'period_type'), values: new Array<number>(width).fill(NaN) };
      byYear.set(year, entry);
    }
    entry.values[age - spec.firstAge] = value * spec.scale;
  }
  cells.done();
  const years = [...byYear.keys()].sort((a, b) => a - b);
  for (const year of years) {
    const missing = byYear
      .get(year)!
      .values.flatMap((v, i) => (Number.isNaN(v) ? [i + spec.firstAge] : []));
    if (missing.length > 0) {
      throw fileIssue(
        file,
        `rows for ${iso3}, year ${year}, column age`,
        `ages ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''} are missing`,
      );
    }
  }
  return {
    iso3,
    years,
    periodTypes: years.map((y) => byYear.get(y)!.type),
    ages: Array.from({ length: width }, (_, i) => i + spec.firstAge),
    values: years.map((y) => byYear.get(y)!.values),
  };
}

/**
 * Population on 1 JANUARY by single age 0..99, both sexes, in persons (the file is already in
 * persons; 100+ is not in it). Null when the country is not among the file's 13.
 */
export function readWpp2024Population1JanSingleAge(
  file: string,
  iso3: string,
  onProgress?: (fraction: number) => void,
): Promise<SingleAgeSeries | null> {
  return readSingleAge(
    file,
    iso3,
    { valueColumn: 'pop_both_sexes_persons', firstAge: 0, lastAge: 99, scale: 1 },
    onProgress,
  );
}

/** Central death rates m(x) by single age 0..99, both sexes, deaths per person-year. */
export function readWpp2024MxSingleAge(
  file: string,
  iso3: string,
  onProgress?: (fraction: number) => void,
): Promise<SingleAgeSeries | null> {
  return readSingleAge(
    file,
    iso3,
    { valueColumn: 'mx_both_sexes', firstAge: 0, lastAge: 99, scale: 1 },
    onProgress,
  );
}

/**
 * Age-specific fertility by single age 15..49 in BIRTHS PER WOMAN a year (the file's births per
 * 1,000 women divided by 1,000), so that a year's values add up to the TFR.
 */
export function readWpp2024AsfrSingleAge(
  file: string,
  iso3: string,
  onProgress?: (fraction: number) => void,
): Promise<SingleAgeSeries | null> {
  return readSingleAge(
    file,
    iso3,
    { valueColumn: 'asfr_per_1000_women', firstAge: 15, lastAge: 49, scale: 1 / 1000 },
    onProgress,
  );
}

/** The rows of a series for one year, or an error naming the years the file has. */
export function seriesYear(series: SingleAgeSeries, year: number, file: string): number[] {
  const i = series.years.indexOf(year);
  if (i < 0) {
    throw fileIssue(
      file,
      `rows for ${series.iso3}, column year`,
      `has no year ${year}; it covers ${series.years[0]}-${series.years[series.years.length - 1]}`,
    );
  }
  return series.values[i]!;
}
