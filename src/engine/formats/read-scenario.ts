import { codedIssue } from '../messages';
import { LIMITS } from './limits';
import { MAX_RATIO_TO_GDP, type CountryData } from './country-schema';
import type { Issue, ReadResult } from './issues';
import { parseWith } from './parse-with';
import { checkFormat, readCountry } from './read-country';
import { normalizeDemographyVariant } from './demography-schema';
import { normalizePension } from './pension-schema';
import { normalizeUncertainty } from './uncertainty-schema';
import {
  SCENARIO_FORMAT,
  scenarioSchema,
  type AssumptionValue,
  type BenefitFile,
  type FinancingFile,
  type ScenarioFile,
} from './scenario-schema';
import type { CoverageFile } from './coverage-schema';
import type {
  Assumptions,
  BenefitSpec,
  Coverage,
  CoveragePoint,
  CrisisMeasure,
  FinancingSpec,
  FiscalSettings,
  Ramp,
  Scenario,
} from './scenario-model';
import type { CrisisMeasureFile, FiscalFile } from './crisis-schema';
import { benefitKind, FINANCING_OPTION, type FinancingOption } from '../vocabulary';

export function financingLabel(option: FinancingOption): string {
  return FINANCING_OPTION[option].label;
}

function checkBenefit(b: BenefitFile, i: number, issues: Issue[]): void {
  const at = `benefits[${i}]`;
  if (b.ages && b.ages[1] < b.ages[0]) {
    issues.push(codedIssue(`${at}.ages[1]`, 'scenario.atLeastFromAge', { fromAge: b.ages[0] }));
  }
  const c = b.coverage;
  if (c?.startYear !== undefined && c.fullYear !== undefined && c.fullYear < c.startYear) {
    issues.push(
      codedIssue(`${at}.coverage.fullYear`, 'scenario.atLeastStartYear', {
        startYear: c.startYear,
      }),
    );
  }
  const ben = b.benefit;
  if (ben.basis === 'fixed') {
    if (ben.amount === undefined) {
      issues.push(codedIssue(`${at}.benefit.amount`, 'scenario.fixedAmountRequired'));
    }
    if (ben.share !== undefined && ben.share !== 1) {
      issues.push(codedIssue(`${at}.benefit.share`, 'scenario.fixedShareMustBeOne'));
    }
  } else if (ben.amount !== undefined) {
    issues.push(
      codedIssue(`${at}.benefit.amount`, 'scenario.amountOnlyFixed', { basis: ben.basis }),
    );
  }
  const kind = benefitKind(b.kind);
  if (kind.fixedMonths !== null && ben.months !== undefined && ben.months !== kind.fixedMonths) {
    issues.push(codedIssue(`${at}.benefit.months`, 'scenario.healthMonths'));
  }
  if (b.formula && !kind.allowsFormula) {
    issues.push(codedIssue(`${at}.formula`, 'scenario.formulaOnlyCustom'));
  }
  if (b.formula && b.formula.eligible === undefined && b.formula.perBeneficiary === undefined) {
    issues.push(codedIssue(`${at}.formula`, 'scenario.formulaNeedsPart'));
  }
  if (ben.nonWageCostRate !== undefined && !kind.allowsNonWageCost) {
    issues.push(codedIssue(`${at}.benefit.nonWageCostRate`, 'scenario.nonWageCostOnly'));
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
      issues.push(codedIssue(where, 'scenario.assumptionRange', { min, max, found: v }));
    }
  });
}

/**
 * The parts of a scenario the cross-field checks need. After a schema failure they hold what still
 * parses on its own (an element that does not is left undefined), so a file with several faults gets
 * every one of them reported, not only the schema's.
 */
interface ConsistencyParts {
  years: readonly [number, number] | undefined;
  benefits: readonly (BenefitFile | undefined)[];
  /** Every benefit id given as text, for the top-ups that name one. */
  benefitIds: ReadonlySet<string>;
  financing: readonly (FinancingFile | undefined)[];
  crisis: readonly (CrisisMeasureFile | undefined)[];
  assumptions: ScenarioFile['assumptions'];
}

function partsOf(s: ScenarioFile): ConsistencyParts {
  return {
    years: s.years,
    benefits: s.benefits,
    benefitIds: new Set(s.benefits.map((b) => b.id)),
    financing: s.financing ?? [],
    crisis: s.crisis ?? [],
    assumptions: s.assumptions,
  };
}

/** What parses of a scenario that failed the schema as a whole. */
function salvagedParts(input: unknown): ConsistencyParts {
  const raw = input as Record<string, unknown>;
  const shape = scenarioSchema.shape;
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? (v as unknown[]) : []);
  const each = <T>(v: unknown, schema: { safeParse: (x: unknown) => { data?: T } }) =>
    list(v).map((x) => schema.safeParse(x).data);
  const benefitIds = new Set<string>();
  for (const b of list(raw.benefits)) {
    const id = (b as { id?: unknown } | null)?.id;
    if (typeof id === 'string') benefitIds.add(id);
  }
  return {
    years: shape.years.safeParse(raw.years).data,
    benefits: each<BenefitFile>(raw.benefits, shape.benefits.element),
    benefitIds,
    financing: each<FinancingFile>(raw.financing, shape.financing.unwrap().element),
    crisis: each<CrisisMeasureFile>(raw.crisis, shape.crisis.unwrap().element),
    assumptions: shape.assumptions.safeParse(raw.assumptions).data,
  };
}

function checkYearsSpan(years: readonly [number, number], issues: Issue[]): void {
  if (years[1] < years[0]) {
    issues.push(codedIssue('years[1]', 'scenario.atLeastFirstYear', { firstYear: years[0] }));
    return;
  }
  const span = years[1] - years[0] + 1;
  const limit = LIMITS.yearsSpan;
  if (span > limit) {
    issues.push(
      codedIssue('years', 'limits.yearsSpan', {
        limit,
        found: span,
        first: years[0],
        last: years[1],
      }),
    );
  }
}

function checkCrisisMeasures(p: ConsistencyParts, issues: Issue[]): void {
  const ids = p.benefitIds;
  const crisisIds = new Map<string, number>();
  p.crisis.forEach((m, i) => {
    if (!m) return;
    const at = `crisis[${i}]`;
    const first = crisisIds.get(m.id);
    if (first !== undefined) {
      issues.push(codedIssue(`${at}.id`, 'scenario.crisisIdUsed', { id: m.id, first }));
    } else crisisIds.set(m.id, i);
    if (m.kind === 'topUp') {
      if (!ids.has(m.benefit)) {
        issues.push(
          codedIssue(`${at}.benefit`, 'scenario.notABenefit', {
            benefit: m.benefit,
            ids: [...ids].join(', ') || '@term.none',
          }),
        );
      }
      if ((m.share === undefined) === (m.amountPerMonth === undefined)) {
        issues.push(codedIssue(at, 'scenario.topUpShareOrAmount'));
      }
    }
  });
}

function checkAssumptions(a: ScenarioFile['assumptions'], issues: Issue[]): void {
  if (!a) return;
  if (a.realGrowth !== undefined)
    checkAssumption(a.realGrowth, 'assumptions.realGrowth', -1, 10, issues);
  if (a.inflation !== undefined)
    checkAssumption(a.inflation, 'assumptions.inflation', -1, 10, issues);
  if (a.revenuePctGdp !== undefined)
    checkAssumption(a.revenuePctGdp, 'assumptions.revenuePctGdp', -1e-12, MAX_RATIO_TO_GDP, issues);
  if (a.expenditurePctGdp !== undefined)
    checkAssumption(
      a.expenditurePctGdp,
      'assumptions.expenditurePctGdp',
      -1e-12,
      MAX_RATIO_TO_GDP,
      issues,
    );
  if (a.fxPerUsd !== undefined)
    checkAssumption(a.fxPerUsd, 'assumptions.fxPerUsd', 0, 1e12, issues);
}

/** The checks across fields, all run together so that every fault is reported at once. */
function checkScenarioConsistency(p: ConsistencyParts): Issue[] {
  const issues: Issue[] = [];
  if (p.years) checkYearsSpan(p.years, issues);
  const seen = new Map<string, number>();
  p.benefits.forEach((b, i) => {
    if (!b) return;
    const first = seen.get(b.id);
    if (first !== undefined) {
      issues.push(codedIssue(`benefits[${i}].id`, 'scenario.benefitIdUsed', { id: b.id, first }));
    } else seen.set(b.id, i);
    checkBenefit(b, i, issues);
  });
  p.financing.forEach((f, i) => {
    if (f && f.fullYear < f.startYear) {
      issues.push(
        codedIssue(`financing[${i}].fullYear`, 'scenario.atLeastStartYear', {
          startYear: f.startYear,
        }),
      );
    }
  });
  checkCrisisMeasures(p, issues);
  checkAssumptions(p.assumptions, issues);
  return issues;
}

function sameIssue(issues: readonly Issue[], other: Issue): boolean {
  return issues.some((i) => i.path === other.path && i.message === other.message);
}

function copyFormula(f: NonNullable<BenefitFile['formula']>): NonNullable<BenefitSpec['formula']> {
  const out: NonNullable<BenefitSpec['formula']> = {};
  if (f.eligible !== undefined) out.eligible = f.eligible;
  if (f.perBeneficiary !== undefined) out.perBeneficiary = f.perBeneficiary;
  return out;
}

/**
 * The coverage with its defaults: without any, everyone eligible is covered from the scenario's first
 * year. Year-by-year rates are sorted by year and summarised in the ramp fields (first and last point).
 */
function normalizeCoverage(c: CoverageFile | undefined, firstYear: number): Coverage {
  if (c?.byYear) {
    return coverageFromPoints(
      Object.entries(c.byYear).map(([year, rate]) => ({ year: Number(year), rate })),
    );
  }
  const full = c?.full ?? 1;
  return {
    startYear: c?.startYear ?? firstYear,
    start: c?.start ?? full,
    fullYear: c?.fullYear ?? firstYear,
    full,
  };
}

/**
 * Year-by-year coverage from its points (at least one), sorted by year, with the ramp fields
 * summarising them: startYear/start the first point, fullYear/full the last.
 */
export function coverageFromPoints(points: readonly CoveragePoint[]): Coverage {
  const byYear = [...points].sort((a, b) => a.year - b.year);
  const first = byYear[0]!;
  const last = byYear[byYear.length - 1]!;
  return { startYear: first.year, start: first.rate, fullYear: last.year, full: last.rate, byYear };
}

/**
 * The points of a ramp, so that switching a coverage to year by year keeps every year's rate: its
 * start and full values in their years, or the full value alone when it starts at full.
 */
export function rampPoints(r: Ramp): CoveragePoint[] {
  if (r.fullYear <= r.startYear) return [{ year: r.startYear, rate: r.full }];
  return [
    { year: r.startYear, rate: r.start },
    { year: r.fullYear, rate: r.full },
  ];
}

/** A coverage in file form: its year-by-year rates when it has them, else its ramp. */
export function coverageToFile(c: Coverage): CoverageFile {
  if (c.byYear) {
    return { byYear: Object.fromEntries(c.byYear.map((p) => [String(p.year), p.rate])) };
  }
  return { startYear: c.startYear, start: c.start, fullYear: c.fullYear, full: c.full };
}

/** Fills every default: the kind decides the age band, the months and the defining prevalence. */
export function normalizeBenefit(b: BenefitFile, firstYear: number): BenefitSpec {
  const d = benefitKind(b.kind);
  const e = b.eligibility ?? {};
  const spec: BenefitSpec = {
    id: b.id,
    kind: b.kind,
    label: b.label ?? d.label,
    enabled: b.enabled ?? true,
    ages: b.ages ? [b.ages[0], b.ages[1]] : [d.ages[0], d.ages[1]],
    // Births are counted for their mothers.
    sex: d.base === 'births' ? 'female' : (b.sex ?? 'all'),
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
    coverage: normalizeCoverage(b.coverage, firstYear),
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
  if (!parsed.ok) {
    // Every fault at once: what still parses is checked across fields, and an inline country is read.
    const more = checkScenarioConsistency(salvagedParts(input));
    const issues = [...parsed.errors, ...more.filter((m) => !sameIssue(parsed.errors, m))];
    const warnings = [...parsed.warnings];
    const inline = (input as { country?: unknown }).country;
    if (inline !== null && typeof inline === 'object' && !Array.isArray(inline)) {
      const c = readCountry(inline, ['country']);
      warnings.push(...c.warnings);
      if (!c.ok) issues.push(...c.issues.filter((m) => !sameIssue(issues, m)));
    }
    return { ok: false, issues, warnings };
  }
  const s = parsed.value;
  const issues = checkScenarioConsistency(partsOf(s));
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
  if (s.uncertainty !== undefined) scenario.uncertainty = normalizeUncertainty(s.uncertainty);
  return { ok: true, value: scenario, warnings };
}
