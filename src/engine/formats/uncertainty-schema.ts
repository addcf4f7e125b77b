import { z } from 'zod';
import { codedZodMessage } from './zod-messages';

/** Uncertain inputs a scenario may set apart from the defaults: more than every input of 100 benefits. */
export const MAX_UNCERTAINTY_OVERRIDES = 250;

/** One input's range in its own unit (docs/formats.md, "uncertainty"); `enabled: false` leaves it out. */
const inputOverrideSchema = z.strictObject({
  low: z
    .number()
    .min(-1e6)
    .max(1e6)
    .optional()
    .describe("The input's low value (5th percentile), in the input's own unit"),
  high: z
    .number()
    .min(-1e6)
    .max(1e6)
    .optional()
    .describe("The input's high value (95th percentile), in the input's own unit"),
  enabled: z.boolean().optional().describe('false leaves this input fixed at its central value'),
});

/**
 * The `uncertainty` block of spf.scenario/1: how wide the sensitivity and Monte Carlo ranges are
 * (methodology section 10). `{"spread": 0}` alone is valid and makes every band the central result.
 */
export const uncertaintySchema = z
  .strictObject({
    spread: z
      .number()
      .min(0)
      .max(5)
      .optional()
      .describe('Scales every default spread: 1 = the documented defaults (default), 0 = none'),
    inputs: z
      .record(z.string().min(1).max(120), inputOverrideSchema)
      .refine((r) => Object.keys(r).length <= MAX_UNCERTAINTY_OVERRIDES, {
        error: (iss) =>
          codedZodMessage('limits.tooMany', {
            limit: MAX_UNCERTAINTY_OVERRIDES,
            found: Object.keys((iss.input as object | undefined) ?? {}).length,
          }),
      })
      .optional()
      .describe(
        'Ranges that replace the defaults, by input name (growth, inflation, exchangeRate, povertyLine, coverage.<benefit id>, …)',
      ),
    gapThreshold: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe(
        'Financing gap, fraction of GDP: the Monte Carlo reports the probability that the gap exceeds it each year (default 0)',
      ),
  })
  .describe(
    'Ranges of the uncertain inputs for sensitivity and Monte Carlo (methodology section 10)',
  );

export type UncertaintyFile = z.output<typeof uncertaintySchema>;

/** A scenario's uncertainty settings with every default filled in. */
export interface UncertaintySettings {
  spread: number;
  inputs: Record<string, { low?: number; high?: number; enabled: boolean }>;
  gapThreshold: number;
}

export function normalizeUncertainty(u: UncertaintyFile | undefined): UncertaintySettings {
  const inputs: UncertaintySettings['inputs'] = {};
  for (const [name, o] of Object.entries(u?.inputs ?? {})) {
    const range: UncertaintySettings['inputs'][string] = { enabled: o.enabled ?? true };
    if (o.low !== undefined) range.low = o.low;
    if (o.high !== undefined) range.high = o.high;
    inputs[name] = range;
  }
  return { spread: u?.spread ?? 1, inputs, gapThreshold: u?.gapThreshold ?? 0 };
}
