import type { EvalFunction } from 'mathjs/number';
import { describeYears, missingYears } from '../country/country-model';
import { povertyLineProblem } from '../country/poverty-lines';
import { FORMULA_NAMES } from '../expressions/formula-scope';
import { compileFormula, ExpressionError } from '../expressions/sandbox';
import type { CountryData } from '../formats/country-schema';
import type { Issue } from '../formats/issues';
import { codedIssue, type MessageCode } from '../messages';
import type { BenefitSpec, Scenario } from '../formats/scenario-model';
import type { CompiledFormulas } from '../benefits/cost-benefit';
import { BENEFIT_KIND, PREVALENCE, RATE_LABEL_TERMS, type RateName } from '../vocabulary';

const formulaCache = new Map<string, EvalFunction>();

/** Compiles a formula once; the compiled function only reads the scope it is given. */
function compileCached(expr: string): EvalFunction {
  let code = formulaCache.get(expr);
  if (!code) {
    code = compileFormula(expr, FORMULA_NAMES);
    if (formulaCache.size > 500) formulaCache.clear();
    formulaCache.set(expr, code);
  }
  return code;
}

export interface CheckedScenario {
  issues: Issue[];
  warnings: Issue[];
  formulas: (CompiledFormulas | null)[];
}

function needRate(
  country: CountryData,
  rate: RateName,
  path: string,
  why: string,
  issues: Issue[],
): void {
  if (country.rates?.[rate] === undefined) {
    const params = { rate: RATE_LABEL_TERMS[rate], key: rate };
    issues.push(
      why.startsWith('@')
        ? codedIssue(path, 'costing.needRate', { why, ...params })
        : codedIssue(path, 'costing.needRatePrevalence', { prevalence: why, ...params }),
    );
  }
}

function checkBenefitAgainstCountry(
  b: BenefitSpec,
  i: number,
  country: CountryData,
  scenario: Scenario,
  issues: Issue[],
  warnings: Issue[],
): void {
  const at = `benefits[${i}]`;
  const usesEligibleFormula = b.formula?.eligible !== undefined;
  if (!usesEligibleFormula) {
    const e = b.eligibility;
    if (e.targeting === 'poverty') {
      // The headcount of the scenario's poverty line (the same line as the poverty-line amount).
      const problem = povertyLineProblem(country, scenario.assumptions.povertyLine, 'headcount');
      if (problem) {
        issues.push(
          codedIssue(`${at}.eligibility.targeting`, 'costing.targetsPoorBut', {
            ...problem.params,
            problem: `@${problem.code}`,
          }),
        );
      }
    }
    if (e.pensionTested)
      needRate(
        country,
        'pensionCoverage',
        `${at}.eligibility.pensionTested`,
        '@costing.why.pensionTested',
        issues,
      );
    if (e.prevalence !== null) {
      const defining = PREVALENCE[e.prevalence];
      const path = `${at}.eligibility.prevalence`;
      if (defining.whenRateMissing === 'refuse') {
        needRate(country, defining.rate, path, e.prevalence, issues);
      } else if (country.rates?.[defining.rate] === undefined) {
        // Only health coverage is read this way: without it everyone counts as uncovered.
        warnings.push(codedIssue(path, 'costing.noHealthCoverage'));
      }
    }
    if (BENEFIT_KIND[b.kind].base === 'births') {
      const [from, to] = scenario.years;
      const births = country.births?.years ?? [];
      const missing = missingYears(births, from, to);
      if (missing.length > 0) {
        issues.push(
          codedIssue(`${at}.kind`, 'costing.birthsMissing', { years: describeYears(missing) }),
        );
      }
    }
  }
  if (b.formula?.perBeneficiary === undefined) {
    const basis = b.benefit.basis;
    const lineProblem =
      basis === 'povertyLine'
        ? povertyLineProblem(country, scenario.assumptions.povertyLine, 'amount')
        : null;
    if (lineProblem) {
      issues.push(
        codedIssue(`${at}.benefit.basis`, lineProblem.code as MessageCode, lineProblem.params),
      );
    }
    if (
      basis === 'minimumWage' &&
      country.minimumWage === undefined &&
      !country.macro.minimumWage
    ) {
      issues.push(codedIssue(`${at}.benefit.basis`, 'costing.noMinimumWage'));
    }
    if (
      basis === 'averageWage' &&
      country.averageWage === undefined &&
      !country.macro.averageWage
    ) {
      issues.push(codedIssue(`${at}.benefit.basis`, 'costing.noAverageWage'));
    }
  }
}

/**
 * Checks a scenario against the country it runs on: the years the data cover, the rates and amounts the
 * benefits need, and the custom formulas (compiled here, once).
 */
export function checkScenarioAgainstCountry(
  scenario: Scenario,
  country: CountryData,
): CheckedScenario {
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const [from, to] = scenario.years;
  const y0 = country.baseYear;
  // Problems in an inline country are located inside the scenario file.
  const countryPath = typeof scenario.country === 'string' ? '' : 'country.';
  if (from < y0) {
    issues.push(codedIssue('years[0]', 'costing.beforeBaseYear', { baseYear: y0 }));
  }
  const popYears = country.population.years;
  const covered = popYears.length
    ? `${popYears[0]}-${popYears[popYears.length - 1]}`
    : '@term.noYears';
  if (missingYears(popYears, y0, y0).length > 0) {
    issues.push(
      codedIssue(`${countryPath}population.years`, 'costing.populationBaseYear', {
        baseYear: y0,
        covered,
      }),
    );
  }
  const missing = missingYears(popYears, Math.max(from, y0), to);
  if (missing.length > 0) {
    issues.push(
      codedIssue('years', 'costing.populationMissing', {
        country: country.code,
        covered,
        years: describeYears(missing),
      }),
    );
  }
  scenario.crisis.forEach((c, i) => {
    const endYear = c.startYear + Math.floor((c.startMonth - 1 + c.months - 1) / 12);
    if (c.startYear < from || endYear > to) {
      issues.push(
        codedIssue(`crisis[${i}].startYear`, 'costing.crisisOutside', {
          runs: c.startYear === endYear ? c.startYear : `${c.startYear}-${endYear}`,
          from,
          to,
        }),
      );
    }
    if (
      c.kind === 'topUp' &&
      scenario.benefits.find((b) => b.id === c.benefit)?.enabled === false
    ) {
      warnings.push(
        codedIssue(`crisis[${i}].benefit`, 'costing.topUpSwitchedOff', { benefit: c.benefit }),
      );
    }
  });
  const formulas: (CompiledFormulas | null)[] = scenario.benefits.map((b, i) => {
    // Only what is costed is checked against the country (defect 8): a switched-off benefit needs
    // no rate and gets no warning. Its formulas are still compiled, as they are part of the file.
    if (b.enabled) checkBenefitAgainstCountry(b, i, country, scenario, issues, warnings);
    if (!b.formula) return null;
    const compiled: CompiledFormulas = {};
    for (const key of ['eligible', 'perBeneficiary'] as const) {
      const expr = b.formula[key];
      if (expr === undefined) continue;
      try {
        compiled[key] = compileCached(expr);
      } catch (e) {
        const path = `benefits[${i}].formula.${key}`;
        issues.push(
          e instanceof ExpressionError
            ? e.coded
              ? codedIssue(path, e.coded.code as MessageCode, e.coded.params)
              : { path, message: e.message }
            : codedIssue(path, 'costing.formulaUnreadable', { reason: (e as Error).message }),
        );
      }
    }
    return compiled;
  });
  return { issues, warnings, formulas };
}
