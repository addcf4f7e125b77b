import {
  BALANCE_ROLES,
  benefitKind,
  type BenefitKind,
  type CoveragePoint,
  optionsWhere,
  PREVALENCE,
  PREVALENCES,
  type Prevalence,
  type RateName,
} from '#engine';

/**
 * The workbook's formulas that follow the engine's tables: written here from the descriptors, so that
 * a new option, prevalence or ramp rule reaches the workbook without anyone re-spelling it as text.
 */

/** Cell names of a ramp's four parameters (methodology 2.2). */
export interface RampNames {
  startYear: string;
  start: string;
  fullYear: string;
  full: string;
}

/**
 * The linear ramp as a formula of the year cell: 0 before the start year, `start` in it, linear to
 * `full` in the full year and `full` after (the engine's rampValue).
 */
export function rampFormula(year: string, n: RampNames): string {
  return (
    `IF(${year}<${n.startYear},0,IF(${year}>=${n.fullYear},${n.full},` +
    `${n.start}+(${n.full}-${n.start})*(${year}-${n.startYear})/(${n.fullYear}-${n.startYear})))`
  );
}

/**
 * Year-by-year coverage in the row of `year` (whose value is `yearValue`), as the engine's pointsValue:
 * 0 before the first point, the last rate after the last, else the linear formula between the two
 * points around the year. One formula per row keeps the points readable and within Excel's nesting
 * limit (a 101-point nested IF would pass it). `rate` writes each rate (the tornado scales them).
 */
export function pointsFormula(
  year: string,
  points: readonly CoveragePoint[],
  yearValue: number,
  rate: (r: number) => string = String,
): string {
  const first = points[0];
  if (!first || yearValue < first.year) return '0';
  const next = points.findIndex((p) => yearValue < p.year);
  if (next < 0) return rate(points[points.length - 1]!.rate);
  const a = points[next - 1]!;
  const b = points[next]!;
  const [ra, rb] = [rate(a.rate), rate(b.rate)];
  return `${ra}+(${rb}-${ra})*(${year}-${a.year})/(${b.year}-${a.year})`;
}

/**
 * The formula of the case a text cell names, one test per case in the given order; `otherwise` when it
 * names none (NA() where the cell's drop-down allows nothing else, so a stray text shows as #N/A).
 */
export function caseFormula<K extends string>(
  cell: string,
  order: readonly K[],
  cases: Record<K, string>,
  otherwise = 'NA()',
): string {
  return order.reduceRight((rest, k) => `IF(${cell}="${k}",${cases[k]},${rest})`, otherwise);
}

/** A test that a text cell holds one of the values (a single comparison when there is one). */
export function isOneOf(cell: string, values: readonly string[]): string {
  const tests = values.map((v) => `${cell}="${v}"`);
  return tests.length === 1 ? tests[0]! : `OR(${tests.join(',')})`;
}

/** A test that a text cell holds none of the values. */
export function isNoneOf(cell: string, values: readonly string[]): string {
  const tests = values.map((v) => `${cell}<>"${v}"`);
  return tests.length === 1 ? tests[0]! : `AND(${tests.join(',')})`;
}

/**
 * An option's role in the balance, from the option's name: one test per role, in the engine's order;
 * a name outside the list (the cell offers the list as a drop-down) gives #N/A, never a role.
 */
export function optionRoleFormula(option: string): string {
  return BALANCE_ROLES.reduceRight((otherwise, role) => {
    const options = optionsWhere((d) => d.role === role);
    return options.length === 0
      ? otherwise
      : `IF(${isOneOf(option, options)},"${role}",${otherwise})`;
  }, 'NA()');
}

/** True when the option is domestic (the funding gap leaves the others out); null when all are. */
export function domesticTest(option: string): string | null {
  const foreign = optionsWhere((d) => !d.domestic);
  return foreign.length === 0 ? null : isNoneOf(option, foreign);
}

/** True when the option's resources are new debt; null when no option is. */
export function addsToDebtTest(option: string): string | null {
  const debt = optionsWhere((d) => d.addsToDebt);
  return debt.length === 0 ? null : isOneOf(option, debt);
}

/**
 * The prevalence factor of one cell: the rate the prevalence reads, or its complement for those it
 * leaves out (health care for the uncovered), and 1 when the benefit names none.
 */
export function prevalenceFormula(prevalence: string, rate: (r: RateName) => string): string {
  const factor = (p: Prevalence) => {
    const d = PREVALENCE[p];
    return d.counts === 'complement' ? `1-${rate(d.rate)}` : rate(d.rate);
  };
  const cases = Object.fromEntries(PREVALENCES.map((p) => [p, factor(p)])) as Record<
    Prevalence,
    string
  >;
  return caseFormula(prevalence, PREVALENCES, cases, '1');
}

/** Whether a benefit counts births (its ages are then the mothers' ages), as the engine does. */
export function countsBirths(b: { spec: { kind: BenefitKind } }): boolean {
  return benefitKind(b.spec.kind).base === 'births';
}
