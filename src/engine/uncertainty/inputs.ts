import type { CountryData } from '../formats/country-schema';
import { InputError, type Issue } from '../formats/issues';
import type { BenefitSpec, Scenario } from '../formats/scenario-model';
import { codedIssue, type CodedMessage, type MessageCode } from '../messages';
import { PREVALENCE, type RateName } from '../vocabulary';
import type { DemographicInput, Shocks } from './shocks';

/**
 * How an input's values read: a shift added to a yearly rate (shown in percentage points), a factor
 * on a level (shown as a percentage), children per woman added, or a multiple of net migration.
 */
export type InputUnit = 'shift' | 'factor' | 'children' | 'multiple';

/** An uncertain input's documented default range (methodology 10.2 gives the reasoning of each). */
interface InputKind {
  label: MessageCode;
  unit: InputUnit;
  /** The value that leaves the scenario as it is. */
  central: number;
  /** Default low and high ends: the 5th and 95th percentiles of the Monte Carlo draws. */
  low: number;
  high: number;
  /** Any value, set or drawn, is kept within these. */
  min: number;
  max: number;
  apply: (s: Shocks, value: number) => void;
}

const factor = (label: MessageCode, low: number, high: number, apply: InputKind['apply']) =>
  ({ label, unit: 'factor', central: 1, low, high, min: 0, max: 10, apply }) as const;

const rate = (label: MessageCode, name: RateName, spread: number): InputKind =>
  factor(label, 1 - spread, 1 + spread, (s, v) => {
    s.rates[name] = v;
  });

const demographic = (
  label: MessageCode,
  unit: InputUnit,
  range: [number, number, number],
  bounds: [number, number],
): InputKind => ({
  label,
  unit,
  central: range[1],
  low: range[0],
  high: range[2],
  min: bounds[0],
  max: bounds[1],
  // Placed by the demographic variants (see resolveInputs): the value's position between them.
  apply: () => undefined,
});

/** The inputs every scenario may have, by name; each benefit adds `coverage.<id>` and `level.<id>`. */
export const UNCERTAIN_INPUT = {
  growth: {
    label: 'uncertainty.input.growth',
    unit: 'shift',
    central: 0,
    low: -0.01,
    high: 0.01,
    min: -0.2,
    max: 0.2,
    apply: (s, v) => {
      s.growth = v;
    },
  },
  inflation: {
    label: 'uncertainty.input.inflation',
    unit: 'shift',
    central: 0,
    low: -0.02,
    high: 0.02,
    min: -0.5,
    max: 1,
    apply: (s, v) => {
      s.inflation = v;
    },
  },
  exchangeRate: factor('uncertainty.input.exchangeRate', 0.85, 1.15, (s, v) => {
    s.exchangeRate = v;
  }),
  povertyLine: factor('uncertainty.input.povertyLine', 0.9, 1.1, (s, v) => {
    s.povertyLine = v;
  }),
  minimumWage: factor('uncertainty.input.minimumWage', 0.9, 1.1, (s, v) => {
    s.minimumWage = v;
  }),
  averageWage: factor('uncertainty.input.averageWage', 0.9, 1.1, (s, v) => {
    s.averageWage = v;
  }),
  povertyRate: rate('uncertainty.input.povertyRate', 'poverty', 0.1),
  disability: rate('uncertainty.input.disability', 'disability', 0.2),
  orphanhood: rate('uncertainty.input.orphanhood', 'orphanhood', 0.2),
  unemployment: rate('uncertainty.input.unemployment', 'unemployment', 0.2),
  healthCoverage: rate('uncertainty.input.healthCoverage', 'healthCoverage', 0.1),
  administration: factor('uncertainty.input.administration', 0.75, 1.25, (s, v) => {
    s.administration = v;
  }),
  financing: factor('uncertainty.input.financing', 0.8, 1.2, (s, v) => {
    s.financing = v;
  }),
  fertility: demographic('uncertainty.input.fertility', 'children', [-0.5, 0, 0.5], [-3, 3]),
  mortality: demographic('uncertainty.input.mortality', 'shift', [-0.005, 0, 0.005], [-0.1, 0.1]),
  migration: demographic('uncertainty.input.migration', 'multiple', [0, 1, 2], [-5, 5]),
} as const satisfies Record<string, InputKind>;
export type GlobalInputName = keyof typeof UNCERTAIN_INPUT;

/** Per benefit: take-up against the coverage ramp, and the level against its basis. */
const BENEFIT_INPUT = {
  coverage: factor('uncertainty.input.coverage', 0.9, 1.1, () => undefined),
  level: factor('uncertainty.input.level', 0.95, 1.05, () => undefined),
} as const satisfies Record<string, InputKind>;

/**
 * Inputs drawn together through their correlations (methodology 10.4): new revenue moves with growth
 * (buoyancy), the exchange rate with inflation (pass-through). Others are drawn independently.
 */
export const CORRELATED_INPUTS = ['growth', 'inflation', 'exchangeRate', 'financing'] as const;
export const INPUT_CORRELATION: readonly (readonly number[])[] = [
  [1, 0, 0, 0.5],
  [0, 1, 0.5, 0],
  [0, 0.5, 1, 0],
  [0.5, 0, 0, 1],
];

/** An input of one scenario with its range settled (defaults, the scenario's own, the spread). */
export interface UncertainInput {
  name: string;
  label: CodedMessage;
  unit: InputUnit;
  central: number;
  low: number;
  high: number;
  min: number;
  max: number;
  /** The demographic input this is, if any (its values place the population between variants). */
  demographic?: DemographicInput;
  apply: (s: Shocks, value: number) => void;
}

const DEMOGRAPHIC: readonly DemographicInput[] = ['fertility', 'mortality', 'migration'];

function costed(b: BenefitSpec): boolean {
  return b.enabled;
}

/** Which of the global inputs move this scenario's results. */
function globalInputsUsed(scenario: Scenario, country: CountryData): GlobalInputName[] {
  const benefits = scenario.benefits.filter(costed);
  const usesBasis = (basis: string) =>
    benefits.some((b) => b.benefit.basis === basis || b.formula !== null);
  const prevalenceRates = new Set(
    benefits.flatMap((b) =>
      b.eligibility.prevalence ? [PREVALENCE[b.eligibility.prevalence].rate] : [],
    ),
  );
  const names: GlobalInputName[] = ['growth', 'inflation', 'exchangeRate'];
  if (usesBasis('povertyLine')) names.push('povertyLine');
  if (usesBasis('minimumWage')) names.push('minimumWage');
  if (usesBasis('averageWage')) names.push('averageWage');
  if (benefits.some((b) => b.eligibility.targeting === 'poverty')) names.push('povertyRate');
  for (const r of ['disability', 'orphanhood', 'unemployment', 'healthCoverage'] as const) {
    if (prevalenceRates.has(r)) names.push(r);
  }
  if (benefits.some((b) => b.adminRate > 0)) names.push('administration');
  if (scenario.financing.length > 0) names.push('financing');
  if (country.demography) names.push(...DEMOGRAPHIC);
  return names;
}

function fromKind(name: string, kind: InputKind, label: CodedMessage): UncertainInput {
  const input: UncertainInput = {
    name,
    label,
    unit: kind.unit,
    central: kind.central,
    low: kind.low,
    high: kind.high,
    min: kind.min,
    max: kind.max,
    apply: kind.apply,
  };
  if ((DEMOGRAPHIC as readonly string[]).includes(name)) {
    input.demographic = name as DemographicInput;
  }
  return input;
}

/** Every uncertain input of the scenario at its default range, globals first, then by benefit. */
function defaultInputs(scenario: Scenario, country: CountryData): UncertainInput[] {
  const inputs = globalInputsUsed(scenario, country).map((name) =>
    fromKind(name, UNCERTAIN_INPUT[name], { code: UNCERTAIN_INPUT[name].label }),
  );
  for (const b of scenario.benefits.filter(costed)) {
    const params = { benefit: b.label };
    const coverage = fromKind(`coverage.${b.id}`, BENEFIT_INPUT.coverage, {
      code: BENEFIT_INPUT.coverage.label,
      params,
    });
    coverage.apply = (s, v) => {
      s.coverage[b.id] = v;
    };
    inputs.push(coverage);
    if (b.formula?.perBeneficiary === undefined) {
      const level = fromKind(`level.${b.id}`, BENEFIT_INPUT.level, {
        code: BENEFIT_INPUT.level.label,
        params,
      });
      level.apply = (s, v) => {
        s.level[b.id] = v;
      };
      inputs.push(level);
    }
  }
  return inputs;
}

function checkRange(input: UncertainInput, path: string, issues: Issue[]): void {
  const { low, high, central, min, max } = input;
  for (const [end, value] of [
    ['low', low],
    ['high', high],
  ] as const) {
    if (value < min || value > max)
      issues.push(
        codedIssue(`${path}.${end}`, 'uncertainty.outsideBounds', { min, max, found: value }),
      );
  }
  if (low > central)
    issues.push(codedIssue(`${path}.low`, 'uncertainty.lowAboveCentral', { low, central }));
  if (high < central)
    issues.push(codedIssue(`${path}.high`, 'uncertainty.highBelowCentral', { high, central }));
}

/**
 * The scenario's uncertain inputs with their ranges: the documented defaults, replaced where the
 * scenario's `uncertainty.inputs` sets one, then scaled by `uncertainty.spread` around the central
 * value (so a spread of 0 fixes every input). Throws InputError naming the field of a bad range.
 */
export function resolveInputs(scenario: Scenario, country: CountryData): UncertainInput[] {
  const settings = scenario.uncertainty;
  const spread = settings?.spread ?? 1;
  const inputs = defaultInputs(scenario, country);
  const byName = new Map(inputs.map((i) => [i.name, i]));
  const issues: Issue[] = [];
  for (const [name, o] of Object.entries(settings?.inputs ?? {})) {
    const input = byName.get(name);
    const path = `uncertainty.inputs.${name}`;
    if (!input) {
      issues.push(
        codedIssue(path, 'uncertainty.unknownInput', { names: [...byName.keys()].join(', ') }),
      );
      continue;
    }
    if (!o.enabled) byName.delete(name);
    if (o.low !== undefined) input.low = o.low;
    if (o.high !== undefined) input.high = o.high;
    checkRange(input, path, issues);
  }
  if (issues.length > 0) throw new InputError(issues);
  return [...byName.values()].map((i) => {
    const scaled = {
      ...i,
      low: i.central + spread * (i.low - i.central),
      high: i.central + spread * (i.high - i.central),
    };
    const d = i.demographic;
    if (d) scaled.apply = (s, v) => (s.demography[d] = variantPosition(scaled, v));
    return scaled;
  });
}

/**
 * Where a demographic value lies between the central projection (0) and the low (-1) or high (+1)
 * variant, which are projected at the input's low and high values.
 */
export function variantPosition(input: UncertainInput, value: number): number {
  const { central, low, high } = input;
  if (value >= central) return high === central ? 0 : (value - central) / (high - central);
  return low === central ? 0 : -(value - central) / (low - central);
}
