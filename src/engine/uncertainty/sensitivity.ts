import { InputError } from '../formats/issues';
import type { CountryData } from '../formats/country-schema';
import type { Scenario } from '../formats/scenario-model';
import type { PackageCosts } from '../costing/run-scenario';
import { codedIssue, renderMessage, type MessageLanguage } from '../messages';
import type { InputUnit } from './inputs';
import { centralValues, costWithValues, prepareShockableRun } from './shocked-run';

/** What a tornado measures: total cost (% of GDP or LCU) or the financing gap (% of GDP). */
export const SENSITIVITY_MEASURES = ['total.pctGdp', 'total.cost', 'gap.pctGdp'] as const;
export type SensitivityMeasure = (typeof SENSITIVITY_MEASURES)[number];

const READ_MEASURE: Record<SensitivityMeasure, (c: PackageCosts, i: number) => number> = {
  'total.pctGdp': (c, i) => c.total.pctGdp[i]!,
  'total.cost': (c, i) => c.total.cost[i]!,
  'gap.pctGdp': (c, i) => c.financing.gapPctGdp[i]!,
};

export interface SensitivityEntry {
  name: string;
  label: string;
  unit: InputUnit;
  /** The input's low and high values, in its unit. */
  lowValue: number;
  highValue: number;
  /** The measure with the input at its low and at its high value, the others central. */
  low: number;
  high: number;
}

export interface SensitivityResult {
  year: number;
  measure: SensitivityMeasure;
  /** The measure with every input central: the scenario's own result. */
  base: number;
  /** Largest swing |high - low| first. */
  inputs: SensitivityEntry[];
}

/**
 * The first year every enabled benefit is at full coverage (the latest full-coverage year), within
 * the scenario's years: the year a tornado shows by default.
 */
export function defaultSensitivityYear(scenario: Scenario): number {
  const [first, last] = scenario.years;
  const full = scenario.benefits.filter((b) => b.enabled).map((b) => b.coverage.fullYear);
  return Math.min(last, Math.max(first, ...full));
}

/** The index of `year` in the scenario, or an InputError naming `field`. */
export function scenarioYearIndex(scenario: Scenario, year: number, field = 'year'): number {
  const [from, to] = scenario.years;
  if (!Number.isInteger(year) || year < from || year > to) {
    throw new InputError([codedIssue(field, 'uncertainty.yearOutside', { from, to, found: year })]);
  }
  return year - from;
}

/**
 * One-at-a-time sensitivity (methodology 10.5): each uncertain input at its low and high value, every
 * other input central, and the measure in `year`, largest swing first.
 */
export function sensitivity(
  scenario: Scenario,
  country: CountryData,
  options: { year?: number; measure?: SensitivityMeasure; lang?: MessageLanguage } = {},
): SensitivityResult {
  const year = options.year ?? defaultSensitivityYear(scenario);
  const measure = options.measure ?? 'total.pctGdp';
  const lang = options.lang ?? 'en';
  const i = scenarioYearIndex(scenario, year);
  const run = prepareShockableRun(scenario, country);
  const read = (values: number[]) => READ_MEASURE[measure](costWithValues(run, values), i);
  const central = centralValues(run);
  const at = (j: number, value: number) => read(central.map((c, k) => (k === j ? value : c)));
  const inputs = run.inputs.map((input, j) => ({
    name: input.name,
    label: renderMessage(input.label.code, input.label.params, lang) ?? input.name,
    unit: input.unit,
    lowValue: input.low,
    highValue: input.high,
    low: at(j, input.low),
    high: at(j, input.high),
  }));
  const swing = (e: SensitivityEntry) => Math.abs(e.high - e.low);
  inputs.sort((a, b) => swing(b) - swing(a) || a.name.localeCompare(b.name));
  return { year, measure, base: read(central), inputs };
}
