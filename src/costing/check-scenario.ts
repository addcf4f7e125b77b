import type { EvalFunction } from 'mathjs/number';
import { describeYears, missingYears } from '../country/country-model';
import { povertyLineProblem } from '../country/poverty-lines';
import { FORMULA_NAMES } from '../expressions/formula-scope';
import { compileFormula, ExpressionError } from '../expressions/sandbox';
import type { CountryData, CountryRates } from '../formats/country-schema';
import type { Issue } from '../formats/issues';
import type { BenefitSpec, Scenario } from '../formats/scenario-model';
import type { CompiledFormulas } from '../benefits/cost-benefit';

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

const RATE_LABELS: Record<keyof CountryRates, string> = {
  disability: 'severe disability prevalence',
  orphanhood: 'orphanhood rate',
  poverty: 'poverty headcount',
  pensionCoverage: 'contributory pension coverage',
  laborForceParticipation: 'labour force participation',
  unemployment: 'unemployment rate',
  healthCoverage: 'health coverage',
};

export interface CheckedScenario {
  issues: Issue[];
  warnings: Issue[];
  formulas: (CompiledFormulas | null)[];
}

function needRate(
  country: CountryData,
  rate: keyof CountryRates,
  path: string,
  why: string,
  issues: Issue[],
): void {
  if (country.rates?.[rate] === undefined) {
    issues.push({
      path,
      message: `${why}, but the country gives no ${RATE_LABELS[rate]} (rates.${rate}); add it to the country data or change this setting`,
    });
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
        issues.push({
          path: `${at}.eligibility.targeting`,
          message: `targets the poor, but ${problem}`,
        });
      }
    }
    if (e.pensionTested)
      needRate(
        country,
        'pensionCoverage',
        `${at}.eligibility.pensionTested`,
        'is pension-tested',
        issues,
      );
    const prevalence = e.prevalence;
    if (prevalence === 'healthUncovered') {
      if (country.rates?.healthCoverage === undefined) {
        warnings.push({
          path: `${at}.eligibility.prevalence`,
          message:
            'the country gives no health coverage (rates.healthCoverage): everyone counts as uncovered',
        });
      }
    } else if (prevalence !== null) {
      needRate(
        country,
        prevalence,
        `${at}.eligibility.prevalence`,
        `counts persons by prevalence "${prevalence}"`,
        issues,
      );
    }
    if (b.kind === 'maternity') {
      const [from, to] = scenario.years;
      const births = country.births?.years ?? [];
      const missing = missingYears(births, from, to);
      if (missing.length > 0) {
        issues.push({
          path: `${at}.kind`,
          message: `a maternity benefit counts births, but the country's births do not cover ${describeYears(missing)}; births are never extrapolated`,
        });
      }
    }
  }
  if (b.formula?.perBeneficiary === undefined) {
    const basis = b.benefit.basis;
    const lineProblem =
      basis === 'povertyLine'
        ? povertyLineProblem(country, scenario.assumptions.povertyLine, 'amount')
        : null;
    if (lineProblem) issues.push({ path: `${at}.benefit.basis`, message: lineProblem });
    if (
      basis === 'minimumWage' &&
      country.minimumWage === undefined &&
      !country.macro.minimumWage
    ) {
      issues.push({
        path: `${at}.benefit.basis`,
        message: 'the country gives no minimum wage (minimumWage)',
      });
    }
    if (
      basis === 'averageWage' &&
      country.averageWage === undefined &&
      !country.macro.averageWage
    ) {
      issues.push({
        path: `${at}.benefit.basis`,
        message: 'the country gives no average wage (averageWage)',
      });
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
    issues.push({
      path: 'years[0]',
      message: `must be >= the country's base year ${y0}: amounts are given in base-year values`,
    });
  }
  const popYears = country.population.years;
  const covered = popYears.length ? `${popYears[0]}-${popYears[popYears.length - 1]}` : 'no years';
  if (missingYears(popYears, y0, y0).length > 0) {
    issues.push({
      path: `${countryPath}population.years`,
      message: `must include the base year ${y0} (GDP per capita and the wage index start from it); the population covers ${covered}`,
    });
  }
  const missing = missingYears(popYears, Math.max(from, y0), to);
  if (missing.length > 0) {
    issues.push({
      path: 'years',
      message: `the population of ${country.code} covers ${covered}, so ${describeYears(missing)} cannot be costed; population is never extrapolated: shorten the scenario or extend the population data`,
    });
  }
  scenario.crisis.forEach((c, i) => {
    const endYear = c.startYear + Math.floor((c.startMonth - 1 + c.months - 1) / 12);
    if (c.startYear < from || endYear > to) {
      issues.push({
        path: `crisis[${i}].startYear`,
        message: `the measure runs ${c.startYear === endYear ? c.startYear : `${c.startYear}-${endYear}`}, outside the scenario years ${from}-${to}`,
      });
    }
    if (
      c.kind === 'topUp' &&
      scenario.benefits.find((b) => b.id === c.benefit)?.enabled === false
    ) {
      warnings.push({
        path: `crisis[${i}].benefit`,
        message: `tops up "${c.benefit}", which is switched off: it costs nothing`,
      });
    }
  });
  const formulas: (CompiledFormulas | null)[] = scenario.benefits.map((b, i) => {
    checkBenefitAgainstCountry(b, i, country, scenario, issues, warnings);
    if (!b.formula) return null;
    const compiled: CompiledFormulas = {};
    for (const key of ['eligible', 'perBeneficiary'] as const) {
      const expr = b.formula[key];
      if (expr === undefined) continue;
      try {
        compiled[key] = compileCached(expr);
      } catch (e) {
        const message =
          e instanceof ExpressionError ? e.message : `cannot be read: ${(e as Error).message}`;
        issues.push({ path: `benefits[${i}].formula.${key}`, message });
      }
    }
    return compiled;
  });
  return { issues, warnings, formulas };
}
