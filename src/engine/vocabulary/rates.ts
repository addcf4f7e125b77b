/**
 * The country rates by age that eligibility reads (methodology 2.1). This list is the one spelling of
 * the rate names: the country schema, the costing checks, formulas, the workbook and the app read it.
 */
export const RATE_NAMES = [
  'disability',
  'orphanhood',
  'poverty',
  'pensionCoverage',
  'laborForceParticipation',
  'unemployment',
  'healthCoverage',
] as const;
export type RateName = (typeof RATE_NAMES)[number];

/** Each rate's name in the message catalogue (src/engine/messages/catalog/costing.ts). */
export const RATE_LABEL_TERMS = {
  disability: '@costing.rate.disability',
  orphanhood: '@costing.rate.orphanhood',
  poverty: '@costing.rate.poverty',
  pensionCoverage: '@costing.rate.pensionCoverage',
  laborForceParticipation: '@costing.rate.laborForceParticipation',
  unemployment: '@costing.rate.unemployment',
  healthCoverage: '@costing.rate.healthCoverage',
} as const satisfies Record<RateName, `@costing.rate.${string}`>;

/**
 * The prevalences that define a group by a country rate: the rate read, whether the group is those
 * the rate counts or those it leaves out (health care goes to the uncovered), and what a country
 * without that rate means: a refusal, or a warning when everyone can sensibly count (all uncovered).
 */
export interface PrevalenceDescriptor {
  rate: RateName;
  counts: 'rate' | 'complement';
  whenRateMissing: 'refuse' | 'warn';
}

export const PREVALENCE = {
  disability: { rate: 'disability', counts: 'rate', whenRateMissing: 'refuse' },
  orphanhood: { rate: 'orphanhood', counts: 'rate', whenRateMissing: 'refuse' },
  unemployment: { rate: 'unemployment', counts: 'rate', whenRateMissing: 'refuse' },
  healthUncovered: { rate: 'healthCoverage', counts: 'complement', whenRateMissing: 'warn' },
} as const satisfies Record<string, PrevalenceDescriptor>;
export type Prevalence = keyof typeof PREVALENCE;
export const PREVALENCES = Object.keys(PREVALENCE) as [Prevalence, ...Prevalence[]];

/** How a missing rate is met: the prevalences that read it say whether the costing refuses or warns. */
export function missingRateEffect(rate: RateName): 'refuse' | 'warn' {
  const readers = Object.values(PREVALENCE).filter((p) => p.rate === rate);
  return readers.length > 0 && readers.every((p) => p.whenRateMissing === 'warn')
    ? 'warn'
    : 'refuse';
}
