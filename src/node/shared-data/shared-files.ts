import { join } from 'node:path';

/** The public data files in ../shared/data (see its README for layouts, units and gaps). */
export const SHARED_FILES = {
  wpp2019Population5yr: 'wpp2019_population_by_5yr_age_sex.csv',
  wpp2024Indicators: 'wpp2024_demographic_indicators_annual.csv',
  wpp2024Mortality5yr: 'wpp2024_mortality_rates_5yr_age.csv',
  wpp2024FertilityDistribution5yr: 'wpp2024_fertility_age_distribution_5yr.csv',
  wpp2024Population1JanSingleAge: 'wpp2024_population_1jan_single_age_both_sexes.csv',
  wpp2024MxSingleAge: 'wpp2024_mx_single_age_both_sexes.csv',
  wpp2024AsfrSingleAge: 'wpp2024_asfr_single_age.csv',
  imfWeo: 'imf_weo_oct2024_selected.csv',
  imfEstimatesStartAfter: 'imf_weo_oct2024_estimates_start_after.csv',
  wbPoverty: 'wb_poverty_headcount.csv',
  whoGhed: 'who_ghed_health_expenditure.csv',
  whoGhedIndicators: 'who_ghed_indicators.csv',
} as const;

export type SharedFileKey = keyof typeof SHARED_FILES;

/** Where each file is: in `dir` under its usual name unless `overrides` gives another path. */
export function sharedFilePaths(
  dir: string,
  overrides: Partial<Record<SharedFileKey, string>> = {},
): Record<SharedFileKey, string> {
  const out = {} as Record<SharedFileKey, string>;
  for (const key of Object.keys(SHARED_FILES) as SharedFileKey[]) {
    out[key] = overrides[key] ?? join(dir, SHARED_FILES[key]);
  }
  return out;
}

/** ISO3 codes the IMF WEO spells differently from the UN (Kosovo, West Bank and Gaza). */
export const IMF_CODES: Readonly<Record<string, string>> = { XKX: 'UVK', PSE: 'WBG' };

/** The IMF's code for a UN ISO3 code. */
export function imfCode(iso3: string): string {
  return IMF_CODES[iso3] ?? iso3;
}
