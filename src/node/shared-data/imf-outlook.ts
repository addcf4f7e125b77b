import { CellReader, duplicateChecker } from './cells';
import { readCountryRows } from './country-rows';
import { scanCsv } from './csv-scan';
import { imfCode } from './shared-files';

/** One value of the IMF WEO: as published (billions, percent, index), and whether it is a projection. */
export interface WeoValue {
  value: number;
  /** True for years after the country's last year of actual data. */
  projection: boolean;
}

/** The WEO series of one country, by indicator code and year. */
export interface WeoCountry {
  iso3: string;
  series: Map<string, Map<number, WeoValue>>;
}

/** The value of `indicator` in `year`, if published. */
export function weoValue(weo: WeoCountry, indicator: string, year: number): WeoValue | undefined {
  return weo.series.get(indicator)?.get(year);
}

/** The years with a value for `indicator`, increasing. */
export function weoYears(weo: WeoCountry, indicator: string): number[] {
  return [...(weo.series.get(indicator)?.keys() ?? [])].sort((a, b) => a - b);
}

/**
 * Reads `imf_weo_oct2024_selected.csv` (long format: iso3, indicator, year, value, is_projection)
 * for one country. Values stay in the WEO's units: NGDP in billions of LCU, rates in percent. The
 * UN codes XKX and PSE are read as the IMF's UVK and WBG.
 */
export async function readImfWeo(
  file: string,
  iso3: string,
  onProgress?: (fraction: number) => void,
): Promise<WeoCountry> {
  const code = imfCode(iso3);
  const table = await readCountryRows(file, code, {
    required: ['indicator', 'year', 'value', 'is_projection'],
    ...(onProgress ? { onProgress } : {}),
  });
  const cells = new CellReader(table);
  const isDuplicate = duplicateChecker(cells, (k) => `indicator and year ${k}`);
  const series = new Map<string, Map<number, WeoValue>>();
  for (const row of table.rows) {
    const indicator = cells.text(row, 'indicator');
    const year = cells.number(row, 'year', { integer: true, min: 1900 });
    const value = cells.number(row, 'value', { optional: true });
    const flag = cells.text(row, 'is_projection');
    if (flag !== '' && flag !== '0' && flag !== '1') {
      cells.add(
        `row ${row.line}, column is_projection`,
        `must be 0, 1 or empty, found ${JSON.stringify(flag)}`,
      );
    }
    if (Number.isNaN(year) || value === null || Number.isNaN(value)) continue;
    if (isDuplicate(row, `${indicator} ${year}`, 'year')) continue;
    let s = series.get(indicator);
    if (!s) series.set(indicator, (s = new Map<number, WeoValue>()));
    s.set(year, { value, projection: flag === '1' });
  }
  cells.done();
  return { iso3, series };
}

/**
 * Reads `imf_weo_oct2024_estimates_start_after.csv`: the last year of actual data by indicator for
 * one country (empty when the country is not in the file).
 */
export async function readImfEstimatesStartAfter(
  file: string,
  iso3: string,
): Promise<Map<string, number>> {
  const table = await scanCsv(file, {
    required: ['indicator', 'estimates_start_after'],
    filter: { column: 'iso3', values: [imfCode(iso3)] },
  });
  const cells = new CellReader(table);
  const out = new Map<string, number>();
  for (const row of table.rows) {
    const year = cells.number(row, 'estimates_start_after', { integer: true, optional: true });
    if (year !== null && !Number.isNaN(year)) out.set(cells.text(row, 'indicator'), year);
  }
  cells.done();
  return out;
}
