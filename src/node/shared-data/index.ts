/**
 * Readers for the public data in ../shared/data (see its README): each reads one country from a
 * file of many in one streaming pass, converts counts to persons where the file gives thousands,
 * and reports bad input as an InputError naming the file, the row and the column.
 */
export { scanCsv, type CsvRow, type CsvTable, type ScanOptions } from './csv-scan';
export { readCountryRows } from './country-rows';
export { closeCountryCodes } from './country-codes';
export { SHARED_FILES, sharedFilePaths, imfCode, type SharedFileKey } from './shared-files';
export { readWpp2019Population5yr, type AgeGroupPopulation } from './un-population-2019';
export {
  readWpp2024Indicators,
  type AnnualIndicators,
  type IndicatorSeries,
} from './un-indicators-2024';
export {
  readWpp2024Mortality5yr,
  readWpp2024FertilityDistribution5yr,
  type MortalityByPeriod,
  type FertilityDistributionByPeriod,
  type Period,
} from './un-period-rates-2024';
export {
  readWpp2024Population1JanSingleAge,
  readWpp2024MxSingleAge,
  readWpp2024AsfrSingleAge,
  seriesYear,
  type SingleAgeSeries,
} from './un-single-age-2024';
export {
  readImfWeo,
  readImfEstimatesStartAfter,
  weoValue,
  weoYears,
  type WeoCountry,
  type WeoValue,
} from './imf-outlook';
export {
  readIndicatorYears,
  latestValue,
  type IndicatorYears,
  type YearValue,
} from './indicator-years';
export { readWbPoverty, type PovertyHeadcounts } from './wb-poverty';
export {
  readWhoGhed,
  readWhoGhedIndicators,
  type HealthExpenditure,
  type GhedIndicator,
} from './who-ghed';
export { readUnWppPopulation, type UnPopulation } from './un-wpp-csv';
