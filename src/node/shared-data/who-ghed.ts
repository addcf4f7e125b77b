import { CellReader, duplicateChecker } from './cells';
import { readCountryRows } from './country-rows';
import { scanCsv } from './csv-scan';
import type { YearValue } from './wb-poverty';

/** WHO Global Health Expenditure Database series of one country, by indicator code. */
export interface HealthExpenditure {
  iso3: string;
  byIndicator: Map<string, YearValue[]>;
}

export interface GhedIndicator {
  code: string;
  name: string;
  unit: string;
}

/** Reads `who_ghed_health_expenditure.csv` (iso3, year, indicator_code, value) for one country. */
export async function readWhoGhed(
  file: string,
  iso3: string,
  onProgress?: (fraction: number) => void,
): Promise<HealthExpenditure> {
  const table = await readCountryRows(file, iso3, {
    required: ['year', 'indicator_code', 'value'],
    missing: 'empty',
    ...(onProgress ? { onProgress } : {}),
  });
  const cells = new CellReader(table);
  const isDuplicate = duplicateChecker(cells, (k) => `indicator and year ${k}`);
  const byIndicator = new Map<string, YearValue[]>();
  for (const row of table.rows) {
    const code = cells.text(row, 'indicator_code');
    const year = cells.number(row, 'year', { integer: true, min: 1900 });
    const value = cells.number(row, 'value', { min: 0 });
    if (Number.isNaN(year) || Number.isNaN(value) || isDuplicate(row, `${code} ${year}`, 'year')) {
      continue;
    }
    let list = byIndicator.get(code);
    if (!list) byIndicator.set(code, (list = []));
    list.push({ year, value });
  }
  cells.done();
  return { iso3, byIndicator };
}

/** Reads `who_ghed_indicators.csv`: what each code measures and in which unit. */
export async function readWhoGhedIndicators(file: string): Promise<Map<string, GhedIndicator>> {
  const table = await scanCsv(file, { required: ['indicator_code', 'indicator_name', 'unit'] });
  const cells = new CellReader(table);
  const out = new Map<string, GhedIndicator>();
  for (const row of table.rows) {
    const code = cells.text(row, 'indicator_code');
    out.set(code, { code, name: cells.text(row, 'indicator_name'), unit: cells.text(row, 'unit') });
  }
  return out;
}
