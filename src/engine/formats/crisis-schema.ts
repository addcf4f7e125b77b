import { z } from 'zod';
import { aboveMax, RANGES } from './limits';

const persons = z.number().min(0).max(RANGES.persons, aboveMax(RANGES.persons));
const amount = z.number().min(0).max(RANGES.amount, aboveMax(RANGES.amount));
import { codedZodMessage } from './zod-messages';

const year = z.number().int().min(1900).max(2300);
const fraction = z.number().min(0).max(1);

const timing = {
  startYear: year.describe('Calendar year of the first month paid'),
  startMonth: z.number().int().min(1).max(12).describe('1 = January'),
  months: z.number().int().min(1).max(36).describe('Number of months paid'),
  adminRate: fraction.optional().describe('Administration, share of the transfers (default 0)'),
  label: z.string().optional(),
};

/** A temporary crisis measure (methodology section 4), costed month by month. */
export const crisisMeasureSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      id: z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/),
      kind: z
        .literal('topUp')
        .describe('A top-up of a benefit of the package, paid to its beneficiaries'),
      benefit: z.string().describe('The id of the benefit topped up'),
      share: z
        .number()
        .min(0)
        .max(10)
        .optional()
        .describe("Top-up as a share of the benefit's monthly amount"),
      amountPerMonth: amount
        .optional()
        .describe('Or a fixed top-up, LCU per beneficiary per month'),
      ...timing,
    }),
    z.strictObject({
      id: z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/),
      kind: z
        .literal('transfer')
        .describe('A new emergency transfer to a number of households or persons'),
      recipients: persons.describe('Households or persons paid'),
      unit: z.enum(['households', 'persons']).optional(),
      amountPerMonth: amount.describe('LCU per recipient per month'),
      ...timing,
    }),
    z.strictObject({
      id: z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/),
      kind: z
        .literal('extension')
        .describe('An extension of unemployment benefits to more people or months'),
      recipients: persons.describe('Persons paid'),
      amountPerMonth: amount.describe('LCU per person per month'),
      ...timing,
    }),
  ],
  { error: codedZodMessage('scenario.crisisKind') },
);

export type CrisisMeasureFile = z.output<typeof crisisMeasureSchema>;

/** Settings of the fiscal-space analysis (methodology section 5). */
export const fiscalSchema = z.strictObject({
  interestRate: z
    .number()
    .min(-0.5)
    .max(1)
    .optional()
    .describe('Nominal interest on new borrowing, fraction per year (default 0.06)'),
  debtCeilingPctGdp: z
    .number()
    .min(0)
    .max(5)
    .optional()
    .describe('Warn when public debt passes this share of GDP (default 0.7)'),
  currentSpendingPctGdp: z
    .strictObject({
      children: fraction.optional(),
      maternity: fraction.optional(),
      disability: fraction.optional(),
      oldAge: fraction.optional(),
      unemployment: fraction.optional(),
      health: fraction.optional(),
    })
    .optional()
    .describe(
      "Current public spending by function typed in for this scenario; replaces the country's",
    ),
});

export type FiscalFile = z.output<typeof fiscalSchema>;
