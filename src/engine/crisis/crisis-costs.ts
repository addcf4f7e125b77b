import type { CountryModel } from '../country/country-model';
import type {
  BenefitResult,
  CrisisMeasureResult,
  CrisisMonth,
  CrisisResult,
  CrisisYear,
} from '../costing/result-types';
import type { CrisisMeasure } from '../formats/scenario-model';

function shares(
  m: CountryModel,
  year: number,
  cost: number,
): { pctGdp: number; pctExpenditure: number } {
  const k = year - m.baseYear;
  const gdp = m.gdp[k]!;
  return { pctGdp: cost / gdp, pctExpenditure: cost / (m.expenditurePctGdp[k]! * gdp) };
}

function byYear(m: CountryModel, months: readonly { year: number; cost: number }[]): CrisisYear[] {
  const sums = new Map<number, number>();
  for (const x of months) sums.set(x.year, (sums.get(x.year) ?? 0) + x.cost);
  return [...sums.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, cost]) => ({ year, cost, ...shares(m, year, cost) }));
}

/**
 * One month of a measure (methodology section 4): recipients x amount per month, plus administration.
 * A top-up pays the benefit's beneficiaries of that month: with a share, it costs share x the benefit's
 * yearly expenditure / 12 (those paid in a month x the monthly amount); with a fixed amount, the
 * recipients are the beneficiaries paid in an average month, beneficiaries x months paid / 12.
 */
function month(
  measure: CrisisMeasure,
  year: number,
  monthOfYear: number,
  benefit: BenefitResult | undefined,
  benefitMonths: number,
  firstYear: number,
): CrisisMonth {
  let recipients: number;
  let amount: number;
  if (measure.kind === 'topUp') {
    const i = year - firstYear;
    const beneficiaries = benefit?.beneficiaries[i] ?? 0;
    recipients = (beneficiaries * benefitMonths) / 12;
    amount =
      measure.share !== null
        ? (measure.share * (benefit?.benefitPerBeneficiary[i] ?? 0)) / benefitMonths
        : (measure.amountPerMonth ?? 0);
  } else {
    recipients = measure.recipients;
    amount = measure.amountPerMonth;
  }
  const transfers = recipients * amount;
  const admin = measure.adminRate * transfers;
  return {
    year,
    month: monthOfYear,
    recipients,
    amountPerRecipient: amount,
    transfers,
    admin,
    cost: transfers + admin,
  };
}

/** Costs every crisis measure month by month and sums them by year (methodology section 4). */
export function crisisCosts(
  measures: readonly CrisisMeasure[],
  m: CountryModel,
  benefits: readonly BenefitResult[],
  benefitMonths: ReadonlyMap<string, number>,
  firstYear: number,
): CrisisResult {
  const results: CrisisMeasureResult[] = measures.map((measure) => {
    const benefit =
      measure.kind === 'topUp' ? benefits.find((b) => b.id === measure.benefit) : undefined;
    const paidMonths = measure.kind === 'topUp' ? (benefitMonths.get(measure.benefit) ?? 12) : 12;
    const months: CrisisMonth[] = [];
    for (let j = 0; j < measure.months; j++) {
      const index = measure.startMonth - 1 + j;
      const year = measure.startYear + Math.floor(index / 12);
      months.push(month(measure, year, (index % 12) + 1, benefit, paidMonths, firstYear));
    }
    const years = byYear(m, months);
    const sum = (f: (x: CrisisMonth) => number) => months.reduce((s, x) => s + f(x), 0);
    return {
      id: measure.id,
      kind: measure.kind,
      label: measure.label,
      months,
      byYear: years,
      transfers: sum((x) => x.transfers),
      admin: sum((x) => x.admin),
      cost: sum((x) => x.cost),
      pctGdp: years.reduce((s, y) => s + y.pctGdp, 0),
      pctExpenditure: years.reduce((s, y) => s + y.pctExpenditure, 0),
    };
  });
  const all = byYear(
    m,
    results.flatMap((r) => r.months),
  );
  return {
    measures: results,
    byYear: all,
    cost: results.reduce((s, r) => s + r.cost, 0),
    pctGdp: all.reduce((s, y) => s + y.pctGdp, 0),
    pctExpenditure: all.reduce((s, y) => s + y.pctExpenditure, 0),
  };
}
