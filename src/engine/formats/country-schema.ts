import { z } from 'zod';
import { checkRateSpec, type RateSpec } from './rate-spec';
import { countryDemographySchema } from './demography-schema';
import type { Issue } from './issues';
import { POVERTY_LINE_IDS } from '../vocabulary';
import { aboveMax, LIMITS, RANGES, tooMany } from './limits';
import { codedZodMessage, zodMessageOf } from './zod-messages';
import type { RateName, SpendingFunctionName } from '../vocabulary';

export const COUNTRY_FORMAT = 'spf.country/1';

const year = z.number().int().min(1900).max(2300);
const nonNegative = z.number().min(0);
const positive = z.number().gt(0);
const persons = nonNegative.max(RANGES.persons, aboveMax(RANGES.persons));
const amount = positive.max(RANGES.amount, aboveMax(RANGES.amount));
/** One value per year: at most one per year from 1900 to 2300. */
const yearly = <T extends z.ZodType>(item: T) =>
  z.array(item).max(LIMITS.yearlyValues, tooMany(LIMITS.yearlyValues));
const share = z.number().min(0).max(1);
/**
 * Government revenue or expenditure, fraction of GDP: at most 2 (200%), not 1. Both can exceed GDP
 * where a government lives on income from abroad that GDP leaves out (Kiribati's fishing licence
 * fees and sovereign-fund returns, which enter GNI, and grants: expenditure 107% of GDP in 2025 in
 * the IMF WEO); the highest since 2000 in the WEO is 164%. A percentage written as a number (25 for
 * 25%) is still refused.
 */
export const MAX_RATIO_TO_GDP = 2;
const ratioToGdp = z.number().min(0).max(MAX_RATIO_TO_GDP);
const growth = z.number().gt(-1).max(10);

/** A rate by age: checked by hand so that errors point at the band or age that is wrong. */
export const rateSpecSchema = z
  .unknown()
  .check((ctx) => {
    const issues: Issue[] = [];
    checkRateSpec(ctx.value, '', issues);
    for (const issue of issues) {
      // Paths from checkRateSpec are relative, like "[2][0]" or "female[1]".
      const path = issue.path
        .split(/\.|(?=\[)/)
        .filter((p) => p !== '')
        .map((p) => (p.startsWith('[') ? Number(p.slice(1, -1)) : p));
      ctx.issues.push({ code: 'custom', message: zodMessageOf(issue), input: ctx.value, path });
    }
  })
  .transform((v) => v as RateSpec)
  .meta({ id: 'rateByAge' });

const populationRow = z
  .array(persons.meta({ description: 'persons' }), {
    error: (iss) => (iss.input === undefined ? 'is required' : 'must be a list of 101 numbers'),
  })
  .length(101, {
    error: (iss) =>
      `must have 101 numbers (ages 0 to 99 and 100+), found ${Array.isArray(iss.input) ? iss.input.length : 0}`,
  });

const sourceSchema = z.strictObject({
  field: z
    .string()
    .min(1)
    .describe('The input this source is for, e.g. "population", "macro.gdp", "rates.poverty"'),
  source: z.string().min(1).describe('Who published the data'),
  edition: z.string().optional().describe('Edition or version, e.g. "WPP 2024, medium variant"'),
  url: z.string().optional(),
  note: z.string().optional().describe('How the data were derived from the source'),
  assumption: z
    .boolean()
    .optional()
    .describe('True when the value is a documented default rather than data'),
  userChanged: z.boolean().optional().describe('True once a user has edited the value'),
});

const povertyLineSchema = z
  .strictObject({
    id: z
      .enum(POVERTY_LINE_IDS)
      .describe(
        'Which line: "international-3.00", "international-4.20", "international-8.30" (USD a day at 2021 PPP) or "national"',
      ),
    amount: amount
      .optional()
      .describe('The line, LCU per person per year at base-year prices (unknown: leave out)'),
    headcount: rateSpecSchema
      .optional()
      .describe('Share of persons below this line, by age (unknown: leave out)'),
  })
  .describe('One poverty line with its amount and its headcount');

/** Long-run assumptions: the paths after the last year of `macro` (methodology section 1.1). */
const longRunSchema = z
  .strictObject({
    realGrowth: growth.optional().describe('Real GDP growth after the last macro year, fraction'),
    inflation: growth.optional().describe('Consumer price inflation after the last macro year'),
    revenuePctGdp: ratioToGdp
      .optional()
      .describe('Revenue after the last macro year, fraction of GDP'),
    expenditurePctGdp: ratioToGdp
      .optional()
      .describe('Expenditure after the last macro year, fraction of GDP'),
    usdInflation: growth
      .optional()
      .describe(
        'US dollar inflation for the exchange rate after the last macro year (purchasing-power parity), fraction per year; default 0.02',
      ),
  })
  .describe(
    'Long-run assumptions after the last macro year; a path left out holds its last value (the exchange rate moves with relative inflation)',
  );

export const countrySchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(COUNTRY_FORMAT),
    code: z
      .string()
      .regex(/^[A-Za-z0-9_-]{2,16}$/, {
        error: codedZodMessage('country.codeForm'),
      })
      .describe('Country code, ISO 3166-1 alpha-3 where there is one'),
    name: z.string().min(1),
    currency: z.string().min(1).describe('Local currency unit (LCU) label'),
    baseYear: year.describe(
      "Year y0: money inputs are in this year's prices; indices are 1 in this year",
    ),
    fictional: z.boolean().optional(),
    description: z.string().optional(),
    notes: z.string().optional(),
    population: z
      .strictObject({
        years: yearly(year).min(1).describe('Consecutive calendar years'),
        female: yearly(populationRow).describe(
          'One row per year: persons at ages 0..99 and 100+ (mid-year)',
        ),
        male: yearly(populationRow),
      })
      .describe('Population by single age and sex, in persons (never thousands)'),
    births: z
      .strictObject({
        years: yearly(year).min(1),
        values: yearly(persons).describe('Live births per year'),
      })
      .optional(),
    macro: z
      .strictObject({
        years: yearly(year)
          .min(1)
          .describe('Consecutive calendar years; must include the base year'),
        gdp: yearly(positive.max(RANGES.gdp, aboveMax(RANGES.gdp))).describe(
          'Nominal GDP, LCU per year',
        ),
        realGrowth: yearly(growth).describe('Real GDP growth, fraction per year'),
        inflation: yearly(growth).describe('Consumer price inflation, annual average, fraction'),
        revenuePctGdp: yearly(ratioToGdp).describe(
          'General government revenue, fraction of GDP (at most 2)',
        ),
        expenditurePctGdp: yearly(ratioToGdp).describe(
          'General government expenditure, fraction of GDP (at most 2)',
        ),
        fxPerUsd: yearly(positive.max(RANGES.fxPerUsd, aboveMax(RANGES.fxPerUsd))).describe(
          'Exchange rate, LCU per USD',
        ),
        debtPctGdp: yearly(nonNegative.max(RANGES.factor, aboveMax(RANGES.factor)))
          .optional()
          .describe('Gross government debt, fraction of GDP'),
        povertyLine: yearly(amount)
          .optional()
          .describe('Own series of the poverty line, LCU per person per year'),
        minimumWage: yearly(amount)
          .optional()
          .describe('Own series of the minimum wage, LCU per month'),
        averageWage: yearly(amount)
          .optional()
          .describe('Own series of the average wage, LCU per month'),
      })
      .describe(
        'Macroeconomic and government finance paths; extended past the last year by the rules of methodology section 1',
      ),
    povertyLine: amount
      .optional()
      .describe(
        'Earlier layout: the national poverty line, LCU per person per year, base-year prices (read as the line "national" with rates.poverty); use povertyLines instead',
      ),
    povertyLines: z
      .array(povertyLineSchema)
      .min(1)
      .optional()
      .describe(
        'Poverty lines, each with its amount and headcount; a scenario chooses one (its povertyLine), by default the first',
      ),
    minimumWage: amount.optional().describe('Minimum wage, LCU per month, base year'),
    averageWage: amount.optional().describe('Average wage, LCU per month, base year'),
    rates: z
      .strictObject({
        disability: rateSpecSchema.optional().describe('Severe disability prevalence by age'),
        orphanhood: rateSpecSchema
          .optional()
          .describe('Share of children who have lost a parent, ages 0..17'),
        poverty: rateSpecSchema
          .optional()
          .describe(
            'Earlier layout: poverty headcount under the national line (read with povertyLine as the line "national"); use povertyLines instead',
          ),
        pensionCoverage: rateSpecSchema
          .optional()
          .describe('Share already receiving a contributory pension'),
        laborForceParticipation: rateSpecSchema.optional(),
        unemployment: rateSpecSchema.optional().describe('Unemployment rate by age'),
        healthCoverage: rateSpecSchema
          .optional()
          .describe('Share already covered for essential health care'),
      })
      .optional(),
    spendingPctGdp: z
      .strictObject({
        children: share.optional(),
        maternity: share.optional(),
        disability: share.optional(),
        oldAge: share.optional(),
        unemployment: share.optional(),
        health: share.optional(),
      })
      .optional()
      .describe(
        'Current public spending by function, fraction of GDP: the baseline of the gap against current spending',
      ),
    longRun: longRunSchema.optional(),
    sources: z.array(sourceSchema).max(LIMITS.sources, tooMany(LIMITS.sources)).optional(),
    demography: countryDemographySchema.optional(),
  })
  .meta({ title: 'SPF Costing Studio country file (spf.country/1)' });

/** A country file after structural checks. */
export type CountryData = z.output<typeof countrySchema>;
export type CountryRates = NonNullable<CountryData['rates']>;
export type SpendingFunction = keyof NonNullable<CountryData['spendingPctGdp']>;

/**
 * The schema spells out its rate and spending keys for its JSON Schema descriptions; these types fail
 * to compile if they ever differ from the vocabulary's lists (src/engine/vocabulary).
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Expect<T extends true> = T;
export type RateKeysAreRateNames = Expect<Same<keyof CountryRates, RateName>>;
export type SpendingKeysAreFunctions = Expect<Same<SpendingFunction, SpendingFunctionName>>;
export type CountrySource = z.output<typeof sourceSchema>;
export type CountryPovertyLine = z.output<typeof povertyLineSchema>;
export type CountryLongRun = z.output<typeof longRunSchema>;
