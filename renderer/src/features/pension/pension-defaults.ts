import type { PensionFile } from '#engine';

/**
 * Where "Add a pension scheme" starts (the page lists these values): a simple defined-benefit
 * scheme of the kind assessed in ILO actuarial valuations, to be replaced by the country's own.
 * - contributions 8% of insurable earnings (for instance 4% from the worker, 4% from the employer);
 * - pension at 60 for women and men, service counted from 20;
 * - 1.5% of the career-average wage per year of service: 30 years give 45%, above the 40% that
 *   ILO Convention 102 asks for after 30 years;
 * - a minimum pension of 80% of the poverty line; pensions in payment follow prices;
 * - insurable earnings at the average wage; 30% of the employed insured, contributing 80% of the
 *   year (density);
 * - no reserve at the start, 6% a year nominal return;
 * - administration 3% of contributions and 1% of benefits;
 * - general average premiums over 10 and 25 years and the whole projection, keeping one year of
 *   expenditure in reserve.
 */
export function defaultPension(years: [number, number]): PensionFile {
  const [first, last] = years;
  const toYears = [...new Set([first + 9, first + 24, last].filter((y) => y <= last))];
  return {
    label: 'National pension scheme',
    contributionRate: 0.08,
    pensionAge: { female: 60, male: 60 },
    entryAge: 20,
    accrualRate: 0.015,
    referenceWage: 'career',
    minimumPension: { basis: 'povertyLine', share: 0.8 },
    indexation: 'prices',
    earnings: { basis: 'averageWage', share: 1 },
    coverage: 0.3,
    density: 0.8,
    initial: { reserve: 0 },
    interestRate: 0.06,
    administration: { shareOfContributions: 0.03, shareOfBenefits: 0.01 },
    premium: { toYears, targetReserveRatio: 1 },
  };
}
