import type { Issue } from '../formats/issues';
import type { GeneralAveragePremium } from './premium';

/**
 * The result of `spf pension` and `runPension` (formats.md, "Pension results"): plain, serialisable
 * data. Every array is aligned with `years`; money is LCU, nominal, per year; rates are fractions.
 */
export interface PensionResult {
  format: 'spf.pension-result/1';
  scenario: string;
  scheme: string;
  country: string;
  countryName: string;
  currency: string;
  baseYear: number;
  years: number[];
  /** True when the population was projected with the scenario's demographic variant. */
  projectedPopulation: boolean;
  /** The scheme's parameters as used, by year where they change. */
  parameters: {
    contributionRate: number[];
    interestRate: number[];
    /** Rise of pensions in payment over the year before (0 in the first year). */
    indexation: number[];
    /** LCU a year (0: none). */
    minimumPension: number[];
    pensionAge: SexPair;
    entryAge: number;
    accrualRate: number;
    referenceWage: 'career' | 'final';
    /** Reference wage of the year's new pensions, LCU a year. */
    referenceWageBySex: { female: number[]; male: number[] };
    /** Years of service credited at the award (accrued-service model). */
    serviceAtAward: SexPair;
    /** Pension of those in payment at the start, LCU a year, first year. */
    initialPension: SexPair;
    initialReserve: number;
    administration: { shareOfContributions: number; shareOfBenefits: number };
    /** The factor applied to coverage so that the first year has `initial.insured` (1 when not given). */
    coverageCalibration: number;
  };
  /** Persons. */
  population: {
    total: number[];
    insured: number[];
    insuredFemale: number[];
    insuredMale: number[];
    /** Full-year contributors: insured x density of contributions. */
    contributors: number[];
    pensioners: number[];
    pensionersFemale: number[];
    pensionersMale: number[];
    newPensioners: number[];
  };
  finances: {
    /** The contribution base: insured x insurable earnings x density. */
    insurableEarnings: number[];
    contributions: number[];
    benefits: number[];
    /** Pensions awarded in the year (part of benefits). */
    newBenefits: number[];
    administration: number[];
    /** Benefits + administration. */
    expenditure: number[];
    /** Return on the reserve at the start of the year. */
    interest: number[];
    /** Contributions - expenditure (before interest). */
    balance: number[];
    /** Reserve at the end of the year. */
    reserve: number[];
  };
  indicators: {
    /** (Benefits + administration) / insurable earnings. */
    paygCostRate: number[];
    /** Reserve at the end of the year / expenditure of the year. */
    reserveRatio: number[];
    /** Average new pension / average insurable earnings. */
    replacementRate: number[];
    /** Average pension in payment / average insurable earnings. */
    benefitRatio: number[];
    /** Pensioners / contributors. */
    dependencyRatio: number[];
    /** Insurable earnings / contributors: a contributor's earnings for a full year, LCU. */
    averageInsurableEarnings: number[];
    averagePension: number[];
    averageNewPension: number[];
    expenditurePctGdp: number[];
    contributionsPctGdp: number[];
    reservePctGdp: number[];
  };
  /** From the first year to each `premium.toYears`. */
  generalAveragePremiums: GeneralAveragePremium[];
  /** First year with a reserve below 0 at its end; null when it lasts the whole projection. */
  reserveDepletionYear: number | null;
  /** Insured persons and pensioners by single age 0..100 in the first and last year. */
  byAge: {
    year: number;
    insured: { female: number[]; male: number[] };
    pensioners: { female: number[]; male: number[] };
  }[];
  /** Warnings in English, each as `path: message`. */
  warnings: string[];
  /** The same warnings, in the same order, as coded issues to render in the user's language. */
  warningIssues: Issue[];
}

export interface SexPair {
  female: number;
  male: number;
}
