import { z } from 'zod';
import type { MessageCode, MessageParams } from '../messages';
import type { AssumptionPath } from './assumption-path';
import { aboveMax, LIMITS, listUnionError, RANGES, tooMany } from './limits';

/** One entry per year: at most one per year from 1900 to 2300. */
const yearly = <T extends z.ZodType>(item: T) =>
  z.array(item).max(LIMITS.yearlyValues, tooMany(LIMITS.yearlyValues));
import { codedZodMessage } from './zod-messages';

/**
 * The demographic inputs of a country (`demography` in spf.country/1) and the demographic variant of
 * a scenario (`demography` in spf.scenario/1): methodology section 7, formats.md.
 */

const year = z.number().int().min(1900).max(2300);
/** Persons (net migrants may be negative); a profile is scaled, but kept finite. */
const finite = z.number().min(-RANGES.persons).max(RANGES.persons, aboveMax(RANGES.persons));

type Ctx = { value: unknown; issues: { push: (issue: z.core.$ZodRawIssue) => void } };

function issue(ctx: Ctx, path: PropertyKey[], code: MessageCode, params?: MessageParams): void {
  ctx.issues.push({
    code: 'custom',
    message: codedZodMessage(code, params),
    input: ctx.value,
    path,
  });
}

/** Years that must increase strictly (any spacing), and one value per year. */
function checkYearsAndLength(
  ctx: Ctx,
  years: readonly number[],
  at: string,
  rows: readonly { key: string; length: number }[],
): void {
  for (let i = 1; i < years.length; i++) {
    if (years[i]! <= years[i - 1]!) {
      issue(ctx, [at, 'years', i], 'demography.yearsIncrease', {
        year: years[i]!,
        previous: years[i - 1]!,
      });
      break;
    }
  }
  for (const row of rows) {
    if (row.length !== years.length) {
      issue(ctx, [at, row.key], 'demography.onePerYear', {
        at,
        expected: years.length,
        found: row.length,
      });
    }
  }
}

const series = (valueSchema: z.ZodNumber, valuesDescription: string) =>
  z.strictObject({
    years: yearly(year).min(1).describe('Increasing calendar years (any spacing)'),
    values: yearly(valueSchema).min(1).describe(valuesDescription),
  });

const mxSchema = z
  .strictObject({
    years: yearly(year)
      .min(1)
      .describe(
        'Years the rows refer to, increasing (any spacing, e.g. the mid-years of 5-year periods); log-linear in between, the first row before the first year, the last after the last',
      ),
    ageStarts: z
      .array(z.number().int().min(0).max(100))
      .min(1)
      .max(LIMITS.ageBands, tooMany(LIMITS.ageBands))
      .optional()
      .describe(
        'Lower bounds of the age groups, from 0, increasing, the last open (e.g. 0, 1, 5, 10, ..., 100); default: single ages 0..100',
      ),
    female: yearly(
      z.array(z.number().min(0).max(10)).max(LIMITS.ageBands, tooMany(LIMITS.ageBands)),
    )
      .min(1)
      .describe(
        'Central death rates m(x), deaths per person-year: one row per year, one rate per age group',
      ),
    male: yearly(
      z.array(z.number().min(0).max(10)).max(LIMITS.ageBands, tooMany(LIMITS.ageBands)),
    ).min(1),
  })
  .describe(
    'Death rates by sex and age (single ages 0..100, or age groups graduated to single ages)',
  );

const profileRow = z.array(finite).length(101, {
  error: (iss) =>
    `must have 101 numbers (ages 0 to 99 and 100+), found ${Array.isArray(iss.input) ? iss.input.length : 0}`,
});

export const countryDemographySchema = z
  .strictObject({
    mx: mxSchema,
    tfr: series(
      z.number().min(0).max(15),
      'Total fertility rate, children per woman; linear between years, held outside them',
    ),
    asfrPattern: z
      .array(z.number().min(0).max(RANGES.factor, aboveMax(RANGES.factor)))
      .max(35, tooMany(35))
      .describe(
        "Shares of the TFR by mother's age: 35 single ages 15..49 or 7 five-year groups 15-19 .. 45-49 (scaled to add up to 1)",
      ),
    sexRatioAtBirth: z
      .number()
      .min(0.8)
      .max(1.3)
      .optional()
      .describe('Male births per female birth (default 1.05)'),
    netMigration: series(
      finite,
      'Net migrants per year, persons (negative: emigration); linear between years, held outside them',
    )
      .optional()
      .describe('Net migration, total per year (default 0)'),
    migrationProfile: z
      .strictObject({ female: profileRow, male: profileRow })
      .optional()
      .describe(
        'Age and sex profile of net migrants, ages 0..99 and 100+ (scaled so that both sexes add up to 1); default: the standard Rogers-Castro profile, half women (methodology 7.3)',
      ),
  })
  .check((ctx) => {
    const d = ctx.value;
    const m = d.mx;
    checkYearsAndLength(ctx, m.years, 'mx', [
      { key: 'female', length: m.female.length },
      { key: 'male', length: m.male.length },
    ]);
    const starts = m.ageStarts;
    if (starts) {
      if (starts[0] !== 0) issue(ctx, ['mx', 'ageStarts', 0], 'demography.firstGroupZero');
      for (let i = 1; i < starts.length; i++) {
        if (starts[i]! <= starts[i - 1]!) {
          issue(ctx, ['mx', 'ageStarts', i], 'demography.groupsIncrease', {
            previous: starts[i - 1]!,
          });
          break;
        }
      }
    }
    const width = starts ? starts.length : 101;
    for (const sex of ['female', 'male'] as const) {
      m[sex].forEach((row, i) => {
        if (row.length !== width) {
          issue(
            ctx,
            ['mx', sex, i],
            starts ? 'demography.ratePerGroup' : 'demography.singleAgeRates',
            { expected: width, found: row.length },
          );
        }
      });
    }
    checkYearsAndLength(ctx, d.tfr.years, 'tfr', [{ key: 'values', length: d.tfr.values.length }]);
    const n = d.asfrPattern.length;
    if (n !== 35 && n !== 7) {
      issue(ctx, ['asfrPattern'], 'demography.asfrLength', { found: n });
    } else if (!(d.asfrPattern.reduce((s, v) => s + v, 0) > 0)) {
      issue(ctx, ['asfrPattern'], 'demography.asfrPositive');
    }
    if (d.netMigration) {
      checkYearsAndLength(ctx, d.netMigration.years, 'netMigration', [
        { key: 'values', length: d.netMigration.values.length },
      ]);
    }
    const p = d.migrationProfile;
    if (p && p.female.length === 101 && p.male.length === 101) {
      const total = [...p.female, ...p.male].reduce((s, v) => s + v, 0);
      if (!(Math.abs(total) > 1e-12)) {
        issue(ctx, ['migrationProfile'], 'demography.migrationZero');
      }
    }
  })
  .describe(
    'Demographic rates for projecting the population (methodology section 7): used when a scenario has a demography block',
  );

export type CountryDemography = z.output<typeof countryDemographySchema>;

const pathValue = (min: number, max: number, what: string) =>
  z
    .union([z.number().min(min).max(max), yearly(z.number().min(min).max(max)).min(1)], {
      error: listUnionError(LIMITS.yearlyValues, (iss) =>
        iss.input === undefined
          ? 'is required'
          : `must be ${what}, or a list of them for the years after the base year`,
      ),
    })
    .describe(
      `${what}: one for every year after the base year, or one per year from baseYear+1 (the last held)`,
    );

export const demographyVariantSchema = z
  .strictObject({
    project: z
      .boolean()
      .optional()
      .describe(
        "Cost on the projected population (default true); false keeps the country's own population and births",
      ),
    fertility: z
      .strictObject({
        tfrMultiplier: z
          .number()
          .min(0)
          .max(5)
          .optional()
          .describe("Multiplies the country's total fertility in every year after the base year"),
        tfr: pathValue(0, 15, 'a total fertility rate').optional(),
      })
      .optional(),
    mortalityImprovement: z
      .number()
      .gt(-0.2)
      .lt(0.5)
      .optional()
      .describe(
        "Yearly fall of every death rate after the base year, on top of the country's path: m(t) x (1 - r)^(t - baseYear)",
      ),
    netMigration: z
      .strictObject({
        multiplier: z
          .number()
          .min(-10)
          .max(10)
          .optional()
          .describe("Multiplies the country's net migration"),
        perYear: pathValue(-1e9, 1e9, 'net migrants a year (persons)').optional(),
      })
      .optional(),
    sexRatioAtBirth: z
      .number()
      .min(0.8)
      .max(1.3)
      .optional()
      .describe("Male births per female birth, instead of the country's"),
  })
  .check((ctx) => {
    const f = ctx.value.fertility;
    if (f && f.tfr !== undefined && f.tfrMultiplier !== undefined) {
      issue(ctx, ['fertility', 'tfrMultiplier'], 'demography.tfrOrMultiplier');
    }
    const m = ctx.value.netMigration;
    if (m && m.perYear !== undefined && m.multiplier !== undefined) {
      issue(ctx, ['netMigration', 'multiplier'], 'demography.perYearOrMultiplier');
    }
  })
  .describe(
    "A demographic variant: the costing runs on the population projected from the country's base year with these changes to its rates (methodology section 7)",
  );

export type DemographyVariantFile = z.output<typeof demographyVariantSchema>;

/** A scenario's demographic variant with every default filled in. */
export interface DemographyVariant {
  project: boolean;
  /** A TFR path replacing the country's after the base year, or null. */
  tfr: AssumptionPath | null;
  tfrMultiplier: number;
  mortalityImprovement: number;
  /** Net migrants a year replacing the country's after the base year, or null. */
  netMigrationPerYear: AssumptionPath | null;
  netMigrationMultiplier: number;
  sexRatioAtBirth: number | null;
}

const copyPath = (p: number | number[]): AssumptionPath => (typeof p === 'number' ? p : [...p]);

export function normalizeDemographyVariant(d: DemographyVariantFile): DemographyVariant {
  return {
    project: d.project ?? true,
    tfr: d.fertility?.tfr !== undefined ? copyPath(d.fertility.tfr) : null,
    tfrMultiplier: d.fertility?.tfrMultiplier ?? 1,
    mortalityImprovement: d.mortalityImprovement ?? 0,
    netMigrationPerYear:
      d.netMigration?.perYear !== undefined ? copyPath(d.netMigration.perYear) : null,
    netMigrationMultiplier: d.netMigration?.multiplier ?? 1,
    sexRatioAtBirth: d.sexRatioAtBirth ?? null,
  };
}
