/**
 * The training country's demographic rates in the other forms the spreadsheet carries: death rates
 * by age group 0, 1-4, 5-9, ..., 95-99, 100+ (as WPP gives them) and a fertility pattern by
 * five-year group, without migration.
 */
import { trainingCountry } from '../../../src/node/bundled-models';
import type { CountryDemography } from '#engine';

export const GROUP_STARTS = [0, 1, ...Array.from({ length: 20 }, (_, i) => 5 * (i + 1))];

export function groupedDemography(): CountryDemography {
  const d = trainingCountry().demography!;
  const groups = (rows: number[][]) => rows.map((row) => GROUP_STARTS.map((a) => row[a]!));
  return {
    mx: {
      years: [...d.mx.years],
      ageStarts: [...GROUP_STARTS],
      female: groups(d.mx.female),
      male: groups(d.mx.male),
    },
    tfr: { years: [...d.tfr.years], values: [...d.tfr.values] },
    asfrPattern: Array.from({ length: 7 }, (_, g) =>
      d.asfrPattern.slice(5 * g, 5 * g + 5).reduce((s, v) => s + v, 0),
    ),
    sexRatioAtBirth: 1.05,
  };
}
