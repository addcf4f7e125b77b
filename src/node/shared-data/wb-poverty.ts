import { readIndicatorYears, type IndicatorYears } from './indicator-years';

/** World Bank poverty headcounts of one country by indicator (SI.POV.NAHC, SI.POV.DDAY, …), percent of the population. */
export type PovertyHeadcounts = IndicatorYears;

/** Reads `wb_poverty_headcount.csv` for one country (no rows: an empty result, not an error). */
export function readWbPoverty(
  file: string,
  iso3: string,
  onProgress?: (fraction: number) => void,
): Promise<PovertyHeadcounts> {
  return readIndicatorYears(file, iso3, {
    valueColumn: 'value_pct_of_population',
    percentOfWhole: true,
    ...(onProgress ? { onProgress } : {}),
  });
}
