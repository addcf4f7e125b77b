import type { CrisisResult } from './result-types';
import type { Issue } from '../formats/issues';
import type { BenefitSpec, CrisisMeasure, Scenario } from '../formats/scenario-model';
import type { BenefitResult, FinancingResult, TotalResult } from './result-types';

/**
 * The last line of defence against NaN in output: the readers bound every input, but products of
 * bounded inputs can still overflow. The first result that is not a finite number becomes an error
 * naming the benefit or measure, the year, and the inputs that drive that result.
 */

/**
 * Result fields of a benefit, in the order they are computed, with the inputs behind each (the share
 * of expenditure is left out, as for the package below).
 */
function benefitDrivers(b: BenefitSpec, at: string): Record<string, string[]> {
  const eligible = b.formula?.eligible
    ? [`${at}.formula.eligible`]
    : ['population', `${at}.ages`, `${at}.eligibility`];
  const perBeneficiary = b.formula?.perBeneficiary
    ? [`${at}.formula.perBeneficiary`]
    : b.benefit.basis === 'fixed'
      ? [`${at}.benefit.amount`, `${at}.benefit.months`]
      : [`${at}.benefit.basis`, `${at}.benefit.share`, `${at}.benefit.months`];
  return {
    eligible,
    coverage: [`${at}.coverage`],
    beneficiaries: [...eligible, `${at}.coverage`],
    benefitPerBeneficiary: perBeneficiary,
    expenditure: [...eligible, ...perBeneficiary],
    nonWageCost: [...perBeneficiary, `${at}.benefit.nonWageCostRate`],
    admin: [...perBeneficiary, `${at}.adminRate`],
    cost: [...eligible, ...perBeneficiary, `${at}.adminRate`],
    pctGdp: [...eligible, ...perBeneficiary, 'macro.gdp'],
    costReal: [...eligible, ...perBeneficiary, 'macro.inflation'],
    costUsd: [...eligible, ...perBeneficiary, 'macro.fxPerUsd'],
  };
}

type Subject = { kind: 'benefit' | 'crisis'; id: string } | { kind: 'package' | 'financing' };

const SUBJECT_TEXT = {
  benefit: (id: string) => `benefit "${id}"`,
  crisis: (id: string) => `crisis measure "${id}"`,
  package: () => 'the package',
  financing: () => 'financing',
};

function notFinite(
  path: string,
  subject: Subject,
  field: string,
  year: number,
  inputs: readonly string[],
): Issue {
  const driven = [...new Set(inputs)].join(', ');
  const id = 'id' in subject ? subject.id : '';
  return {
    path,
    message: `${SUBJECT_TEXT[subject.kind](id)}: ${field} in ${year} is not a finite number; check ${driven}`,
    code: `validation.notFinite.${subject.kind}`,
    params: { id, field, year, inputs: driven },
  };
}

function firstBad(values: readonly number[]): number {
  return values.findIndex((v) => !Number.isFinite(v));
}

function checkBenefits(
  scenario: Scenario,
  benefits: readonly BenefitResult[],
  years: readonly number[],
): Issue | null {
  for (const r of benefits) {
    const index = scenario.benefits.findIndex((b) => b.id === r.id);
    const spec = scenario.benefits[index];
    if (!spec) continue;
    const at = `benefits[${index}]`;
    for (const [field, inputs] of Object.entries(benefitDrivers(spec, at))) {
      const i = firstBad(r[field as keyof BenefitResult] as number[]);
      if (i >= 0) return notFinite(at, { kind: 'benefit', id: r.id }, field, years[i]!, inputs);
    }
  }
  return null;
}

function checkCrisis(measures: readonly CrisisMeasure[], crisis: CrisisResult): Issue | null {
  for (const r of crisis.measures) {
    const index = measures.findIndex((m) => m.id === r.id);
    const at = `crisis[${index}]`;
    const spec = measures[index];
    const inputs =
      spec?.kind === 'topUp'
        ? [`${at}.share`, `${at}.amountPerMonth`, `${at}.benefit`]
        : [`${at}.recipients`, `${at}.amountPerMonth`];
    const bad = r.months.find((mo) => !Number.isFinite(mo.cost));
    if (bad) return notFinite(at, { kind: 'crisis', id: r.id }, 'cost', bad.year, inputs);
    const badYear = r.byYear.find((y) => !Number.isFinite(y.pctGdp));
    if (badYear)
      return notFinite(at, { kind: 'crisis', id: r.id }, 'pctGdp', badYear.year, [
        ...inputs,
        'macro.gdp',
      ]);
  }
  return null;
}

// Shares of expenditure and revenue are left out: a country may give 0 for them, and the ratio is then
// undefined by nature rather than by an absurd input.
const TOTAL_FIELDS = ['cost', 'pctGdp', 'costReal', 'costUsd', 'perCapita'] as const;
const FINANCING_FIELDS = ['resources', 'gap', 'balanceAfter'] as const;

function checkPackage(
  total: TotalResult,
  financing: FinancingResult,
  years: readonly number[],
): Issue | null {
  for (const field of TOTAL_FIELDS) {
    const i = firstBad(total[field]);
    if (i >= 0) return notFinite('benefits', { kind: 'package' }, field, years[i]!, ['benefits']);
  }
  for (const field of FINANCING_FIELDS) {
    const i = firstBad(financing[field]);
    if (i >= 0)
      return notFinite('financing', { kind: 'financing' }, field, years[i]!, [
        'financing',
        'fiscal',
      ]);
  }
  return null;
}

export interface CostedParts {
  years: readonly number[];
  benefits: readonly BenefitResult[];
  total: TotalResult;
  financing: FinancingResult;
  crisis: CrisisResult;
}

/** The first result that is not finite, as an error naming where it comes from; null when all are. */
export function firstNonFiniteResult(scenario: Scenario, costed: CostedParts): Issue | null {
  return (
    checkBenefits(scenario, costed.benefits, costed.years) ??
    checkCrisis(scenario.crisis, costed.crisis) ??
    checkPackage(costed.total, costed.financing, costed.years)
  );
}
