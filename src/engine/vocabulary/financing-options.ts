/** How an option acts on the budget balance (methodology section 5). */
export type BalanceRole = 'newRevenue' | 'reallocation' | 'deficit';
export const BALANCE_ROLES = [
  'newRevenue',
  'reallocation',
  'deficit',
] as const satisfies readonly BalanceRole[];

/**
 * A fiscal-space option: its role in the balance; whether it is domestic (what domestic options leave
 * unfunded calls for international support: the funding gap); whether its resources are new debt that
 * accumulates with interest; and its English label when a scenario gives none (the app's labels are the
 * locale files' `option.<name>`).
 */
export interface FinancingOptionDescriptor {
  role: BalanceRole;
  domestic: boolean;
  addsToDebt: boolean;
  label: string;
}

export const FINANCING_OPTION = {
  contributions: {
    role: 'newRevenue',
    domestic: true,
    addsToDebt: false,
    label: 'Extend social security coverage and contributions',
  },
  tax: { role: 'newRevenue', domestic: true, addsToDebt: false, label: 'Raise tax revenue' },
  illicitFlows: {
    role: 'newRevenue',
    domestic: true,
    addsToDebt: false,
    label: 'Curb illicit financial flows',
  },
  reallocation: {
    role: 'reallocation',
    domestic: true,
    addsToDebt: false,
    label: 'Reallocate public expenditure',
  },
  reserves: {
    role: 'deficit',
    domestic: true,
    addsToDebt: false,
    label: 'Use fiscal and foreign-exchange reserves',
  },
  borrowing: {
    role: 'deficit',
    domestic: true,
    addsToDebt: true,
    label: 'Borrow or restructure debt',
  },
  macroFramework: {
    role: 'deficit',
    domestic: true,
    addsToDebt: false,
    label: 'A more accommodating macroeconomic framework',
  },
  aid: { role: 'newRevenue', domestic: false, addsToDebt: false, label: 'Aid and transfers' },
} as const satisfies Record<string, FinancingOptionDescriptor>;

export type FinancingOption = keyof typeof FINANCING_OPTION;
/** The options in the order the schema, the app's menus and the documentation list them. */
export const FINANCING_OPTIONS = Object.keys(FINANCING_OPTION) as [
  FinancingOption,
  ...FinancingOption[],
];

/** Options that do not depend on outside help; what they leave unfunded calls for international support. */
export function isDomestic(option: FinancingOption): boolean {
  return FINANCING_OPTION[option].domestic;
}

/** The options with a given property, in list order (the workbook writes its formulas from these). */
export function optionsWhere(test: (d: FinancingOptionDescriptor) => boolean): FinancingOption[] {
  return FINANCING_OPTIONS.filter((o) => test(FINANCING_OPTION[o]));
}
