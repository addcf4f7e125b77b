import type { Prevalence } from './rates';
import type { SpendingFunctionName } from './spending-functions';

/**
 * Everything the engine, the validation and the workbook know about a kind of guarantee (methodology
 * section 3). Adding a kind means adding one entry here, its name in the locale files (`kind.<name>`)
 * and its line in the documentation: every reader below goes through this table.
 */
export interface BenefitKindDescriptor {
  /** English label when a scenario gives none (the app shows the locale files' `kind.<name>`). */
  label: string;
  /**
   * Who is counted: persons of the age band, or births (the ages are then the mothers' ages, used only
   * to weight age-dependent rates, and the benefit is for women).
   */
  base: 'persons' | 'births';
  /** Default age band, inclusive. */
  ages: readonly [number, number];
  /** Default months paid per year. */
  months: number;
  /** Months the kind must pay when it is costed per year rather than per month (health care). */
  fixedMonths: number | null;
  /** The prevalence that defines who is eligible, used when a benefit gives none. */
  prevalence: Prevalence | null;
  /** The function of current spending it counts toward, when the scenario names none. */
  function: SpendingFunctionName | null;
  /** May give its own formulas for the eligible persons and the amount. */
  allowsFormula: boolean;
  /** May add a non-wage cost (materials and supervision of public works). */
  allowsNonWageCost: boolean;
}

const PAID_MONTHLY = {
  base: 'persons',
  months: 12,
  fixedMonths: null,
  prevalence: null,
  allowsFormula: false,
  allowsNonWageCost: false,
} as const;

export const BENEFIT_KIND = {
  child: { ...PAID_MONTHLY, label: 'Child benefit', ages: [0, 14], function: 'children' },
  orphan: {
    ...PAID_MONTHLY,
    label: 'Orphan benefit',
    ages: [0, 17],
    prevalence: 'orphanhood',
    function: 'children',
  },
  maternity: {
    ...PAID_MONTHLY,
    label: 'Maternity benefit',
    base: 'births',
    ages: [15, 49],
    months: 4,
    function: 'maternity',
  },
  disability: {
    ...PAID_MONTHLY,
    label: 'Disability benefit',
    ages: [15, 64],
    prevalence: 'disability',
    function: 'disability',
  },
  oldAge: { ...PAID_MONTHLY, label: 'Old-age pension', ages: [65, 100], function: 'oldAge' },
  unemployment: {
    ...PAID_MONTHLY,
    label: 'Unemployment benefit / employment guarantee',
    ages: [15, 64],
    prevalence: 'unemployment',
    function: 'unemployment',
    allowsNonWageCost: true,
  },
  health: {
    ...PAID_MONTHLY,
    label: 'Essential health care',
    ages: [0, 100],
    fixedMonths: 12,
    prevalence: 'healthUncovered',
    function: 'health',
  },
  custom: {
    ...PAID_MONTHLY,
    label: 'Custom benefit',
    ages: [0, 100],
    function: null,
    allowsFormula: true,
    allowsNonWageCost: true,
  },
} as const satisfies Record<string, BenefitKindDescriptor>;

export type BenefitKind = keyof typeof BENEFIT_KIND;
/** The kinds in the order the schema, the app and the documentation list them. */
export const BENEFIT_KINDS = Object.keys(BENEFIT_KIND) as [BenefitKind, ...BenefitKind[]];

/** A kind's descriptor, typed as the interface (so readers cannot depend on one entry's literal types). */
export function benefitKind(kind: BenefitKind): BenefitKindDescriptor {
  return BENEFIT_KIND[kind];
}
