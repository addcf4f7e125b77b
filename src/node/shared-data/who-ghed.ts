import { CellReader } from './cells';
import { scanCsv } from './csv-scan';
import { readIndicatorYears, type IndicatorYears } from './indicator-years';

/** WHO Global Health Expenditure Database series of one country, by indicator code. */
export type HealthExpenditure = IndicatorYears;

export interface GhedIndicator {
  code: string;
  name: string;
  unit: string;
}

/** Reads `who_ghed_health_expenditure.csv` (iso3, year, indicator_code, value) for one country. */
export function readWhoGhed(
  file: string,
  iso3: string,
  onProgress?: (fraction: number) => void,
): Promise<HealthExpenditure> {
  return readIndicatorYears(file, iso3, {
    valueColumn: 'value',
    ...(onProgress ? { onProgress } : {}),
  });
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
