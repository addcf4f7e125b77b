import type { IncomeGroup } from '#engine';

/**
 * Documented defaults for what the public data do not give (docs/country-data.md, "Gaps"). Each is
 * written into the country file with `assumption: true` and a note saying how it was made.
 */

/** A rate for ages from..to inclusive. */
export type Band = [from: number, to: number, rate: number];

/**
 * Severe disability by age, both sexes: 0.7% at 0-14 (the World Report on Disability's figure for
 * children) rising to 18% at 80+. The report (WHO and World Bank 2011) puts severe disability at
 * 2.2% (World Health Survey) to 3.8% (Global Burden of Disease) of adults; these bands give about
 * 2.5% of adults 18+ in a young population (Kenya 2025), 3.3% in Indonesia and 3.8% in Brazil, so
 * a country with the world's age structure is near the middle of that range, and older countries
 * are above it, as disability rises with age.
 */
export const SEVERE_DISABILITY: readonly Band[] = [
  [0, 14, 0.007],
  [15, 29, 0.012],
  [30, 44, 0.02],
  [45, 59, 0.035],
  [60, 69, 0.065],
  [70, 79, 0.11],
  [80, 100, 0.18],
];

/** Labour force participation by sex and age: round values typical of lower-middle-income countries. */
export const LABOUR_FORCE_PARTICIPATION: { female: readonly Band[]; male: readonly Band[] } = {
  female: [
    [15, 19, 0.25],
    [20, 24, 0.52],
    [25, 54, 0.63],
    [55, 64, 0.45],
    [65, 100, 0.18],
  ],
  male: [
    [15, 19, 0.35],
    [20, 24, 0.74],
    [25, 54, 0.9],
    [55, 64, 0.76],
    [65, 100, 0.38],
  ],
};

/** Youth (15-24) unemployment rates are commonly about three times adult rates (ILO). */
export const YOUTH_TO_ADULT_UNEMPLOYMENT = 3;

/** Used when the IMF WEO has no unemployment rate: about the world rate of recent years (ILO). */
export const DEFAULT_UNEMPLOYMENT_RATE = 0.05;

/** The international poverty line: USD 3.00 a day at 2021 purchasing-power parities. */
export const INTERNATIONAL_POVERTY_LINE = { usdPerDay: 3.0, pppYear: 2021 } as const;

/**
 * The World Bank's poverty lines at 2021 PPP and the WDI headcount of each (SI.POV.*): the
 * international line and the lines typical of lower- and upper-middle-income countries. The national
 * line has a headcount (SI.POV.NAHC) but no amount in local currency in the public data.
 */
export const WORLD_BANK_LINES = [
  { id: 'international-3.00', usdPerDay: 3.0, indicator: 'SI.POV.DDAY' },
  { id: 'international-4.20', usdPerDay: 4.2, indicator: 'SI.POV.LMIC' },
  { id: 'international-8.30', usdPerDay: 8.3, indicator: 'SI.POV.UMIC' },
] as const;
export const NATIONAL_LINE_INDICATOR = 'SI.POV.NAHC';

/** US dollar inflation after the last IMF year, fraction a year: about the Federal Reserve's target. */
export const USD_INFLATION = 0.02;

/** Wages as shares of GDP per capita (per month: GDP per capita / 12). */
export const WAGE_SHARES_OF_GDP_PER_CAPITA = { minimumWage: 0.5, averageWage: 1.1 } as const;

/** Fathers are taken to be this many years older than mothers (orphanhood). */
export const FATHER_AGE_GAP = 5;

/**
 * Contributory pension coverage of persons 65+ by the World Bank's income group (the engine's
 * `incomeGroupOf`, on GDP per capita in US dollars with the thresholds of the base year; methodology
 * 12.2). Round values chosen for this tool, not data: replace them with SDG 1.3.1 figures for the
 * country.
 */
export const PENSION_COVERAGE_BY_INCOME: Readonly<Record<IncomeGroup, number>> = {
  low: 0.05,
  lowerMiddle: 0.15,
  upperMiddle: 0.35,
  high: 0.7,
};

/** The income group in the words of a source note. */
export const INCOME_GROUP_WORDS: Readonly<Record<IncomeGroup, string>> = {
  low: 'low income',
  lowerMiddle: 'lower-middle income',
  upperMiddle: 'upper-middle income',
  high: 'high income',
};

/** The rate of `bands` at one age (0 outside every band). */
export function bandRate(bands: readonly Band[], age: number): number {
  for (const [from, to, rate] of bands) if (age >= from && age <= to) return rate;
  return 0;
}

/**
 * Unemployment by sex and age from one total rate (a share of the labour force, as the IMF's LUR):
 * youth 15-24 at `YOUTH_TO_ADULT_UNEMPLOYMENT` times the rate at 25-64, scaled so that the
 * labour-force-weighted average over 15-64 equals `total`. The engine counts unemployment as a share
 * of the whole age group (methodology section 2), so each band's rate is multiplied by the
 * participation of its band and sex.
 */
export function unemploymentBands(
  total: number,
  population: { female: readonly number[]; male: readonly number[] },
): { youth: number; adult: number; female: Band[]; male: Band[] } {
  let youthForce = 0;
  let adultForce = 0;
  for (const sex of ['female', 'male'] as const) {
    const lfp = LABOUR_FORCE_PARTICIPATION[sex];
    for (let a = 15; a <= 64; a++) {
      const force = population[sex][a]! * bandRate(lfp, a);
      if (a <= 24) youthForce += force;
      else adultForce += force;
    }
  }
  const k = YOUTH_TO_ADULT_UNEMPLOYMENT;
  const adult = (total * (youthForce + adultForce)) / (k * youthForce + adultForce);
  const youth = Math.min(1, k * adult);
  const bands = (sex: 'female' | 'male'): Band[] =>
    LABOUR_FORCE_PARTICIPATION[sex]
      .filter(([from]) => from < 65)
      .map(([from, to, p]) => [from, to, round((from < 25 ? youth : adult) * p, 5)]);
  return { youth, adult, female: bands('female'), male: bands('male') };
}

/** Rounds to `digits` decimals (for rates written to the file). */
export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
