import { z } from 'zod';
import type { MessageCode, MessageParams } from '../messages';
import { LIMITS } from './limits';
import { codedZodMessage } from './zod-messages';

/**
 * A benefit's `coverage` in spf.scenario/1 (methodology 2.2, formats.md): either the linear phase-in
 * (startYear, start, fullYear, full) or `byYear`, take-up rates by year, never both. One object with
 * every field optional and a check, rather than a union: a union would report a file that mixes the
 * two forms as an unknown field (a mere warning) and hide the exact place of a bad rate.
 */

/** The years the formats take (as `years` of a scenario). */
export const FORMAT_YEARS = { min: 1900, max: 2300 } as const;

const year = z.number().int().min(FORMAT_YEARS.min).max(FORMAT_YEARS.max);
const fraction = z.number().min(0).max(1);

/** The ramp's fields, which `byYear` replaces. */
export const RAMP_FIELDS = ['startYear', 'start', 'fullYear', 'full'] as const;

/** A year key of `byYear`: an integer year written as a string, as JSON object keys are. */
export const YEAR_KEY_PATTERN = '^[0-9]{4}$';
const YEAR_KEY = new RegExp(YEAR_KEY_PATTERN);

/** Where the check reports: zod's refinement context. */
interface Report {
  addIssue: (issue: { code: 'custom'; message: string; path: PropertyKey[] }) => void;
}

function issue(ctx: Report, path: PropertyKey[], code: MessageCode, params?: MessageParams): void {
  ctx.addIssue({ code: 'custom', message: codedZodMessage(code, params), path });
}

/**
 * A missing field of the phase-in, placed where zod places a missing required field: before the
 * object's unknown fields, so a misspelt fullYear reads "fullYear is required" then "fullYaer: did you
 * mean fullYear?".
 */
function requiredIssue(ctx: z.core.$RefinementCtx, field: string): void {
  const at = ctx.issues.findIndex((i) => i.code === 'unrecognized_keys');
  const missing: z.core.$ZodRawIssue = {
    code: 'custom',
    message: codedZodMessage('validation.required'),
    input: undefined,
    path: [field],
  };
  if (at < 0) ctx.issues.push(missing);
  else ctx.issues.splice(at, 0, missing);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function isFormatYear(key: string): boolean {
  const y = Number(key);
  return YEAR_KEY.test(key) && y >= FORMAT_YEARS.min && y <= FORMAT_YEARS.max;
}

function checkByYear(ctx: Report, byYear: unknown): void {
  // A byYear that is no object is reported by its own schema.
  if (!isRecord(byYear)) return;
  const keys = Object.keys(byYear);
  if (keys.length === 0) issue(ctx, ['byYear'], 'validation.atLeastOneItem', { found: 0 });
  if (keys.length > LIMITS.coverageYears) {
    issue(ctx, ['byYear'], 'limits.tooMany', { limit: LIMITS.coverageYears, found: keys.length });
  }
  const bad = keys.find((k) => !isFormatYear(k));
  if (bad !== undefined) {
    issue(ctx, ['byYear', bad], 'scenario.coverageYearKey', {
      min: FORMAT_YEARS.min,
      max: FORMAT_YEARS.max,
    });
  }
}

export const coverageSchema = z
  .strictObject({
    startYear: year.optional().describe('First year with a non-zero value'),
    start: fraction.optional().describe('Value in startYear (default: full)'),
    fullYear: year.optional().describe('Year the full value is reached; linear in between'),
    full: fraction.optional().describe('Value from fullYear on (default 1)'),
    byYear: z
      .record(z.string(), fraction)
      .optional()
      .describe(
        `Take-up rate by year, e.g. {"2025": 0.2, "2028": 0.8}: linear between the years given, 0 before the first, the last held after; instead of startYear/start/fullYear/full; at most ${LIMITS.coverageYears} years from ${FORMAT_YEARS.min} to ${FORMAT_YEARS.max}`,
      ),
  })
  // Run even when a field has failed (a misspelt one, a rate out of range), so that a missing
  // startYear or a mix of the two forms is reported with it; only a coverage that is no object skips it.
  .superRefine(
    (c, ctx) => {
      if (c.byYear !== undefined) {
        const mixed = RAMP_FIELDS.filter((f) => c[f] !== undefined);
        if (mixed.length > 0) {
          issue(ctx, ['byYear'], 'scenario.coverageBothForms', { fields: mixed.join(', ') });
        }
        checkByYear(ctx, c.byYear);
        return;
      }
      for (const field of ['startYear', 'fullYear'] as const) {
        if (c[field] === undefined) requiredIssue(ctx, field);
      }
    },
    { when: (payload) => isRecord(payload.value) },
  );

export type CoverageFile = z.output<typeof coverageSchema>;
