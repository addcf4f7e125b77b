import type { CrisisResult } from './result-types';
import type { Issue } from '../formats/issues';
import type { BenefitSpec, Scenario } from '../formats/scenario-model';
import type { BaselineResult, BenefitResult, TotalResult } from './result-types';

/**
 * Warnings beside results that are possible but beyond what any real package costs (methodology,
 * "Plausibility warnings"). They never stop the costing: a typo such as a benefit level of 1e12 costs,
 * and the warning names the input that drives the result so it can be found.
 */
export const PLAUSIBLE = {
  /** The whole package, share of GDP in any year. */
  packagePctGdp: 0.3,
  /** One benefit, share of GDP in any year. */
  benefitPctGdp: 0.1,
  /** One benefit a year per beneficiary, in multiples of GDP per capita. */
  perBeneficiaryGdpPerCapita: 10,
  /** One crisis measure, share of GDP in any year. */
  crisisPctGdp: 0.1,
} as const;

const percent = (x: number): string =>
  `${(x * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })}%`;
const times = (x: number): string => x.toLocaleString('en-US', { maximumFractionDigits: 1 });

/** The input that sets a benefit's amount per beneficiary. */
function levelInput(b: BenefitSpec, at: string): string {
  if (b.formula?.perBeneficiary !== undefined) return `${at}.formula.perBeneficiary`;
  return b.benefit.basis === 'fixed' ? `${at}.benefit.amount` : `${at}.benefit.share`;
}

/** The input that sets how many persons a benefit counts. */
function countInput(b: BenefitSpec, at: string): string {
  return b.formula?.eligible !== undefined ? `${at}.formula.eligible` : `${at}.eligibility`;
}

interface Located {
  spec: BenefitSpec;
  at: string;
  result: BenefitResult;
}

function located(scenario: Scenario, benefits: readonly BenefitResult[]): Located[] {
  const out: Located[] = [];
  for (const result of benefits) {
    const index = scenario.benefits.findIndex((b) => b.id === result.id);
    const spec = scenario.benefits[index];
    if (spec) out.push({ spec, at: `benefits[${index}]`, result });
  }
  return out;
}

/** The first year a benefit pays more per beneficiary than the bound allows. */
function perBeneficiaryWarning(
  b: Located,
  baseline: BaselineResult,
  years: readonly number[],
): Issue | null {
  const limit = PLAUSIBLE.perBeneficiaryGdpPerCapita;
  const i = b.result.benefitPerBeneficiary.findIndex(
    (v, k) => v > limit * baseline.gdpPerCapita[k]!,
  );
  if (i < 0) return null;
  const ratio = b.result.benefitPerBeneficiary[i]! / baseline.gdpPerCapita[i]!;
  const input = levelInput(b.spec, b.at);
  return {
    path: input,
    message: `benefit "${b.result.id}" pays ${times(ratio)} times GDP per capita per beneficiary in ${years[i]} (plausible: at most ${limit}); check ${input}`,
    code: 'plausibility.perBeneficiary',
    params: { id: b.result.id, ratio: times(ratio), year: years[i]!, limit, input },
  };
}

/** The first year a benefit costs more than the bound's share of GDP. */
function benefitShareWarning(
  b: Located,
  baseline: BaselineResult,
  years: readonly number[],
): Issue | null {
  const limit = PLAUSIBLE.benefitPctGdp;
  const i = b.result.pctGdp.findIndex((v) => v > limit);
  if (i < 0) return null;
  // A high amount per person explains the cost first; otherwise it is the number of persons counted.
  const highLevel = b.result.benefitPerBeneficiary[i]! > baseline.gdpPerCapita[i]!;
  const input = highLevel ? levelInput(b.spec, b.at) : countInput(b.spec, b.at);
  const pct = percent(b.result.pctGdp[i]!);
  return {
    path: input,
    message: `benefit "${b.result.id}" costs ${pct} of GDP in ${years[i]} (plausible: at most ${percent(limit)}); check ${input}`,
    code: 'plausibility.benefitPctGdp',
    params: { id: b.result.id, pct, year: years[i]!, limit: percent(limit), input },
  };
}

function packageWarning(
  benefits: readonly Located[],
  total: TotalResult,
  years: readonly number[],
): Issue | null {
  const limit = PLAUSIBLE.packagePctGdp;
  const i = total.pctGdp.findIndex((v) => v > limit);
  if (i < 0) return null;
  // The benefit that costs most that year drives the package.
  let top: Located | undefined;
  for (const b of benefits) if (!top || b.result.cost[i]! > top.result.cost[i]!) top = b;
  const input = top ? levelInput(top.spec, top.at) : 'benefits';
  const pct = percent(total.pctGdp[i]!);
  return {
    path: input,
    message: `the package costs ${pct} of GDP in ${years[i]} (plausible: at most ${percent(limit)}); the largest part is benefit "${top?.result.id ?? ''}": check ${input}`,
    code: 'plausibility.packagePctGdp',
    params: { pct, year: years[i]!, limit: percent(limit), id: top?.result.id ?? '', input },
  };
}

function crisisWarnings(scenario: Scenario, crisis: CrisisResult): Issue[] {
  const limit = PLAUSIBLE.crisisPctGdp;
  const out: Issue[] = [];
  for (const m of crisis.measures) {
    const y = m.byYear.find((v) => v.pctGdp > limit);
    if (!y) continue;
    const index = scenario.crisis.findIndex((c) => c.id === m.id);
    const at = `crisis[${index}]`;
    const input = m.kind === 'topUp' ? `${at}.share` : `${at}.recipients`;
    const pct = percent(y.pctGdp);
    out.push({
      path: at,
      message: `crisis measure "${m.id}" costs ${pct} of GDP in ${y.year} (plausible: at most ${percent(limit)}); check ${input} and ${at}.amountPerMonth`,
      code: 'plausibility.crisisPctGdp',
      params: { id: m.id, pct, year: y.year, limit: percent(limit), input },
    });
  }
  return out;
}

export interface CostedForPlausibility {
  years: readonly number[];
  benefits: readonly BenefitResult[];
  total: TotalResult;
  baseline: BaselineResult;
  crisis: CrisisResult;
}

/** Every result beyond the plausible bounds, as warnings naming the input that drives it. */
export function plausibilityWarnings(scenario: Scenario, costed: CostedForPlausibility): Issue[] {
  const benefits = located(scenario, costed.benefits);
  const out: Issue[] = [];
  const pkg = packageWarning(benefits, costed.total, costed.years);
  if (pkg) out.push(pkg);
  for (const b of benefits) {
    const share = benefitShareWarning(b, costed.baseline, costed.years);
    if (share) out.push(share);
    const level = perBeneficiaryWarning(b, costed.baseline, costed.years);
    if (level) out.push(level);
  }
  out.push(...crisisWarnings(scenario, costed.crisis));
  return out;
}
