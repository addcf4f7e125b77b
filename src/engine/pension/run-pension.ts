import { codedIssue } from '../messages';
import { buildCountryModel, describeYears, missingYears } from '../country/country-model';
import { countryForScenario } from '../demography/country-projection';
import type { CountryData } from '../formats/country-schema';
import { formatIssue, InputError, type Issue } from '../formats/issues';
import type { Scenario } from '../formats/scenario-model';
import type { PensionResult } from './pension-result';
import { generalAveragePremium, reserveDepletionYear } from './premium';
import { schemeInputs } from './scheme-inputs';
import { CELLS } from '../country/country-model';
import { AGES } from '../formats/rate-spec';
import { projectScheme, type SchemeProjection } from './scheme-projection';

function list(a: ArrayLike<number>): number[] {
  return Array.from(a);
}

function ratio(num: ArrayLike<number>, den: ArrayLike<number>): number[] {
  return Array.from({ length: num.length }, (_, k) => (den[k]! !== 0 ? num[k]! / den[k]! : 0));
}

function byAge(proj: SchemeProjection, k: number, year: number): PensionResult['byAge'][number] {
  const cells = (a: Float64Array, sex: 0 | 1) =>
    list(a.subarray(k * CELLS + sex * AGES, k * CELLS + (sex + 1) * AGES));
  return {
    year,
    insured: { female: cells(proj.insured, 0), male: cells(proj.insured, 1) },
    pensioners: { female: cells(proj.pensioners, 0), male: cells(proj.pensioners, 1) },
  };
}

/**
 * Projects the scenario's contributory pension scheme over the scenario's years on a country (on its
 * projected population when the scenario has a demographic variant). Throws InputError, naming each
 * field, when the scheme cannot run on this country.
 */
export function runPension(scenario: Scenario, ownCountry: CountryData): PensionResult {
  const spec = scenario.pension;
  if (!spec) {
    throw new InputError([codedIssue('pension', 'pension.required')]);
  }
  const country = countryForScenario(scenario, ownCountry);
  const [firstYear, lastYear] = scenario.years;
  const y0 = country.baseYear;
  const issues: Issue[] = [];
  if (firstYear < y0) {
    issues.push(codedIssue('years[0]', 'pension.beforeBaseYear', { baseYear: y0 }));
  }
  const popYears = country.population.years;
  const missing = missingYears(popYears, Math.min(y0, firstYear), lastYear);
  if (missing.length > 0) {
    issues.push(
      codedIssue('years', 'pension.populationMissing', {
        country: country.code,
        years: describeYears(missing),
      }),
    );
  }
  if (issues.length > 0) throw new InputError(issues);
  const n = lastYear - firstYear + 1;
  const m = buildCountryModel(country, lastYear, scenario.assumptions);
  const resolved = schemeInputs(spec, m, firstYear, n);
  const toYears = spec.premium.toYears ?? [lastYear];
  toYears.forEach((t, i) => {
    if (t < firstYear || t > lastYear) {
      resolved.issues.push(
        codedIssue(`pension.premium.toYears[${i}]`, 'pension.yearOutside', {
          from: firstYear,
          to: lastYear,
          found: t,
        }),
      );
    }
  });
  if (resolved.issues.length > 0) throw new InputError(resolved.issues);
  const inp = resolved.inputs;
  const proj = projectScheme(inp);

  const k0 = firstYear - y0;
  const gdp = list(m.gdp.subarray(k0, k0 + n));
  const populationTotal = list(m.populationTotal.subarray(k0, k0 + n));
  const f = proj;
  const averageInsurableEarnings = ratio(f.insurableEarnings, f.contributors);
  const averagePension = ratio(f.benefits, f.pensionersTotal);
  const averageNewPension = ratio(f.newBenefits, f.newPensioners);
  const years = Array.from({ length: n }, (_, k) => firstYear + k);
  return {
    format: 'spf.pension-result/1',
    scenario: scenario.name,
    scheme: spec.label,
    country: country.code,
    countryName: country.name,
    currency: country.currency,
    baseYear: y0,
    years,
    projectedPopulation: country !== ownCountry,
    parameters: {
      contributionRate: list(inp.contributionRate),
      interestRate: list(inp.interestRate),
      indexation: list(inp.indexation),
      minimumPension: list(inp.minimumPension),
      pensionAge: { ...spec.pensionAge },
      entryAge: spec.entryAge,
      accrualRate: spec.accrualRate,
      referenceWage: spec.referenceWage,
      referenceWageBySex: {
        female: years.map((_, k) => inp.referenceWage[2 * k]!),
        male: years.map((_, k) => inp.referenceWage[2 * k + 1]!),
      },
      serviceAtAward: { female: inp.serviceAtAward[0], male: inp.serviceAtAward[1] },
      initialPension: { female: inp.initialPension[0], male: inp.initialPension[1] },
      initialReserve: inp.initialReserve,
      administration: { ...spec.administration },
      coverageCalibration: resolved.coverageCalibration,
    },
    population: {
      total: populationTotal,
      insured: list(f.insuredTotal),
      insuredFemale: list(f.insuredFemale),
      insuredMale: list(f.insuredMale),
      contributors: list(f.contributors),
      pensioners: list(f.pensionersTotal),
      pensionersFemale: list(f.pensionersFemale),
      pensionersMale: list(f.pensionersMale),
      newPensioners: list(f.newPensioners),
    },
    finances: {
      insurableEarnings: list(f.insurableEarnings),
      contributions: list(f.contributions),
      benefits: list(f.benefits),
      newBenefits: list(f.newBenefits),
      administration: list(f.administration),
      expenditure: list(f.expenditure),
      interest: list(f.interest),
      balance: years.map((_, k) => f.contributions[k]! - f.expenditure[k]!),
      reserve: list(f.reserve),
    },
    indicators: {
      paygCostRate: ratio(f.expenditure, f.insurableEarnings),
      reserveRatio: ratio(f.reserve, f.expenditure),
      replacementRate: averageNewPension.map((p, k) =>
        averageInsurableEarnings[k]! > 0 ? p / averageInsurableEarnings[k]! : 0,
      ),
      benefitRatio: averagePension.map((p, k) =>
        averageInsurableEarnings[k]! > 0 ? p / averageInsurableEarnings[k]! : 0,
      ),
      dependencyRatio: ratio(f.pensionersTotal, f.contributors),
      averageInsurableEarnings,
      averagePension,
      averageNewPension,
      expenditurePctGdp: ratio(f.expenditure, gdp),
      contributionsPctGdp: ratio(f.contributions, gdp),
      reservePctGdp: ratio(f.reserve, gdp),
    },
    generalAveragePremiums: toYears.map((t) =>
      generalAveragePremium(inp, proj, t - firstYear, spec.premium.targetReserveRatio),
    ),
    reserveDepletionYear: reserveDepletionYear(firstYear, f.reserve),
    byAge:
      n > 1
        ? [byAge(proj, 0, firstYear), byAge(proj, n - 1, lastYear)]
        : [byAge(proj, 0, firstYear)],
    warnings: resolved.warnings.map(formatIssue),
    warningIssues: resolved.warnings,
  };
}
