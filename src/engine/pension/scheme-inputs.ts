import { codedIssue } from '../messages';
import type { CountryModel } from '../country/country-model';
import type { Issue } from '../formats/issues';
import type { PensionSpec } from '../formats/pension-schema';
import { resolveRate, type RateSpec } from '../formats/rate-spec';
import type { AssumptionPath } from '../formats/scenario-model';
import { CELLS } from '../country/country-model';
import { AGES } from '../formats/rate-spec';
import type { SchemeInputs } from './scheme-projection';

/** Turns a scheme's parameters and a country model into the arrays the projection runs on. */

/** A path's value in year index k: one number for every year, or a list from the first year. */
export function pathValue(path: AssumptionPath, k: number): number {
  if (typeof path === 'number') return path;
  return path[Math.min(k, path.length - 1)]!;
}

export interface ResolvedInputs {
  inputs: SchemeInputs;
  coverageCalibration: number;
  issues: Issue[];
  warnings: Issue[];
}

/** Linear weight of year k between the first year and the coverage target year. */
function targetWeight(firstYear: number, k: number, targetYear: number): number {
  if (targetYear <= firstYear) return 1;
  return Math.min(1, k / (targetYear - firstYear));
}

/** Problems found while resolving: issues stop the projection, warnings do not. */
interface Problems {
  issues: Issue[];
  warnings: Issue[];
}

/**
 * Insured per person and year: participation x (1 - unemployment) x coverage, coverage on its ramp to
 * the target; an initial number of insured then calibrates coverage (every year, every cell, by one
 * factor).
 */
function insuredRates(
  spec: PensionSpec,
  m: CountryModel,
  firstYear: number,
  n: number,
  population: Float64Array,
  problems: Problems,
): { insuredRate: Float64Array; coverageCalibration: number } {
  const perCell = (rate: RateSpec) => resolveRate(rate, 0);
  // Participation and unemployment: the scheme's own, or the country's.
  let participation: Float64Array;
  if (spec.participation !== null) participation = perCell(spec.participation);
  else {
    participation = m.rates.laborForceParticipation;
    if (!m.ratesGiven.has('laborForceParticipation')) {
      problems.issues.push(codedIssue('pension.participation', 'pension.noParticipation'));
    }
  }
  const unemployment =
    spec.unemployment !== null ? perCell(spec.unemployment) : m.rates.unemployment;
  const coverage0 = perCell(spec.coverage);
  const target = spec.coverageTarget;
  const coverageT = target ? perCell(target.coverage) : coverage0;
  if (target && target.year < firstYear) {
    problems.issues.push(
      codedIssue('pension.coverageTarget.year', 'scenario.atLeastFirstYear', { firstYear }),
    );
  }
  const insuredRate = new Float64Array(n * CELLS);
  for (let k = 0; k < n; k++) {
    const w = target ? targetWeight(firstYear, k, target.year) : 0;
    for (let c = 0; c < CELLS; c++) {
      const cov = coverage0[c]! + (coverageT[c]! - coverage0[c]!) * w;
      insuredRate[k * CELLS + c] = participation[c]! * (1 - unemployment[c]!) * cov;
    }
  }
  let highest = 0;
  for (let c = 0; c < CELLS; c++) highest = Math.max(highest, coverage0[c]!, coverageT[c]!);
  const coverageCalibration = calibrateCoverage(spec, insuredRate, population, highest, problems);
  return { insuredRate, coverageCalibration };
}

/** Scales the insured rates to the initial number of insured, when the scheme gives it. */
function calibrateCoverage(
  spec: PensionSpec,
  insuredRate: Float64Array,
  population: Float64Array,
  highestCoverage: number,
  problems: Problems,
): number {
  if (spec.initial.insured === null) return 1;
  let computed = 0;
  for (let c = 0; c < CELLS; c++) computed += population[c]! * insuredRate[c]!;
  if (!(computed > 0)) {
    problems.issues.push(codedIssue('pension.initial.insured', 'pension.nobodyInsured'));
    return 1;
  }
  const factor = spec.initial.insured / computed;
  if (highestCoverage * factor > 1 + 1e-12) {
    problems.issues.push(
      codedIssue('pension.initial.insured', 'pension.coverageAbove100', {
        insured: spec.initial.insured,
        factor: factor.toFixed(4),
        most: Math.round(computed / highestCoverage),
      }),
    );
  }
  for (let i = 0; i < insuredRate.length; i++) insuredRate[i] = insuredRate[i]! * factor;
  return factor;
}

/** Insurable earnings per insured person and year. */
function insurableEarnings(
  spec: PensionSpec,
  m: CountryModel,
  k0: number,
  n: number,
  problems: Problems,
): Float64Array {
  const basisName = spec.earnings.basis;
  const basisMissing =
    (basisName === 'averageWage' && Number.isNaN(m.averageWage[0]!)) ||
    (basisName === 'minimumWage' && Number.isNaN(m.minimumWage[0]!));
  if (basisMissing) {
    problems.issues.push(
      codedIssue(
        'pension.earnings.basis',
        basisName === 'averageWage' ? 'pension.noAverageWage' : 'pension.noMinimumWage',
      ),
    );
  }
  const profile = resolveRate(spec.earnings.ageProfile, 0);
  const earnings = new Float64Array(n * CELLS);
  for (let k = 0; k < n; k++) {
    const j = k0 + k;
    const basis =
      basisName === 'gdpPerCapita'
        ? m.gdpPerCapita[j]!
        : 12 * (basisName === 'averageWage' ? m.averageWage[j]! : m.minimumWage[j]!);
    for (let c = 0; c < CELLS; c++)
      earnings[k * CELLS + c] = basis * spec.earnings.share * profile[c]!;
  }
  return earnings;
}

/** Accrued service at the pension age and the reference wage by sex and year. */
function serviceAndReferenceWage(
  spec: PensionSpec,
  density: Float64Array,
  earnings: Float64Array,
  n: number,
): { service: [number, number]; referenceWage: Float64Array } {
  const R = [spec.pensionAge.female, spec.pensionAge.male] as const;
  const entry = spec.entryAge;
  const service: [number, number] = [0, 0];
  const referenceWage = new Float64Array(2 * n);
  for (let s = 0; s < 2; s++) {
    const off = s * AGES;
    let d = 0;
    for (let a = entry; a < R[s]!; a++) d += density[off + a]!;
    const years = R[s]! - entry;
    service[s] = years > 0 ? d : 0;
    for (let k = 0; k < n; k++) {
      const row = k * CELLS + off;
      if (spec.referenceWage === 'final') {
        referenceWage[2 * k + s] = earnings[row + R[s]! - 1]!;
      } else {
        // Career average of the years contributed, at this year's wages (revalued with wages).
        let w = 0;
        for (let a = entry; a < R[s]!; a++) w += density[off + a]! * earnings[row + a]!;
        referenceWage[2 * k + s] = d > 0 ? w / d : 0;
      }
    }
  }
  return { service, referenceWage };
}

/** The minimum pension's basis in year index j of the model, per year. */
function minimumPensionBasis(
  mp: NonNullable<PensionSpec['minimumPension']>,
  m: CountryModel,
  j: number,
): number {
  return mp.basis === 'povertyLine'
    ? m.povertyLine[j]!
    : mp.basis === 'minimumWage'
      ? 12 * m.minimumWage[j]!
      : mp.basis === 'averageWage'
        ? 12 * m.averageWage[j]!
        : mp.basis === 'gdpPerCapita'
          ? m.gdpPerCapita[j]!
          : 12 * mp.amount * m.priceIndex[j]!;
}

/** Yearly parameters: contribution and interest rates, indexation and the minimum pension. */
function yearlyParameters(
  spec: PensionSpec,
  m: CountryModel,
  k0: number,
  n: number,
  problems: Problems,
): Pick<SchemeInputs, 'contributionRate' | 'interestRate' | 'indexation' | 'minimumPension'> {
  const contributionRate = new Float64Array(n);
  const interestRate = new Float64Array(n);
  const indexation = new Float64Array(n);
  const minimumPension = new Float64Array(n);
  const mp = spec.minimumPension;
  if (mp) {
    const missing =
      (mp.basis === 'povertyLine' && Number.isNaN(m.povertyLine[0]!)) ||
      (mp.basis === 'minimumWage' && Number.isNaN(m.minimumWage[0]!)) ||
      (mp.basis === 'averageWage' && Number.isNaN(m.averageWage[0]!));
    if (missing) {
      problems.issues.push(
        codedIssue('pension.minimumPension.basis', 'pension.noMinimumPensionBasis', {
          basis: mp.basis,
        }),
      );
    }
  }
  for (let k = 0; k < n; k++) {
    const j = k0 + k;
    contributionRate[k] = pathValue(spec.contributionRate, k);
    interestRate[k] = pathValue(spec.interestRate, k);
    const ix = spec.indexation;
    indexation[k] =
      k === 0
        ? 0
        : typeof ix === 'number'
          ? ix
          : ix === 'prices'
            ? m.inflation[j]!
            : ix === 'wages'
              ? m.wageIndex[j]! / m.wageIndex[j - 1]! - 1
              : 0;
    if (mp) minimumPension[k] = mp.share * minimumPensionBasis(mp, m, j);
  }
  return { contributionRate, interestRate, indexation, minimumPension };
}

/** Pensioners in payment at the start: above the pension age, by the country's pension coverage. */
function initialPensioners(
  spec: PensionSpec,
  m: CountryModel,
  population: Float64Array,
  problems: Problems,
): Float64Array {
  const R = [spec.pensionAge.female, spec.pensionAge.male] as const;
  const pensioners = new Float64Array(CELLS);
  const hasCoverage = m.ratesGiven.has('pensionCoverage');
  let stock = 0;
  for (let s = 0; s < 2; s++) {
    const off = s * AGES;
    for (let a = R[s]! + 1; a < AGES; a++) {
      const share = hasCoverage ? m.rates.pensionCoverage[off + a]! : 1;
      pensioners[off + a] = population[off + a]! * share;
      stock += pensioners[off + a]!;
    }
  }
  if (spec.initial.pensioners !== null) {
    const k = stock > 0 ? spec.initial.pensioners / stock : 0;
    for (let c = 0; c < CELLS; c++) pensioners[c] = pensioners[c]! * k;
    if (spec.initial.pensioners > 0 && !(stock > 0)) {
      problems.issues.push(
        codedIssue('pension.initial.pensioners', 'pension.nobodyAbovePensionAge'),
      );
    }
  } else if (!hasCoverage) {
    for (let c = 0; c < CELLS; c++) pensioners[c] = 0;
    problems.warnings.push(codedIssue('pension.initial.pensioners', 'pension.noPensionersAtStart'));
  }
  return pensioners;
}

/**
 * Resolves a scheme over years `firstYear .. firstYear + n - 1` of a country model (which must cover
 * them). Problems that stop the projection come back as issues located under `pension`.
 */
export function schemeInputs(
  spec: PensionSpec,
  m: CountryModel,
  firstYear: number,
  n: number,
): ResolvedInputs {
  const problems: Problems = { issues: [], warnings: [] };
  const k0 = firstYear - m.baseYear;
  const lastYear = firstYear + n - 1;
  const population = m.population.subarray(k0 * CELLS, (k0 + n) * CELLS);
  const { insuredRate, coverageCalibration } = insuredRates(
    spec,
    m,
    firstYear,
    n,
    population,
    problems,
  );
  const density = resolveRate(spec.density, 0);
  const earnings = insurableEarnings(spec, m, k0, n, problems);
  const { service, referenceWage } = serviceAndReferenceWage(spec, density, earnings, n);
  const yearly = yearlyParameters(spec, m, k0, n, problems);
  const pensioners = initialPensioners(spec, m, population, problems);
  const award = (s: number) =>
    Math.max(spec.accrualRate * service[s]! * referenceWage[s]!, yearly.minimumPension[0]!);
  const initialPension: [number, number] =
    spec.initial.averagePension !== null
      ? [12 * spec.initial.averagePension, 12 * spec.initial.averagePension]
      : [award(0), award(1)];
  if (lastYear < firstYear) problems.issues.push(codedIssue('years', 'pension.noYear'));

  return {
    inputs: {
      firstYear,
      years: n,
      population,
      insuredRate,
      density,
      earnings,
      ...yearly,
      pensionAge: [spec.pensionAge.female, spec.pensionAge.male],
      serviceAtAward: service,
      accrualRate: spec.accrualRate,
      referenceWage,
      initialPensioners: pensioners,
      initialPension,
      initialReserve: spec.initial.reserve,
      adminShareOfContributions: spec.administration.shareOfContributions,
      adminShareOfBenefits: spec.administration.shareOfBenefits,
    },
    coverageCalibration,
    issues: problems.issues,
    warnings: problems.warnings,
  };
}
