/**
 * The global financing gap (methodology section 12; `spf gap --all`, the app's World page): one
 * package costed for every country of the database and set against what each already spends, by the
 * ILO's method (per function, max(0, cost of universal coverage − current public spending), summed).
 * All shares are fractions of GDP (0.013 = 1.3% of GDP); money is LCU or current US dollars.
 */
import type { IncomeGroup } from '../country/income-group';
import type { SpendingFunctionName } from '../vocabulary/spending-functions';

/** One function (children, maternity, disability, old age, unemployment, health) of one country. */
export interface FunctionGap {
  costPctGdp: number;
  spendingPctGdp: number;
  gapPctGdp: number;
}

export interface CountryGap {
  iso3: string;
  name: string;
  incomeGroup: IncomeGroup;
  /** UN region (e.g. "Africa"). */
  region: string;
  currency: string;
  /** Persons in the year. */
  population: number;
  gdpLcu: number;
  gdpUsd: number;
  /** GDP per person in US dollars: what the income group is read from (standing in for GNI). */
  gdpPerCapitaUsd: number;
  costPctGdp: number;
  costLcu: number;
  costUsd: number;
  currentSpendingPctGdp: number;
  gapPctGdp: number;
  gapLcu: number;
  gapUsd: number;
  byFunction: Partial<Record<SpendingFunctionName, FunctionGap>>;
  /**
   * Functions of the package whose current public spending the country's data do not give: counted
   * as 0, so their gap is their whole cost (the public data hold health spending only; the ILO reads
   * cash spending from its World Social Protection Database).
   */
  spendingUnknown: SpendingFunctionName[];
}

/** A GDP-weighted aggregate: gapPctGdp = sum of gaps in USD / sum of GDP in USD. */
export interface GapGroup {
  /** "all", an income group ("low", "lowerMiddle", …), "lowAndMiddle", or a UN region. */
  name: string;
  kind: 'all' | 'incomeGroup' | 'region';
  countries: number;
  gdpUsd: number;
  costUsd: number;
  gapUsd: number;
  costPctGdp: number;
  gapPctGdp: number;
  byFunction: Partial<Record<SpendingFunctionName, FunctionGap>>;
}

export interface GlobalGap {
  year: number;
  /** The package's name (its scenario's `name`). */
  package: string;
  countries: CountryGap[];
  groups: GapGroup[];
  /** Countries of the database the package could not be costed for, with the reason in English. */
  skipped: {
    iso3: string;
    reason: string;
    /** The message code of the reason and its values, to word it in another language. */
    code?: string;
    params?: Readonly<Record<string, string | number>>;
    /** The field the reason is about, e.g. "benefits[0].benefit.basis". */
    path?: string;
  }[];
}
