import { codedZodMessage } from './zod-messages';

/**
 * The limits on every list and every number of the file formats (docs/formats.md, "Limits"). Lists are
 * capped so that one request cannot hold the engine for minutes (3,000 custom benefits took 42 s and
 * 1.5 GB); numbers are capped so that every product the costing forms stays finite in 64-bit floats.
 */
export const LIMITS = {
  /** Benefits in a scenario: the largest real package has about 15. */
  benefits: 100,
  /** Crisis measures in a scenario. */
  crisisMeasures: 50,
  /** Financing options in a scenario (8 kinds, each may appear a few times with different ramps). */
  financingOptions: 40,
  /** Tags on a scenario, and characters in one tag. */
  tags: 50,
  tagLength: 100,
  /** Years a scenario spans, first to last inclusive. */
  yearsSpan: 101,
  /** Entries of any yearly list (years 1900..2300 inclusive). */
  yearlyValues: 401,
  /** Years of a benefit's year-by-year coverage (`coverage.byYear`): as many as a scenario spans. */
  coverageYears: 101,
  /** [fromAge, toAge, rate] bands of a rate by age: at most one per single age. */
  ageBands: 101,
  /** Source entries of a country. */
  sources: 500,
} as const;

/** The range of every kind of number the formats take (inclusive). */
export const RANGES = {
  /** Persons in one age-sex-year cell, births in a year, recipients of a measure. */
  persons: 1e10,
  /** LCU amounts: a fixed benefit a month, a top-up, a wage, a poverty line, a reserve. */
  amount: 1e15,
  /** Nominal GDP, LCU a year (some currencies count GDP in quadrillions). */
  gdp: 1e18,
  /** LCU per USD. */
  fxPerUsd: 1e12,
  /** A benefit as a share of its basis: absurd far below this, but left to the plausibility warnings. */
  benefitShare: 1e12,
  /** Extra factors (eligibility share, non-wage cost rate, debt ratio). */
  factor: 1e3,
} as const;

/** A zod error option whose message carries the code and parameters of a `limits.tooMany` issue. */
export function tooMany(limit: number): { error: (iss: { input?: unknown }) => string } {
  return {
    error: (iss) => {
      const found = Array.isArray(iss.input) ? iss.input.length : 0;
      return codedZodMessage('limits.tooMany', { limit, found });
    },
  };
}

/** A zod error option for a number above its documented maximum (`limits.aboveMax`). */
export function aboveMax(max: number): { error: (iss: { input?: unknown }) => string } {
  return {
    error: (iss) => {
      const found = typeof iss.input === 'number' ? iss.input : String(iss.input);
      return codedZodMessage('limits.aboveMax', { max, found });
    },
  };
}

/**
 * The error of a union that takes a list: zod reports only the union's own message when every option
 * fails, so a list over its limit would be described as the wrong form. Name the limit instead.
 */
export function listUnionError(
  limit: number,
  otherwise: (iss: { input?: unknown }) => string,
): (iss: { input?: unknown }) => string {
  return (iss) =>
    Array.isArray(iss.input) && iss.input.length > limit
      ? tooMany(limit).error(iss)
      : otherwise(iss);
}
