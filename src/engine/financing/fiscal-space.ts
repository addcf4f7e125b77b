import type { CountryModel } from '../country/country-model';
import { rampValue } from '../time/ramp';
import type { FinancingResult } from '../costing/result-types';
import type { FinancingSpec, FiscalSettings } from '../formats/scenario-model';
import { FINANCING_OPTION, type BalanceRole } from '../vocabulary';

/** Where each role in the balance adds up (methodology section 5). */
const ROLE_TOTAL: Record<BalanceRole, (r: FinancingResult) => number[]> = {
  newRevenue: (r) => r.newRevenue,
  reallocation: (r) => r.reallocation,
  deficit: (r) => r.deficitFinancing,
};

/**
 * Financing options, balance after reform and the financing gap for `firstYear..lastYear`, given the
 * package's total cost per year.
 */
export function fiscalSpace(
  m: CountryModel,
  options: readonly FinancingSpec[],
  cost: readonly number[],
  firstYear: number,
  fiscal: FiscalSettings,
): FinancingResult {
  const n = cost.length;
  const z = () => new Array<number>(n).fill(0);
  const r: FinancingResult = {
    options: options.map((o) => ({
      option: o.option,
      label: o.label,
      pctGdp: z(),
      resources: z(),
    })),
    resources: z(),
    newRevenue: z(),
    reallocation: z(),
    deficitFinancing: z(),
    gap: z(),
    gapPctGdp: z(),
    gapUsd: z(),
    fundingGap: z(),
    fundingGapPctGdp: z(),
    balanceBefore: z(),
    balanceAfter: z(),
    balanceAfterPctGdp: z(),
    debt: {
      baselinePctGdp: z(),
      additional: z(),
      pctGdp: z(),
      interestRate: fiscal.interestRate,
      ceilingPctGdp: fiscal.debtCeilingPctGdp,
      firstYearAboveCeiling: null,
    },
  };
  const k0 = firstYear - m.baseYear;
  for (let i = 0; i < n; i++) {
    const k = k0 + i;
    const year = firstYear + i;
    const gdp = m.gdp[k]!;
    let all = 0;
    let domestic = 0;
    options.forEach((o, j) => {
      const share = rampValue(o, year);
      const amount = share * gdp;
      const out = r.options[j]!;
      out.pctGdp[i] = share;
      out.resources[i] = amount;
      all += amount;
      const option = FINANCING_OPTION[o.option];
      if (option.domestic) domestic += amount;
      ROLE_TOTAL[option.role](r)[i]! += amount;
    });
    const c = cost[i]!;
    const revenue = m.revenuePctGdp[k]! * gdp;
    const expenditure = m.expenditurePctGdp[k]! * gdp;
    r.resources[i] = all;
    r.gap[i] = Math.max(0, c - all);
    r.gapPctGdp[i] = r.gap[i]! / gdp;
    r.gapUsd[i] = r.gap[i]! / m.fxPerUsd[k]!;
    r.fundingGap[i] = Math.max(0, c - domestic);
    r.fundingGapPctGdp[i] = r.fundingGap[i]! / gdp;
    r.balanceBefore[i] = revenue - expenditure;
    r.balanceAfter[i] = revenue + r.newRevenue[i]! - (expenditure - r.reallocation[i]!) - c;
    r.balanceAfterPctGdp[i] = r.balanceAfter[i]! / gdp;
    // New borrowing accumulates with interest on top of the debt ratio the data give.
    const borrowed = options.reduce(
      (s, o, j) => (FINANCING_OPTION[o.option].addsToDebt ? s + r.options[j]!.resources[i]! : s),
      0,
    );
    const d = r.debt;
    d.additional[i] = (i > 0 ? d.additional[i - 1]! * (1 + fiscal.interestRate) : 0) + borrowed;
    d.baselinePctGdp[i] = m.debtPctGdp[k]!;
    d.pctGdp[i] = d.baselinePctGdp[i]! + d.additional[i]! / gdp;
    if (d.firstYearAboveCeiling === null && d.pctGdp[i]! > fiscal.debtCeilingPctGdp)
      d.firstYearAboveCeiling = year;
  }
  return r;
}
