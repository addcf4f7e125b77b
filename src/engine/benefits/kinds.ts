import type { BenefitKind, Prevalence, SpendingFunctionName } from '../formats/scenario-schema';

export interface KindDefaults {
  label: string;
  ages: [number, number];
  months: number;
  /** The prevalence that defines who is eligible, used when a benefit gives none. */
  prevalence: Prevalence | null;
  function: SpendingFunctionName | null;
}

/**
 * What each guarantee means when a scenario leaves a field out (methodology section 3): the age band,
 * the months paid and the prevalence that defines the group.
 */
export const KIND_DEFAULTS: Record<BenefitKind, KindDefaults> = {
  child: {
    label: 'Child benefit',
    ages: [0, 14],
    months: 12,
    prevalence: null,
    function: 'children',
  },
  orphan: {
    label: 'Orphan benefit',
    ages: [0, 17],
    months: 12,
    prevalence: 'orphanhood',
    function: 'children',
  },
  // For maternity the ages are the mothers' ages, used only to weight age-dependent rates.
  maternity: {
    label: 'Maternity benefit',
    ages: [15, 49],
    months: 4,
    prevalence: null,
    function: 'maternity',
  },
  disability: {
    label: 'Disability benefit',
    ages: [15, 64],
    months: 12,
    prevalence: 'disability',
    function: 'disability',
  },
  oldAge: {
    label: 'Old-age pension',
    ages: [65, 100],
    months: 12,
    prevalence: null,
    function: 'oldAge',
  },
  unemployment: {
    label: 'Unemployment benefit / employment guarantee',
    ages: [15, 64],
    months: 12,
    prevalence: 'unemployment',
    function: 'unemployment',
  },
  health: {
    label: 'Essential health care',
    ages: [0, 100],
    months: 12,
    prevalence: 'healthUncovered',
    function: 'health',
  },
  custom: { label: 'Custom benefit', ages: [0, 100], months: 12, prevalence: null, function: null },
};
