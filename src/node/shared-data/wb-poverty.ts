import { CellReader, duplicateChecker } from './cells';
import { readCountryRows } from './country-rows';

/** A survey-year observation: percent of the population. */
export interface YearValue {
  year: number;
  value: number;
}

/** World Bank poverty headcounts of one country by indicator (SI.POV.NAHC, SI.POV.DDAY, …). */
export interface PovertyHeadcounts {
  iso3: string;
  byIndicator: Map<string, YearValue[]>;
}

/** The latest observation of an indicator, if any. */
export function latestValue(list: readonly YearValue[] | undefined): YearValue | undefined {
  let best: YearValue | undefined;
  for (const v of list ?? []) if (!best || v.year > best.year) best = v;
  return best;
}

/** Reads `wb_poverty_headcount.csv` for one country (no rows: an empty result, not an error). */
export async function readWbPoverty(
  file: string,
  iso3: string,
  onProgress?: (fraction: number) => void,
): Promise<PovertyHeadcounts> {
  const table = await readCountryRows(file, iso3, {
    required: ['year', 'indicator_code', 'value_pct_of_population'],
    missing: 'empty',
    ...(onProgress ? { onProgress } : {}),
  });
  const cells = new CellReader(table);
  const isDuplicate = duplicateChecker(cells, (k) => `indicator and year ${k}`);
  const byIndicator = new Map<string, YearValue[]>();
  for (const row of table.rows) {
    const code = cells.text(row, 'indicator_code');
    const year = cells.number(row, 'year', { integer: true, min: 1900 });
    const value = cells.number(row, 'value_pct_of_population', { min: 0 });
    if (Number.isNaN(year) || Number.isNaN(value) || isDuplicate(row, `${code} ${year}`, 'year')) {
      continue;
    }
    if (value > 100) {
      cells.add(
        `row ${row.line}, column value_pct_of_population`,
        `must be a percentage <= 100, found ${value}`,
      );
      continue;
    }
    let list = byIndicator.get(code);
    if (!list) byIndicator.set(code, (list = []));
    list.push({ year, value });
  }
  cells.done();
  return { iso3, byIndicator };
}
