import { z } from 'zod';
import { rateSpecSchema } from './country-schema';
import type { RateSpec } from './rate-spec';
import type { AssumptionPath } from './assumption-path';
import { aboveMax, LIMITS, listUnionError, RANGES, tooMany } from './limits';

/** One entry per year: at most one per year from 1900 to 2300. */
const yearly = <T extends z.ZodType>(item: T) =>
  z.array(item).max(LIMITS.yearlyValues, tooMany(LIMITS.yearlyValues));
const factor = z.number().min(0).max(RANGES.factor, aboveMax(RANGES.factor));
const persons = (n: z.ZodNumber) => n.max(RANGES.persons, aboveMax(RANGES.persons));
const amount = z.number().min(0).max(RANGES.amount, aboveMax(RANGES.amount));
import { codedZodMessage } from './zod-messages';

/**
 * A contributory pension scheme in a scenario (`pension` in spf.scenario/1): methodology section 6,
 * formats.md. Amounts are LCU; a monthly amount is per month, in the prices of the year it says.
 */

const year = z.number().int().min(1900).max(2300);
const age = z.number().int().min(0).max(100);

/** A value for every projection year: one number, or a list from the first year (the last held). */
const yearlyPath = (min: number, max: number, what: string, inclusiveMin = true) => {
  const value = inclusiveMin ? z.number().min(min).max(max) : z.number().gt(min).max(max);
  return z
    .union([value, yearly(value).min(1)], {
      error: listUnionError(LIMITS.yearlyValues, (iss) =>
        iss.input === undefined
          ? 'is required'
          : `must be ${what}, or a list of them from the first year (the last held)`,
      ),
    })
    .describe(
      `${what}: one for every year, or one per year from the scenario's first year (the last held)`,
    );
};

/** A non-negative factor by age (relative earnings): like a rate by age, but not capped at 1. */
const factorByAge = z.union(
  [
    factor,
    z.array(factor).length(101),
    z
      .array(z.tuple([age, age, factor]))
      .min(1)
      .max(LIMITS.ageBands, tooMany(LIMITS.ageBands)),
  ],
  {
    error: listUnionError(LIMITS.ageBands, (iss) =>
      iss.input === undefined
        ? 'is required'
        : 'must be a factor, a list of 101 factors (ages 0 to 99 and 100+), or a list of [fromAge, toAge, factor] bands',
    ),
  },
);
const factorSpec = z
  .union([factorByAge, z.strictObject({ female: factorByAge, male: factorByAge })], {
    error: listUnionError(LIMITS.ageBands, (iss) =>
      iss.input === undefined
        ? 'is required'
        : 'must be a factor by age, or {"female": ..., "male": ...}',
    ),
  })
  .describe(
    'A factor by age (1 = the average): one number, 101 numbers, or [fromAge, toAge, factor] bands (ages outside every band: 0); optionally by sex',
  );

const byAgeBySex = z.union(
  [
    z.number().int().min(40).max(80),
    z.strictObject({
      female: z.number().int().min(40).max(80),
      male: z.number().int().min(40).max(80),
    }),
  ],
  {
    error: (iss) =>
      iss.input === undefined
        ? 'is required'
        : 'must be a whole-number age from 40 to 80, or {"female": age, "male": age}',
  },
);

export const MINIMUM_PENSION_BASES = [
  'povertyLine',
  'minimumWage',
  'averageWage',
  'gdpPerCapita',
  'fixed',
] as const;
export const EARNINGS_BASES = ['averageWage', 'minimumWage', 'gdpPerCapita'] as const;
export const PENSION_INDEXATIONS = ['prices', 'wages', 'none'] as const;

export const pensionSchema = z
  .strictObject({
    label: z.string().optional().describe('Name of the scheme, shown in results'),
    contributionRate: yearlyPath(0, 1, 'a share of insurable earnings'),
    pensionAge: byAgeBySex.describe('Age at which the old-age pension starts (by sex)'),
    entryAge: z
      .number()
      .int()
      .min(10)
      .max(40)
      .optional()
      .describe('Age from which service counts in the accrued-service model (default 20)'),
    accrualRate: z
      .number()
      .min(0)
      .max(0.1)
      .describe('Pension per year of service, share of the reference wage (e.g. 0.015)'),
    referenceWage: z
      .enum(['career', 'final'])
      .optional()
      .describe(
        "career: the average insurable earnings over ages entryAge..pensionAge-1 at the award year's wages (default); final: those at pensionAge-1",
      ),
    minimumPension: z
      .strictObject({
        basis: z.enum(MINIMUM_PENSION_BASES),
        share: z.number().min(0).max(10).optional().describe('Share of the basis (default 1)'),
        amount: amount.optional().describe('For basis "fixed": LCU per month at base-year prices'),
      })
      .optional()
      .describe('Floor under every pension, new and in payment'),
    indexation: z
      .union([z.enum(PENSION_INDEXATIONS), z.number().gt(-0.5).lt(1)], {
        error: (iss) =>
          iss.input === undefined
            ? 'is required'
            : 'must be "prices", "wages", "none" or a yearly rate such as 0.02',
      })
      .optional()
      .describe('How pensions in payment move each year (default "prices")'),
    earnings: z
      .strictObject({
        basis: z.enum(EARNINGS_BASES).optional().describe('Default "averageWage"'),
        share: z
          .number()
          .gt(0)
          .max(10)
          .optional()
          .describe('Average insurable earnings as a share of the basis (default 1)'),
        ageProfile: factorSpec
          .optional()
          .describe('Earnings by age (and sex) relative to the average (default 1)'),
      })
      .optional()
      .describe('Insurable earnings of an insured person a year'),
    participation: rateSpecSchema
      .optional()
      .describe("Labour force participation by age and sex (default: the country's)"),
    unemployment: rateSpecSchema
      .optional()
      .describe("Unemployment rate by age and sex (default: the country's, or 0)"),
    coverage: rateSpecSchema.describe('Share of the employed who are insured, by age and sex'),
    coverageTarget: z
      .strictObject({
        year,
        coverage: rateSpecSchema,
      })
      .optional()
      .describe(
        'Coverage moves linearly from the first year to this coverage in this year, then stays',
      ),
    density: rateSpecSchema
      .optional()
      .describe('Density of contributions: share of the year the insured contribute (default 1)'),
    initial: z
      .strictObject({
        insured: persons(z.number().gt(0))
          .optional()
          .describe('Insured persons in the first year: coverage is scaled to give this number'),
        pensioners: persons(z.number().min(0))
          .optional()
          .describe(
            "Old-age pensioners in payment at the start, persons (default: the country's rates.pensionCoverage above the pension age)",
          ),
        averagePension: amount
          .optional()
          .describe(
            "Their average pension, LCU per month in the first year (default: the first year's new pension)",
          ),
        reserve: z
          .number()
          .min(-RANGES.gdp)
          .max(RANGES.gdp, aboveMax(RANGES.gdp))
          .optional()
          .describe('Reserve at the start of the first year, LCU (default 0)'),
      })
      .optional(),
    interestRate: yearlyPath(-1, 1, 'a nominal yearly rate of return on the reserve', false)
      .optional()
      .describe('Default 0'),
    administration: z
      .strictObject({
        shareOfContributions: z.number().min(0).max(1).optional(),
        shareOfBenefits: z.number().min(0).max(1).optional(),
      })
      .optional()
      .describe('Administrative costs as shares of contributions and of benefits (default 0)'),
    premium: z
      .strictObject({
        toYears: yearly(year)
          .min(1)
          .optional()
          .describe(
            'General average premiums from the first year to each of these years (default: the last year)',
          ),
        targetReserveRatio: z
          .number()
          .min(0)
          .max(100)
          .optional()
          .describe(
            "Reserve to hold at the end of each period, in years of that year's expenditure (default 0)",
          ),
      })
      .optional(),
  })
  .check((ctx) => {
    const p = ctx.value;
    const entry = p.entryAge ?? 20;
    const ages =
      typeof p.pensionAge === 'number' ? [p.pensionAge] : [p.pensionAge.female, p.pensionAge.male];
    if (ages.some((a) => a <= entry)) {
      ctx.issues.push({
        code: 'custom',
        message: codedZodMessage('pension.aboveEntryAge', { entryAge: entry }),
        input: p.pensionAge,
        path: ['pensionAge'],
      });
    }
    const m = p.minimumPension;
    if (m?.basis === 'fixed' && m.amount === undefined) {
      ctx.issues.push({
        code: 'custom',
        message: codedZodMessage('scenario.fixedAmountRequired'),
        input: m,
        path: ['minimumPension', 'amount'],
      });
    }
    if (m && m.basis !== 'fixed' && m.amount !== undefined) {
      ctx.issues.push({
        code: 'custom',
        message: codedZodMessage('scenario.amountOnlyFixed', { basis: m.basis }),
        input: m,
        path: ['minimumPension', 'amount'],
      });
    }
  })
  .describe(
    'A contributory old-age pension scheme projected by single age and sex (methodology section 6)',
  );

export type PensionFile = z.output<typeof pensionSchema>;
export type FactorSpec = z.output<typeof factorSpec>;
export type MinimumPensionBasis = (typeof MINIMUM_PENSION_BASES)[number];
export type EarningsBasis = (typeof EARNINGS_BASES)[number];

/** A pension scheme with every default filled in. */
export interface PensionSpec {
  label: string;
  contributionRate: AssumptionPath;
  pensionAge: { female: number; male: number };
  entryAge: number;
  accrualRate: number;
  referenceWage: 'career' | 'final';
  /** null: no minimum pension. */
  minimumPension: { basis: MinimumPensionBasis; share: number; amount: number } | null;
  indexation: (typeof PENSION_INDEXATIONS)[number] | number;
  earnings: { basis: EarningsBasis; share: number; ageProfile: FactorSpec };
  /** null: the country's rate. */
  participation: RateSpec | null;
  unemployment: RateSpec | null;
  coverage: RateSpec;
  coverageTarget: { year: number; coverage: RateSpec } | null;
  density: RateSpec;
  initial: {
    insured: number | null;
    pensioners: number | null;
    /** LCU per month in the first year; null: the first year's new pension. */
    averagePension: number | null;
    reserve: number;
  };
  interestRate: AssumptionPath;
  administration: { shareOfContributions: number; shareOfBenefits: number };
  premium: { toYears: number[] | null; targetReserveRatio: number };
}

const copyPath = (p: number | number[]): AssumptionPath => (typeof p === 'number' ? p : [...p]);

export function normalizePension(p: PensionFile): PensionSpec {
  const age = p.pensionAge;
  const m = p.minimumPension;
  return {
    label: p.label ?? 'Contributory pension scheme',
    contributionRate: copyPath(p.contributionRate),
    pensionAge: typeof age === 'number' ? { female: age, male: age } : { ...age },
    entryAge: p.entryAge ?? 20,
    accrualRate: p.accrualRate,
    referenceWage: p.referenceWage ?? 'career',
    minimumPension: m ? { basis: m.basis, share: m.share ?? 1, amount: m.amount ?? 0 } : null,
    indexation: p.indexation ?? 'prices',
    earnings: {
      basis: p.earnings?.basis ?? 'averageWage',
      share: p.earnings?.share ?? 1,
      ageProfile: p.earnings?.ageProfile ?? 1,
    },
    participation: p.participation ?? null,
    unemployment: p.unemployment ?? null,
    coverage: p.coverage,
    coverageTarget: p.coverageTarget
      ? { year: p.coverageTarget.year, coverage: p.coverageTarget.coverage }
      : null,
    density: p.density ?? 1,
    initial: {
      insured: p.initial?.insured ?? null,
      pensioners: p.initial?.pensioners ?? null,
      averagePension: p.initial?.averagePension ?? null,
      reserve: p.initial?.reserve ?? 0,
    },
    interestRate: p.interestRate !== undefined ? copyPath(p.interestRate) : 0,
    administration: {
      shareOfContributions: p.administration?.shareOfContributions ?? 0,
      shareOfBenefits: p.administration?.shareOfBenefits ?? 0,
    },
    premium: {
      toYears: p.premium?.toYears ? [...p.premium.toYears] : null,
      targetReserveRatio: p.premium?.targetReserveRatio ?? 0,
    },
  };
}
