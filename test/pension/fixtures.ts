/**
 * Inputs for the pension and demography tests and the benchmark: the training country with the
 * demographic rates it was generated with (models/training-country/generate.ts), in the form of the
 * country file's `demography` block, and a pension scheme in file form.
 */
import { trainingCountry } from '../../src/node/bundled-models';
import type { CountryData, CountryDemography } from '#engine';
import {
  demographyOf,
  migrationProfile,
  PARAMETERS,
  tfrPath,
} from '../../models/training-country/generate';

/** Tamboria's rates as a `demography` block: yearly single-age rates 2025-2060, held after. */
export function trainingDemography(): CountryDemography {
  const years = Array.from(
    { length: PARAMETERS.lastYear - PARAMETERS.baseYear + 1 },
    (_, i) => PARAMETERS.baseYear + i,
  );
  const d = years.map((t) => demographyOf(t));
  const first = d[0]!;
  const female = migrationProfile('female');
  const male = migrationProfile('male');
  return {
    mx: {
      years,
      female: d.map((y) => Array.from(y.lifeTables.female.mx)),
      male: d.map((y) => Array.from(y.lifeTables.male.mx)),
    },
    tfr: { years, values: years.map(tfrPath) },
    asfrPattern: Array.from(first.asfr.subarray(15, 50), (v) => v / first.tfr),
    sexRatioAtBirth: PARAMETERS.sexRatioAtBirth,
    netMigration: { years: [PARAMETERS.baseYear], values: [PARAMETERS.netMigration] },
    migrationProfile: { female: Array.from(female), male: Array.from(male) },
  };
}

let withRates: CountryData | undefined;

/** The training country with its `demography` block (built once). */
export function trainingCountryWithRates(): CountryData {
  withRates ??= { ...trainingCountry(), demography: trainingDemography() };
  return withRates;
}

/** A national pension scheme in file form for Tamboria; fields can be replaced. */
export function pensionBlock(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    label: 'Tamboria National Pension Scheme',
    contributionRate: 0.08,
    pensionAge: { female: 60, male: 62 },
    entryAge: 20,
    accrualRate: 0.015,
    referenceWage: 'career',
    minimumPension: { basis: 'povertyLine', share: 0.8 },
    indexation: 'prices',
    earnings: { basis: 'averageWage', share: 1.2 },
    coverage: { female: [[15, 100, 0.25]], male: [[15, 100, 0.35]] },
    density: 0.75,
    initial: { reserve: 4e11 },
    interestRate: 0.06,
    administration: { shareOfContributions: 0.03, shareOfBenefits: 0.01 },
    premium: { toYears: [2034, 2044, 2074], targetReserveRatio: 1 },
    ...overrides,
  };
}
