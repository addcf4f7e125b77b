/**
 * The functions of current public spending (methodology 5.3): the country gives its spending on each,
 * and each benefit kind counts toward one in the gap against current spending.
 */
export const SPENDING_FUNCTIONS = [
  'children',
  'maternity',
  'disability',
  'oldAge',
  'unemployment',
  'health',
] as const;
export type SpendingFunctionName = (typeof SPENDING_FUNCTIONS)[number];
