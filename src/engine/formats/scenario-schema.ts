import { z } from 'zod';
import { codedZodMessage } from './zod-messages';
import { demographyVariantSchema } from './demography-schema';
import { uncertaintySchema } from './uncertainty-schema';
import { pensionSchema } from './pension-schema';
import { crisisMeasureSchema, fiscalSchema } from './crisis-schema';
import { coverageSchema } from './coverage-schema';
import { aboveMax, LIMITS, listUnionError, RANGES, tooMany } from './limits';
import {
  BENEFIT_KINDS,
  FINANCING_OPTIONS,
  POVERTY_LINE_IDS,
  PREVALENCES,
  SPENDING_FUNCTIONS,
} from '../vocabulary';

export const SCENARIO_FORMAT = 'spf.scenario/1';

export const BASES = [
  'povertyLine',
  'gdpPerCapita',
  'minimumWage',
  'averageWage',
  'fixed',
] as const;
export type Basis = (typeof BASES)[number];

export const INDEXATIONS = ['basis', 'prices', 'wages', 'none'] as const;
export type Indexation = (typeof INDEXATIONS)[number];

const year = z.number().int().min(1900).max(2300);
const age = z.number().int().min(0).max(100);
const fraction = z.number().min(0).max(1);
const nonNegative = z.number().min(0);

const benefitSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,40}$/, { error: codedZodMessage('scenario.idForm') })
    .describe('Unique within the scenario; names the benefit in results'),
  kind: z.enum(BENEFIT_KINDS),
  label: z.string().optional(),
  description: z.string().optional(),
  enabled: z
    .boolean()
    .optional()
    .describe('false leaves the benefit out of the costing (default true)'),
  ages: z.tuple([age, age]).optional().describe('[fromAge, toAge], inclusive; default by kind'),
  sex: z.enum(['all', 'female', 'male']).optional(),
  eligibility: z
    .strictObject({
      targeting: z
        .union([z.null(), z.literal('poverty'), fraction], {
          error:
            'must be null (universal), "poverty" (the poverty headcount) or a share from 0 to 1',
        })
        .optional(),
      exclusionError: fraction.optional(),
      pensionTested: z.boolean().optional(),
      prevalence: z
        .enum(PREVALENCES)
        .nullable()
        .optional()
        .describe("null uses the kind's own prevalence"),
      share: nonNegative
        .max(RANGES.factor, aboveMax(RANGES.factor))
        .optional()
        .describe('Any extra constant factor'),
    })
    .optional(),
  benefit: z.strictObject({
    basis: z.enum(BASES),
    share: nonNegative
      .max(RANGES.benefitShare, aboveMax(RANGES.benefitShare))
      .optional()
      .describe('Share of the basis (default 1)'),
    amount: nonNegative
      .max(RANGES.amount, aboveMax(RANGES.amount))
      .optional()
      .describe('For basis "fixed": LCU per month at base-year prices'),
    months: z
      .number()
      .gt(0)
      .max(14)
      .optional()
      .describe('Months paid per year (default 12; 4 for maternity)'),
    indexation: z.enum(INDEXATIONS).optional().describe('Default "basis"'),
    nonWageCostRate: nonNegative
      .max(RANGES.factor, aboveMax(RANGES.factor))
      .optional()
      .describe(
        'Employment guarantees: materials and other non-wage costs as a share of the wage bill',
      ),
  }),
  coverage: coverageSchema
    .optional()
    .describe('Take-up and phase-in (default: everyone eligible from the first year)'),
  adminRate: fraction
    .optional()
    .describe('Administrative cost, share of benefit expenditure (default 0)'),
  formula: z
    .strictObject({
      eligible: z
        .string()
        .max(2000)
        .optional()
        .describe('mathjs expression: eligible persons in the year'),
      perBeneficiary: z
        .string()
        .max(2000)
        .optional()
        .describe('mathjs expression: LCU per beneficiary per year'),
    })
    .optional(),
  function: z
    .enum(SPENDING_FUNCTIONS)
    .optional()
    .describe('Function for the gap against current spending (custom benefits)'),
});

const financingSchema = z.strictObject({
  option: z.enum(FINANCING_OPTIONS),
  label: z.string().optional(),
  startYear: year,
  start: fraction.optional().describe('Share of GDP in startYear (default 0)'),
  fullYear: year,
  full: fraction.describe('Share of GDP from fullYear on'),
});

const assumptionValue = z
  .union(
    [z.number(), z.array(z.number()).min(1).max(LIMITS.yearlyValues, tooMany(LIMITS.yearlyValues))],
    {
      error: listUnionError(LIMITS.yearlyValues, () => codedZodMessage('scenario.assumptionForm')),
    },
  )
  .describe(
    'A constant for every year after the base year, or one value per year from baseYear+1 (the last held)',
  );

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(SCENARIO_FORMAT),
    name: z.string().min(1),
    description: z.string().optional(),
    notes: z.string().optional(),
    tags: z
      .array(z.string().max(LIMITS.tagLength))
      .max(LIMITS.tags, tooMany(LIMITS.tags))
      .optional(),
    country: z
      .union([z.string().min(1), z.record(z.string(), z.unknown())], {
        error: codedZodMessage('scenario.countryForm'),
      })
      .describe('A code of a country the app knows, or a whole country object'),
    years: z
      .tuple([year, year], { error: codedZodMessage('scenario.yearsForm') })
      .describe('[firstYear, lastYear], inclusive'),
    assumptions: z
      .strictObject({
        realGrowth: assumptionValue.optional(),
        inflation: assumptionValue.optional(),
        revenuePctGdp: assumptionValue.optional(),
        expenditurePctGdp: assumptionValue.optional(),
        fxPerUsd: assumptionValue.optional(),
        povertyLine: z
          .enum(POVERTY_LINE_IDS)
          .optional()
          .describe(
            'Which poverty line of the country targeted benefits and the poverty-line basis use (its amount and its headcount); default: the first line the country lists',
          ),
      })
      .optional()
      .describe("Overrides of the country's macro paths for this scenario only"),
    benefits: z.array(benefitSchema).max(LIMITS.benefits, tooMany(LIMITS.benefits)),
    financing: z
      .array(financingSchema)
      .max(LIMITS.financingOptions, tooMany(LIMITS.financingOptions))
      .optional(),
    fiscal: fiscalSchema
      .optional()
      .describe('Debt path and current spending for the fiscal-space analysis'),
    crisis: z
      .array(crisisMeasureSchema)
      .max(LIMITS.crisisMeasures, tooMany(LIMITS.crisisMeasures))
      .optional()
      .describe('Temporary crisis measures, costed by month'),
    demography: demographyVariantSchema.optional(),
    pension: pensionSchema.optional(),
    uncertainty: uncertaintySchema.optional(),
  })
  .meta({ title: 'SPF Costing Studio scenario file (spf.scenario/1)' });

export type ScenarioFile = z.output<typeof scenarioSchema>;
export type BenefitFile = ScenarioFile['benefits'][number];
export type FinancingFile = NonNullable<ScenarioFile['financing']>[number];
export type AssumptionValue = z.output<typeof assumptionValue>;
