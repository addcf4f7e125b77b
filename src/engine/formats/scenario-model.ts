import type { AssumptionPath } from './assumption-path';
import type { PovertyLineId } from '../vocabulary';
import type { CountryData } from './country-schema';
import type { DemographyVariant } from './demography-schema';
import type { PensionSpec } from './pension-schema';
import type { UncertaintySettings } from './uncertainty-schema';
import type { Basis, Indexation } from './scenario-schema';
import type { BenefitKind, FinancingOption, Prevalence, SpendingFunctionName } from '../vocabulary';

/** A linear ramp: 0 before startYear, `start` in startYear, linear to `full` in fullYear, `full` after. */
export interface Ramp {
  startYear: number;
  start: number;
  fullYear: number;
  full: number;
}

/** One year-by-year take-up rate: from `year` on (linear to the next point) the rate is `rate`. */
export interface CoveragePoint {
  year: number;
  rate: number;
}

/**
 * A benefit's coverage (take-up and phase-in): the linear ramp, or year-by-year rates as RAP experts
 * write them. With `byYear` the points decide (linear between them, 0 before the first, the last
 * held) and the ramp fields summarise them: startYear/start the first point, fullYear/full the last,
 * so whatever reads "the year coverage is complete" keeps working.
 */
export interface Coverage extends Ramp {
  /** Ascending by year, at least one point; absent for the linear phase-in. */
  byYear?: CoveragePoint[];
}

export type Targeting = null | 'poverty' | number;
export type Sex = 'all' | 'female' | 'male';

/** One benefit of a package with every default filled in. */
export interface BenefitSpec {
  id: string;
  kind: BenefitKind;
  label: string;
  enabled: boolean;
  ages: [number, number];
  sex: Sex;
  eligibility: {
    targeting: Targeting;
    exclusionError: number;
    pensionTested: boolean;
    prevalence: Prevalence | null;
    share: number;
  };
  benefit: {
    basis: Basis;
    share: number;
    /** LCU per month at base-year prices, for basis "fixed"; 0 otherwise. */
    amount: number;
    months: number;
    indexation: Indexation;
    nonWageCostRate: number;
  };
  coverage: Coverage;
  adminRate: number;
  formula: { eligible?: string; perBeneficiary?: string } | null;
  /** Function for the gap against current spending; null leaves the benefit out of that comparison. */
  function: SpendingFunctionName | null;
}

export interface FinancingSpec extends Ramp {
  option: FinancingOption;
  label: string;
}

export type { AssumptionPath };

export interface Assumptions {
  realGrowth?: AssumptionPath;
  inflation?: AssumptionPath;
  revenuePctGdp?: AssumptionPath;
  expenditurePctGdp?: AssumptionPath;
  fxPerUsd?: AssumptionPath;
  /**
   * Which of the country's poverty lines targeted benefits and the poverty-line basis use (amount and
   * headcount of the same line); by default the first line the country lists.
   */
  povertyLine?: PovertyLineId;
}

/** A temporary crisis measure with its defaults filled in (methodology section 4). */
export type CrisisMeasure =
  | {
      id: string;
      kind: 'topUp';
      label: string;
      benefit: string;
      /** Share of the benefit's monthly amount, or null when a fixed amount is given. */
      share: number | null;
      amountPerMonth: number | null;
      startYear: number;
      startMonth: number;
      months: number;
      adminRate: number;
    }
  | {
      id: string;
      kind: 'transfer' | 'extension';
      label: string;
      recipients: number;
      unit: 'households' | 'persons';
      amountPerMonth: number;
      startYear: number;
      startMonth: number;
      months: number;
      adminRate: number;
    };

/** Settings of the fiscal-space analysis. */
export interface FiscalSettings {
  /** Nominal interest on new borrowing, fraction per year. */
  interestRate: number;
  debtCeilingPctGdp: number;
  /** Current spending by function typed in for the scenario (replaces the country's where given). */
  currentSpendingPctGdp: Partial<Record<SpendingFunctionName, number>>;
}

/** A scenario after checks, with defaults filled in. */
export interface Scenario {
  format: 'spf.scenario/1';
  name: string;
  description?: string;
  notes?: string;
  tags?: string[];
  country: string | CountryData;
  years: [number, number];
  assumptions: Assumptions;
  benefits: BenefitSpec[];
  financing: FinancingSpec[];
  fiscal: FiscalSettings;
  crisis: CrisisMeasure[];
  /** A demographic variant: cost on the projected population (methodology 7). */
  demography?: DemographyVariant;
  /** A contributory pension scheme (methodology 6). */
  pension?: PensionSpec;
  /** Ranges for sensitivity and Monte Carlo (methodology 10); absent: the documented defaults. */
  uncertainty?: UncertaintySettings;
}
