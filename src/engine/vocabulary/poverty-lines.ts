/**
 * The poverty lines a country can carry. The international lines are the World Bank's at 2021
 * purchasing-power parities (USD 3.00, 4.20 and 8.30 a day per person); "national" is the
 * country's own line, whose headcount the World Bank publishes (SI.POV.NAHC) but whose amount in
 * local currency it does not.
 */
export const POVERTY_LINE_IDS = [
  'international-3.00',
  'international-4.20',
  'international-8.30',
  'national',
] as const;
export type PovertyLineId = (typeof POVERTY_LINE_IDS)[number];
