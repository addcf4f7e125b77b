import { codedIssue } from '../messages';
import type { EvalFunction } from 'mathjs/number';
import type { CountryModel } from '../country/country-model';
import { coverageValue } from '../time/ramp';
import type { BenefitResult } from '../costing/result-types';
import { FormulaScope } from '../expressions/formula-scope';
import { ExpressionError } from '../expressions/sandbox';
import { InputError } from '../formats/issues';
import type { BenefitSpec } from '../formats/scenario-model';
import { BENEFIT_KIND } from '../vocabulary';
import { benefitPerBeneficiary } from './amounts';
import { eligibilityFactors, eligibleMothers, eligiblePersons } from './eligibility';

export interface CompiledFormulas {
  eligible?: EvalFunction;
  perBeneficiary?: EvalFunction;
}

/** The catalogue's words for what a formula gives (src/messages/catalog/costing.ts). */
const WHAT_TERMS: Record<string, string> = {
  'eligible persons': '@costing.what.eligible',
  'the amount per beneficiary': '@costing.what.perBeneficiary',
};

function evaluateFormula(
  code: EvalFunction,
  scope: FormulaScope,
  path: string,
  year: number,
  what: string,
): number {
  let value: unknown;
  try {
    value = code.evaluate(scope.scope);
  } catch (e) {
    // A formula's own error is quoted by its code, so that it too is shown in the user's language.
    const coded = e instanceof ExpressionError ? e.coded : undefined;
    const reason = coded ? `@${coded.code}` : (e as Error).message;
    throw new InputError([
      codedIssue(path, 'costing.formulaNotEvaluated', { ...coded?.params, year, reason }),
    ]);
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    const whatTerm = WHAT_TERMS[what] ?? what;
    const issue =
      typeof value === 'string'
        ? codedIssue(path, 'costing.formulaBadText', {
            text: JSON.stringify(value),
            year,
            what: whatTerm,
          })
        : codedIssue(path, 'costing.formulaBadValue', {
            shown:
              typeof value === 'number' || typeof value === 'boolean'
                ? String(value)
                : '@costing.formulaNoNumber',
            year,
            what: whatTerm,
          });
    throw new InputError([issue]);
  }
  return value;
}

function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}

/**
 * Costs one benefit for the years `firstYear..lastYear` (methodology section 2): eligible population,
 * coverage, beneficiaries, benefit per beneficiary, expenditure, administration and total cost.
 */
export function costBenefit(
  b: BenefitSpec,
  index: number,
  m: CountryModel,
  firstYear: number,
  lastYear: number,
  formulas: CompiledFormulas | null,
): BenefitResult {
  const n = lastYear - firstYear + 1;
  const r: BenefitResult = {
    id: b.id,
    kind: b.kind,
    label: b.label,
    eligible: zeros(n),
    coverage: zeros(n),
    beneficiaries: zeros(n),
    benefitPerBeneficiary: zeros(n),
    expenditure: zeros(n),
    nonWageCost: zeros(n),
    admin: zeros(n),
    cost: zeros(n),
    pctGdp: zeros(n),
    pctExpenditure: zeros(n),
    costReal: zeros(n),
    costUsd: zeros(n),
  };
  const f = formulas?.eligible ? null : eligibilityFactors(b, m);
  const scope = formulas ? new FormulaScope(m) : null;
  const [a0, a1] = b.ages;
  const k0 = firstYear - m.baseYear;
  for (let i = 0; i < n; i++) {
    const k = k0 + i;
    const year = firstYear + i;
    scope?.setYear(k);
    let eligible: number;
    if (formulas?.eligible && scope) {
      eligible = evaluateFormula(
        formulas.eligible,
        scope,
        `benefits[${index}].formula.eligible`,
        year,
        'eligible persons',
      );
    } else if (BENEFIT_KIND[b.kind].base === 'births') {
      eligible = eligibleMothers(f!, m, k, a0, a1);
    } else {
      eligible = eligiblePersons(f!, m, k, a0, a1);
    }
    const coverage = coverageValue(b.coverage, year);
    const perBeneficiary =
      formulas?.perBeneficiary && scope
        ? evaluateFormula(
            formulas.perBeneficiary,
            scope,
            `benefits[${index}].formula.perBeneficiary`,
            year,
            'the amount per beneficiary',
          )
        : benefitPerBeneficiary(b, m, k);
    const beneficiaries = eligible * coverage;
    const expenditure = beneficiaries * perBeneficiary;
    const nonWage = b.benefit.nonWageCostRate * expenditure;
    const admin = b.adminRate * expenditure;
    const cost = expenditure + nonWage + admin;
    const gdp = m.gdp[k]!;
    r.eligible[i] = eligible;
    r.coverage[i] = coverage;
    r.beneficiaries[i] = beneficiaries;
    r.benefitPerBeneficiary[i] = perBeneficiary;
    r.expenditure[i] = expenditure;
    r.nonWageCost[i] = nonWage;
    r.admin[i] = admin;
    r.cost[i] = cost;
    r.pctGdp[i] = cost / gdp;
    r.pctExpenditure[i] = cost / (m.expenditurePctGdp[k]! * gdp);
    r.costReal[i] = cost / m.priceIndex[k]!;
    r.costUsd[i] = cost / m.fxPerUsd[k]!;
  }
  return r;
}
