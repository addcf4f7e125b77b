import type { Issue } from '../formats/issues';
import type { ProvenanceEntry } from '../country/provenance';
import type { BenefitKind, FinancingOption, SpendingFunctionName } from '../vocabulary';
import type { CrisisMeasure } from '../formats/scenario-model';

/** Every array is aligned with `CostingResult.years`. Money is LCU nominal per year unless named otherwise. */
export interface BenefitResult {
  id: string;
  kind: BenefitKind;
  label: string;
  /** Persons eligible before coverage. */
  eligible: number[];
  /** Take-up and phase-in, fraction. */
  coverage: number[];
  beneficiaries: number[];
  /** LCU per beneficiary per year. */
  benefitPerBeneficiary: number[];
  expenditure: number[];
  /** Materials and other non-wage costs of employment guarantees. */
  nonWageCost: number[];
  admin: number[];
  cost: number[];
  pctGdp: number[];
  pctExpenditure: number[];
  /** Cost in base-year prices (cost / price index). */
  costReal: number[];
  costUsd: number[];
}

export interface TotalResult {
  expenditure: number[];
  nonWageCost: number[];
  admin: number[];
  cost: number[];
  pctGdp: number[];
  pctExpenditure: number[];
  pctRevenue: number[];
  costReal: number[];
  costUsd: number[];
  /** LCU per inhabitant per year. */
  perCapita: number[];
}

export interface FinancingOptionResult {
  option: FinancingOption;
  label: string;
  /** Additional resources, fraction of GDP. */
  pctGdp: number[];
  resources: number[];
}

export interface FinancingResult {
  options: FinancingOptionResult[];
  /** All options together, LCU. */
  resources: number[];
  /** Options that add revenue: contributions, tax, illicit flows, aid. */
  newRevenue: number[];
  /** Existing spending redirected to the package. */
  reallocation: number[];
  /** Reserves, borrowing and a higher deficit target: they finance a deficit, not the balance. */
  deficitFinancing: number[];
  /** max(0, cost - all options). */
  gap: number[];
  gapPctGdp: number[];
  gapUsd: number[];
  /** max(0, cost - domestic options): what calls for international support. */
  fundingGap: number[];
  fundingGapPctGdp: number[];
  /** Revenue - expenditure before the reform. */
  balanceBefore: number[];
  /** Revenue + new revenue - (expenditure - reallocation) - cost. */
  balanceAfter: number[];
  balanceAfterPctGdp: number[];
  /** Public debt followed through the borrowing option. */
  debt: DebtPath;
}

/** Debt: the baseline ratio from the data, plus new borrowing with its interest (methodology 5). */
export interface DebtPath {
  /** Gross public debt before the reform, fraction of GDP (NaN where the country gives none). */
  baselinePctGdp: number[];
  /** Debt from the borrowing option, with interest, LCU. */
  additional: number[];
  pctGdp: number[];
  interestRate: number;
  ceilingPctGdp: number;
  /** The first year the ratio passes the ceiling, or null. */
  firstYearAboveCeiling: number | null;
}

/** The country's paths as used for this scenario, after extension rules and assumptions. */
export interface BaselineResult {
  population: number[];
  births: number[];
  gdp: number[];
  realGrowth: number[];
  inflation: number[];
  priceIndex: number[];
  wageIndex: number[];
  gdpPerCapita: number[];
  povertyLine: number[];
  minimumWage: number[];
  averageWage: number[];
  revenue: number[];
  expenditure: number[];
  balance: number[];
  fxPerUsd: number[];
}

/** The ILO financing-gap method: cost of the guarantees against what is spent on each function now. */
export interface SpendingGapResult {
  function: SpendingFunctionName;
  benefits: string[];
  /** Current public spending, fraction of GDP (held constant). */
  currentPctGdp: number;
  costPctGdp: number[];
  gapPctGdp: number[];
}

export interface CostingResult {
  format: 'spf.result/1';
  scenario: string;
  country: string;
  countryName: string;
  currency: string;
  baseYear: number;
  years: number[];
  benefits: BenefitResult[];
  total: TotalResult;
  financing: FinancingResult;
  baseline: BaselineResult;
  spendingGap: SpendingGapResult[];
  /** Where every input comes from and how it was extended. */
  provenance: ProvenanceEntry[];
  /** Temporary crisis measures, costed by month (reported apart from the package). */
  crisis: CrisisResult;
  /** Warnings in English, each as `path: message` (the command line's default text). */
  warnings: string[];
  /** The same warnings, in the same order, as coded issues to render in the user's language. */
  warningIssues: Issue[];
}

/** Temporary crisis measures (methodology section 4): month by month, then by year. */
export interface CrisisMonth {
  year: number;
  /** 1 = January. */
  month: number;
  /** Households or persons paid in the month. */
  recipients: number;
  /** LCU per recipient for the month. */
  amountPerRecipient: number;
  transfers: number;
  admin: number;
  cost: number;
}

export interface CrisisYear {
  year: number;
  cost: number;
  /** Share of that year's GDP and government expenditure. */
  pctGdp: number;
  pctExpenditure: number;
}

export interface CrisisMeasureResult {
  id: string;
  kind: CrisisMeasure['kind'];
  label: string;
  months: CrisisMonth[];
  byYear: CrisisYear[];
  transfers: number;
  admin: number;
  cost: number;
  /** Sum over the years it runs of cost / GDP of each year. */
  pctGdp: number;
  pctExpenditure: number;
}

export interface CrisisResult {
  measures: CrisisMeasureResult[];
  byYear: CrisisYear[];
  cost: number;
  pctGdp: number;
  pctExpenditure: number;
}
