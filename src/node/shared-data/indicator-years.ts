import { CellReader, duplicateChecker } from './cells';
import { readCountryRows } from './country-rows';

/** An observation of an indicator in a year (a survey year, or a year of accounts). */
export interface YearValue {
  year: number;
  value: number;
}

/** One country's observations by indicator code, each in year order of the file. */
export interface IndicatorYears {
  iso3: string;
  byIndicator: Map<string, YearValue[]>;
  /**
   * The years each indicator is listed with an empty value (not published for that year: the WHO's
   * 2023 column for Germany, say), in the order of the file. The builder reads them to say that a
   * value comes from an earlier year than the file's latest.
   */
  emptyYears: Map<string, number[]>;
}

/** The latest observation of an indicator, if any. */
export function latestValue(list: readonly YearValue[] | undefined): YearValue | undefined {
  let best: YearValue | undefined;
  for (const v of list ?? []) if (!best || v.year > best.year) best = v;
  return best;
}

export interface IndicatorYearsOptions {
  /** The column holding the values. */
  valueColumn: string;
  /** The values are percentages of a whole, so none may be over 100. */
  percentOfWhole?: boolean;
  onProgress?: (fraction: number) => void;
}

/**
 * Reads a file of (iso3, year, indicator_code, value) rows for one country, as the World Bank's
 * and the WHO's files in ../shared/data are laid out. Values are numbers >= 0, each indicator and
 * year once; an empty value is a year not published (listed in `emptyYears`, not an error); a
 * country without rows has no observations (not an error either: the gaps are filled later).
 */
export async function readIndicatorYears(
  file: string,
  iso3: string,
  options: IndicatorYearsOptions,
): Promise<IndicatorYears> {
  const { valueColumn, onProgress } = options;
  const table = await readCountryRows(file, iso3, {
    required: ['year', 'indicator_code', valueColumn],
    missing: 'empty',
    ...(onProgress ? { onProgress } : {}),
  });
  const cells = new CellReader(table);
  const isDuplicate = duplicateChecker(cells, (k) => `indicator and year ${k}`);
  const byIndicator = new Map<string, YearValue[]>();
  const emptyYears = new Map<string, number[]>();
  for (const row of table.rows) {
    const code = cells.text(row, 'indicator_code');
    const year = cells.number(row, 'year', { integer: true, min: 1900 });
    const value = cells.number(row, valueColumn, { min: 0, optional: true });
    if (Number.isNaN(year) || Number.isNaN(value) || isDuplicate(row, `${code} ${year}`, 'year')) {
      continue;
    }
    if (value === null) {
      pushTo(emptyYears, code, year);
      continue;
    }
    if (options.percentOfWhole && value > 100) {
      cells.add(
        `row ${row.line}, column ${valueColumn}`,
        `must be a percentage <= 100, found ${value}`,
      );
      continue;
    }
    pushTo(byIndicator, code, { year, value });
  }
  cells.done();
  return { iso3, byIndicator, emptyYears };
}

function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  list.push(item);
}
