import { KIND_DEFAULTS } from '../benefits/kinds';
import type { CountryData } from './country-schema';
import type { Issue, ReadResult } from './issues';
import { parseWith } from './parse-with';
import { checkFormat, readCountry } from './read-country';
import { normalizeDemographyVariant } from './demography-schema';
import { normalizePension } from './pension-schema';
import {
  SCENARIO_FORMAT,
  scenarioSchema,
  type AssumptionValue,
  type BenefitFile,
  type FinancingFile,
  type ScenarioFile,
} from './scenario-schema';
import type {
  Assumptions,
  BenefitSpec,
  CrisisMeasure,
  FinancingSpec,
  FiscalSettings,
  Scenario,
} from './scenario-model';
import type { CrisisMeasureFile, FiscalFile } from './crisis-schema';

const OPTION_LABELS: Record<FinancingFile['option'], string> = {
  contributions: 'Extend social security coverage and contributions',
  tax: 'Raise tax revenue',
  illicitFlows: 'Curb illicit financial flows',
  reallocation: 'Reallocate public expenditure',
  reserves: 'Use fiscal and foreign-exchange reserves',
  borrowing: 'Borrow or restructure debt',
  macroFramework: 'A more accommodating macroeconomic framework',
  aid: 'Aid and transfers',
};

export function financingLabel(option: FinancingFile['option']): string {
  return OPTION_LABELS[option];
}

function checkBenefit(b: BenefitFile, i: number, issues: Issue[]): void {
  const at = `benefits[${i}]`;
  if (b.ages && b.ages[1] < b.ages[0]) {
    issues.push({ path: `${at}.ages[1]`, message: `must be >= fromAge ${b.ages[0]}` });
  }
  if (b.coverage && b.coverage.fullYear < b.coverage.startYear) {
    issues.push({
      path: `${at}.coverage.fullYear`,
      message: `must be >= startYear ${b.coverage.startYear}`,
    });
  }
  const ben = b.benefit;
  if (ben.basis === 'fixed') {
    if (ben.amount === undefined) {
      issues.push({
        path: `${at}.benefit.amount`,
        message: 'is required when basis is "fixed" (LCU per month at base-year prices)',
      });
    }
    if (ben.share !== undefined && ben.share !== 1) {
      issues.push({
        path: `${at}.benefit.share`,
        message: 'must be 1 or left out when basis is "fixed": put the whole amount in "amount"',
      });
    }
  } else if (ben.amount !== undefined) {
    issues.push({
      path: `${at}.benefit.amount`,
      message: `is only used with basis "fixed"; with basis "${ben.basis}" give "share" instead`,
    });
  }
  if (b.kind === 'health' && ben.months !== undefined && ben.months !== 12) {
    issues.push({
      path: `${at}.benefit.months`,
      message: 'must be 12 (or left out): essential health care is in kind and costed per year',
    });
  }
  if (b.formula && b.kind !== 'custom') {
    issues.push({
      path: `${at}.formula`,
      message: 'is only allowed for benefits of kind "custom"',
    });
  }
  if (b.formula && b.formula.eligible === undefined && b.formula.perBeneficiary === undefined) {
    issues.push({
      path: `${at}.formula`,
      message: 'must give "eligible", "perBeneficiary" or both',
    });
  }
  if (ben.nonWageCostRate !== undefined && b.kind !== 'unemployment' && b.kind !== 'custom') {
    issues.push({
      path: `${at}.benefit.nonWageCostRate`,
      message: 'is only used by unemployment / employment guarantee and custom benefits',
    });
  }
}

function checkAssumption(
  value: AssumptionValue,
  path: string,
  min: number,
  max: number,
  issues: Issue[],
): void {
  const values = typeof value === 'number' ? [value] : value;
  values.forEach((v, j) => {
    if (!(v > min && v <= max)) {
      const where = typeof value === 'number' ? path : `${path}[${j}]`;
      issues.push({ path: where, message: `must be > ${min} and <= ${max}, found ${v}` });
    }
  });
}

function checkScenarioConsistency(s: ScenarioFile): Issue[] {
  const issues: Issue[] = [];
  if (s.years[1] < s.years[0]) {
    issues.push({ path: 'years[1]', message: `must be >= the first year ${s.years[0]}` });
  }
  const seen = new Map<string, number>();
  s.benefits.forEach((b, i) => {
    const first = seen.get(b.id);
    if (first !== undefined) {
      issues.push({
        path: `benefits[${i}].id`,
        message: `"${b.id}" is already used by benefits[${first}]`,
      });
    } else seen.set(b.id, i);
    checkBenefit(b, i, issues);
  });
  (s.financing ?? []).forEach((f, i) => {
    if (f.fullYear < f.startYear) {
      issues.push({
        path: `financing[${i}].fullYear`,
        message: `must be >= startYear ${f.startYear}`,
      });
    }
  });
  const ids = new Set(s.benefits.map((b) => b.id));
  const crisisIds = new Map<string, number>();
  (s.crisis ?? []).forEach((m, i) => {
    const at = `crisis[${i}]`;
    const first = crisisIds.get(m.id);
    if (first !== undefined) {
      issues.push({ path: `${at}.id`, message: `"${m.id}" is already used by crisis[${first}]` });
    } else crisisIds.set(m.id, i);
    if (m.kind === 'topUp') {
      if (!ids.has(m.benefit)) {
        issues.push({
          path: `${at}.benefit`,
          message: `"${m.benefit}" is not a benefit of this scenario (its benefits: ${[...ids].join(', ') || 'none'})`,
        });
      }
      if ((m.share === undefined) === (m.amountPerMonth === undefined)) {
        issues.push({
          path: at,
          message: 'give either "share" or "amountPerMonth" for a top-up, not both',
        });
      }
    }
  });
  const a = s.assumptions ?? {};
  if (a.realGrowth !== undefined)
    checkAssumption(a.realGrowth, 'assumptions.realGrowth', -1, 10, issues);
  if (a.inflation !== undefined)
    checkAssumption(a.inflation, 'assumptions.inflation', -1, 10, issues);
  if (a.revenuePctGdp !== undefined)
    checkAssumption(a.revenuePctGdp, 'assumptions.revenuePctGdp', -1e-12, 1, issues);
  if (a.expenditurePctGdp !== undefined)
    checkAssumption(a.expenditurePctGdp, 'assumptions.expenditurePctGdp', -1e-12, 1, issues);
  if (a.fxPerUsd !== undefined)
    checkAssumption(a.fxPerUsd, 'assumptions.fxPerUsd', 0, 1e12, issues);
  return issues;
}

function copyFormula(f: NonNullable<BenefitFile['formula']>): NonNullable<BenefitSpec['formula']> {
  const out: NonNullable<BenefitSpec['formula']> = {};
  if (f.eligible !== undefined) out.eligible = f.eligible;
  if (f.perBeneficiary !== undefined) out.perBeneficiary = f.perBeneficiary;
  return out;
}

/** Fills every default: the kind decides the age band, the months and the defining prevalence. */
export function normalizeBenefit(b: BenefitFile, firstYear: number): BenefitSpec {
  const d = KIND_DEFAULTS[b.kind];
  const e = b.eligibility ?? {};
  // Without a coverage ramp everyone eligible is covered from the scenario's first year.
  const coverage = b.coverage ?? { startYear: firstYear, fullYear: firstYear };
  const full = coverage.full ?? 1;
  const spec: BenefitSpec = {
    id: b.id,
    kind: b.kind,
    label: b.label ?? d.label,
    enabled: b.enabled ?? true,
    ages: b.ages ? [b.ages[0], b.ages[1]] : [d.ages[0], d.ages[1]],
    sex: b.kind === 'maternity' ? 'female' : (b.sex ?? 'all'),
    eligibility: {
      targeting: e.targeting ?? null,
      exclusionError: e.exclusionError ?? 0,
      pensionTested: e.pensionTested ?? false,
      prevalence: e.prevalence ?? d.prevalence,
      share: e.share ?? 1,
    },
    benefit: {
      basis: b.benefit.basis,
      share: b.benefit.share ?? 1,
      amount: b.benefit.amount ?? 0,
      months: b.benefit.months ?? d.months,
      indexation: b.benefit.indexation ?? 'basis',
      nonWageCostRate: b.benefit.nonWageCostRate ?? 0,
    },
    coverage: {
      startYear: coverage.startYear,
      start: coverage.start ?? full,
      fullYear: coverage.fullYear,
      full,
    },
    adminRate: b.adminRate ?? 0,
    formula: b.formula ? copyFormula(b.formula) : null,
    function: b.function ?? d.function,
  };
  return spec;
}

function normalizeFinancing(f: FinancingFile): FinancingSpec {
  return {
    option: f.option,
    label: f.label ?? financingLabel(f.option),
    startYear: f.startYear,
    start: f.start ?? 0,
    fullYear: f.fullYear,
    full: f.full,
  };
}

const DEFAULT_INTEREST = 0.06;
const DEFAULT_DEBT_CEILING = 0.7;

function normalizeFiscal(f: FiscalFile | undefined): FiscalSettings {
  const spending: FiscalSettings['currentSpendingPctGdp'] = {};
  for (const [k, v] of Object.entries(f?.currentSpendingPctGdp ?? {})) {
    if (v !== undefined) spending[k as keyof typeof spending] = v;
  }
  return {
    interestRate: f?.interestRate ?? DEFAULT_INTEREST,
    debtCeilingPctGdp: f?.debtCeilingPctGdp ?? DEFAULT_DEBT_CEILING,
    currentSpendingPctGdp: spending,
  };
}

function normalizeCrisis(m: CrisisMeasureFile): CrisisMeasure {
  const timing = {
    startYear: m.startYear,
    startMonth: m.startMonth,
    months: m.months,
    adminRate: m.adminRate ?? 0,
  };
  if (m.kind === 'topUp') {
    return {
      id: m.id,
      kind: 'topUp',
      label: m.label ?? `Top-up of ${m.benefit}`,
      benefit: m.benefit,
      share: m.share ?? null,
      amountPerMonth: m.amountPerMonth ?? null,
      ...timing,
    };
  }
  return {
    id: m.id,
    kind: m.kind,
    label:
      m.label ??
      (m.kind === 'transfer' ? 'Emergency cash transfer' : 'Extended unemployment benefit'),
    recipients: m.recipients,
    unit: m.kind === 'transfer' ? (m.unit ?? 'households') : 'persons',
    amountPerMonth: m.amountPerMonth,
    ...timing,
  };
}

function normalizeAssumptions(a: ScenarioFile['assumptions']): Assumptions {
  const out: Assumptions = {};
  if (!a) return out;
  for (const key of [
    'realGrowth',
    'inflation',
    'revenuePctGdp',
    'expenditurePctGdp',
    'fxPerUsd',
  ] as const) {
    const v = a[key];
    if (v !== undefined) out[key] = typeof v === 'number' ? v : [...v];
  }
  if (a.povertyLine !== undefined) out.povertyLine = a.povertyLine;
  return out;
}

/**
 * Reads a `spf.scenario/1` object. An inline country is read too, its problems located under `country`.
 * Checks against the country itself (years covered, rates present) happen when the scenario is run.
 */
export function readScenario(input: unknown): ReadResult<Scenario> {
  const formatIssue = checkFormat(input, [], SCENARIO_FORMAT);
  if (formatIssue) return { ok: false, issues: [formatIssue], warnings: [] };
  const parsed = parseWith(scenarioSchema, input);
  if (!parsed.ok) return { ok: false, issues: parsed.errors, warnings: parsed.warnings };
  const s = parsed.value;
  const issues = checkScenarioConsistency(s);
  const warnings = [...parsed.warnings];
  let country: string | CountryData = typeof s.country === 'string' ? s.country : '';
  if (typeof s.country !== 'string') {
    const c = readCountry(s.country, ['country']);
    warnings.push(...c.warnings);
    if (c.ok) country = c.value;
    else issues.push(...c.issues);
  }
  if (issues.length > 0) return { ok: false, issues, warnings };
  const scenario: Scenario = {
    format: SCENARIO_FORMAT,
    name: s.name,
    country,
    years: [s.years[0], s.years[1]],
    assumptions: normalizeAssumptions(s.assumptions),
    benefits: s.benefits.map((b) => normalizeBenefit(b, s.years[0])),
    financing: (s.financing ?? []).map(normalizeFinancing),
    fiscal: normalizeFiscal(s.fiscal),
    crisis: (s.crisis ?? []).map(normalizeCrisis),
  };
  if (s.description !== undefined) scenario.description = s.description;
  if (s.notes !== undefined) scenario.notes = s.notes;
  if (s.tags !== undefined) scenario.tags = [...s.tags];
  if (s.demography !== undefined) scenario.demography = normalizeDemographyVariant(s.demography);
  if (s.pension !== undefined) scenario.pension = normalizePension(s.pension);
  return { ok: true, value: scenario, warnings };
}
