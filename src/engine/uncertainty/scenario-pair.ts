import { CELLS, FEMALE, MALE, type CountryModel } from '../country/country-model';
import { AGES } from '../formats/rate-spec';
import type { CountryData } from '../formats/country-schema';
import type { RateSpec } from '../formats/rate-spec';
import type { BenefitSpec, FinancingSpec, Scenario } from '../formats/scenario-model';
import type { ScenarioFile } from '../formats/scenario-schema';
import { renderMessage, type MessageCode, type MessageLanguage } from '../messages';
import type { RateName } from '../vocabulary';
import type { InputUnit } from './inputs';
import type { SensitivityEntry, SensitivityResult } from './sensitivity';
import { coverageToFile } from '../formats/read-scenario';
import {
  DEMOGRAPHIC_INPUTS,
  neutralShocks,
  scaleCoverage,
  shockModel,
  type Shocks,
} from './shocks';
import { prepareShockableRun, type ShockableRun } from './shocked-run';

/** The tornado's two ends as whole scenario files, ready to save beside the scenario they came from. */
export interface ScenarioPair {
  low: ScenarioFile;
  high: ScenarioFile;
}

type End = 'low' | 'high';

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * The value of each input at the end of its range that moves the measure towards `end` (the low
 * scenario takes, for every input, whichever of its low and high values gives the lower measure).
 * An input that does not move the measure stays central, so the pair changes only what matters.
 */
function valuesAtEnd(
  result: SensitivityResult,
  end: End,
): Map<string, SensitivityEntry & { value: number }> {
  const out = new Map<string, SensitivityEntry & { value: number }>();
  for (const e of result.inputs) {
    if (e.low === e.high) continue;
    const lowerIsLowValue = e.low < e.high;
    const value = (end === 'low') === lowerIsLowValue ? e.lowValue : e.highValue;
    out.set(e.name, { ...e, value });
  }
  return out;
}

/** The shocks of one end, applied through each input's own rule (the same as a tornado run's). */
function shocksAtEnd(run: ShockableRun, values: ReadonlyMap<string, { value: number }>): Shocks {
  const shocks = neutralShocks();
  for (const input of run.inputs) {
    const v = values.get(input.name);
    if (v !== undefined) input.apply(shocks, v.value);
  }
  return shocks;
}

function shockedBenefitFile(
  file: ScenarioFile['benefits'][number],
  spec: BenefitSpec,
  s: Shocks,
): ScenarioFile['benefits'][number] {
  const coverage = s.coverage[spec.id] ?? 1;
  const level = s.level[spec.id] ?? 1;
  const out = { ...file, benefit: { ...file.benefit } };
  if (coverage !== 1) out.coverage = coverageToFile(scaleCoverage(spec.coverage, coverage));
  if (level !== 1) {
    if (spec.benefit.basis === 'fixed') out.benefit.amount = spec.benefit.amount * level;
    else out.benefit.share = spec.benefit.share * level;
  }
  if (s.administration !== 1) out.adminRate = spec.adminRate * s.administration;
  return out;
}

function shockedFinancing(specs: readonly FinancingSpec[], file: ScenarioFile, f: number) {
  if (f === 1 || !file.financing) return file.financing;
  return file.financing.map((o, i) => ({
    ...o,
    start: specs[i]!.start * f,
    full: specs[i]!.full * f,
  }));
}

/**
 * Growth, inflation and the exchange rate as assumption paths (one value a year after the base year):
 * the model's own path with the end's shift, read from the shocked model so the exchange rate follows
 * prices exactly as a draw's does. GDP is rebuilt from the base year by the paths, which is what the
 * draws do when the country's observed GDP agrees with its own growth and inflation.
 */
function shockedAssumptions(
  scenario: Scenario,
  s: Shocks,
  shocked: CountryModel,
): ScenarioFile['assumptions'] {
  const own = { ...scenario.assumptions };
  const afterBase = (series: Float64Array) => Array.from(series.subarray(1));
  if (s.growth !== 0) own.realGrowth = afterBase(shocked.realGrowth);
  if (s.inflation !== 0) own.inflation = afterBase(shocked.inflation);
  if (s.inflation !== 0 || s.exchangeRate !== 1) own.fxPerUsd = afterBase(shocked.fxPerUsd);
  return Object.keys(own).length > 0 ? own : undefined;
}

function scaleAgeRate(r: RateSpec, f: number): RateSpec {
  if (typeof r === 'number') return clamp01(r * f);
  if (!Array.isArray(r)) {
    return { female: scaleAgeRate(r.female, f), male: scaleAgeRate(r.male, f) } as RateSpec;
  }
  return r.map((v) =>
    Array.isArray(v) ? [v[0], v[1], clamp01(v[2] * f)] : clamp01(v * f),
  ) as RateSpec;
}

const scaleSeries = (xs: number[] | undefined, f: number) => xs?.map((x) => x * f);

const movesPopulation = (s: Shocks) => DEMOGRAPHIC_INPUTS.some((d) => s.demography[d] !== 0);

/** Whether the end changes anything that lives in the country's data rather than the scenario. */
function movesCountryData(s: Shocks): boolean {
  return (
    s.povertyLine !== 1 ||
    s.minimumWage !== 1 ||
    s.averageWage !== 1 ||
    Object.values(s.rates).some((f) => f !== 1) ||
    movesPopulation(s)
  );
}

/**
 * A copy of the country with the poverty line (the scenario's line: its amount, own series and
 * headcount), the wages and the rates scaled as the end has them; the original is left unchanged.
 */
function shockedCountry(
  country: CountryData,
  scenario: Scenario,
  s: Shocks,
  shocked: CountryModel,
): CountryData {
  const macro = { ...country.macro };
  const rates = { ...(country.rates ?? {}) } as Record<string, RateSpec>;
  const out: CountryData = { ...country, macro };
  const povertyRate = s.rates.poverty ?? 1;
  const chosen = scenario.assumptions.povertyLine;
  if (country.povertyLines) {
    const index = chosen ? country.povertyLines.findIndex((l) => l.id === chosen) : 0;
    out.povertyLines = country.povertyLines.map((l, i) =>
      i !== index
        ? l
        : {
            ...l,
            ...(l.amount !== undefined ? { amount: l.amount * s.povertyLine } : {}),
            ...(l.headcount !== undefined
              ? { headcount: scaleAgeRate(l.headcount, povertyRate) }
              : {}),
          },
    );
  } else {
    if (country.povertyLine !== undefined) out.povertyLine = country.povertyLine * s.povertyLine;
    if (rates.poverty !== undefined) rates.poverty = scaleAgeRate(rates.poverty, povertyRate);
  }
  const nationalLine =
    !country.povertyLines ||
    chosen === 'national' ||
    (!chosen && country.povertyLines[0]?.id === 'national');
  if (nationalLine && macro.povertyLine)
    macro.povertyLine = scaleSeries(macro.povertyLine, s.povertyLine)!;
  if (country.minimumWage !== undefined) out.minimumWage = country.minimumWage * s.minimumWage;
  if (country.averageWage !== undefined) out.averageWage = country.averageWage * s.averageWage;
  if (macro.minimumWage) macro.minimumWage = scaleSeries(macro.minimumWage, s.minimumWage)!;
  if (macro.averageWage) macro.averageWage = scaleSeries(macro.averageWage, s.averageWage)!;
  for (const [name, f] of Object.entries(s.rates) as [RateName, number][]) {
    if (name === 'poverty' || f === 1 || rates[name] === undefined) continue;
    rates[name] = scaleAgeRate(rates[name], f);
  }
  if (country.rates) out.rates = rates;
  return movesPopulation(s) ? withShockedPopulation(out, shocked) : out;
}

/**
 * The country's population and births with the demographic inputs at their ends, exactly as a draw
 * moves them: the scenario's own population plus each input's move to its low or high projected
 * variant (methodology 8.3). Written as data, not as a demographic variant, because a variant
 * projected with several inputs moved at once is not the sum of their moves, and because the
 * scenario may cost on the country's own population rather than its projection.
 */
function withShockedPopulation(country: CountryData, m: CountryModel): CountryData {
  const pop = country.population;
  const female = pop.female.map((row) => [...row]);
  const male = pop.male.map((row) => [...row]);
  for (let k = 0; k < m.n; k++) {
    const row = m.baseYear + k - pop.years[0]!;
    if (!female[row] || !male[row]) continue;
    for (let a = 0; a < AGES; a++) {
      female[row][a] = m.population[k * CELLS + FEMALE + a]!;
      male[row][a] = m.population[k * CELLS + MALE + a]!;
    }
  }
  const out: CountryData = { ...country, population: { ...pop, female, male } };
  if (country.births) {
    const b = country.births;
    const values = b.values.map((v, i) => {
      const k = b.years[0]! + i - m.baseYear;
      return k >= 0 && k < m.n && Number.isFinite(m.births[k]!) ? m.births[k]! : v;
    });
    out.births = { ...b, values };
  }
  return out;
}

const UNIT_LINE: Record<InputUnit, MessageCode> = {
  shift: 'uncertainty.pair.shift',
  factor: 'uncertainty.pair.factor',
  children: 'uncertainty.pair.children',
  multiple: 'uncertainty.pair.multiple',
};

/** Rounded for reading (the file holds the exact values); a sign on changes. */
function signed(x: number, digits: number): string {
  const r = Number(x.toFixed(digits));
  return `${r > 0 ? '+' : ''}${r}`;
}

/** One change in plain words: "Poverty line (amount): +10%". */
function changeLine(e: SensitivityEntry & { value: number }, lang: MessageLanguage): string {
  const params = {
    label: e.label,
    points: signed(e.value * 100, 2),
    percent: signed((e.value - 1) * 100, 2),
    children: signed(e.value, 2),
    multiple: Number(e.value.toFixed(3)),
  };
  // Mortality improvement is a small yearly rate: one more digit keeps its default visible.
  if (e.name === 'mortality') params.points = signed(e.value * 100, 3);
  return renderMessage(UNIT_LINE[e.unit], params, lang) ?? e.name;
}

function describeEnd(
  result: SensitivityResult,
  end: End,
  values: ReadonlyMap<string, SensitivityEntry & { value: number }>,
  lang: MessageLanguage,
): string {
  const measure =
    renderMessage(`uncertainty.measure.${result.measure}`, {}, lang) ?? result.measure;
  const intro = renderMessage(
    `uncertainty.pair.${end}.intro`,
    { measure, year: result.year },
    lang,
  );
  const lines = [...values.values()].map((e) => `- ${changeLine(e, lang)}`);
  return [intro, ...lines].join('\n');
}

function endFile(
  file: ScenarioFile,
  run: ShockableRun,
  result: SensitivityResult,
  end: End,
  lang: MessageLanguage,
): ScenarioFile {
  const { scenario, country } = run.prepared;
  const values = valuesAtEnd(result, end);
  const s = shocksAtEnd(run, values);
  const shocked = shockModel(run.prepared.model, s, run.deltas);
  const specs = new Map(scenario.benefits.map((b) => [b.id, b]));
  const out: ScenarioFile = {
    ...file,
    name: renderMessage(`uncertainty.pair.${end}.name`, { name: file.name }, lang) ?? file.name,
    description: describeEnd(result, end, values, lang),
    benefits: file.benefits.map((b) => shockedBenefitFile(b, specs.get(b.id)!, s)),
  };
  const financing = shockedFinancing(scenario.financing, file, s.financing);
  if (financing) out.financing = financing;
  const assumptions = shockedAssumptions(scenario, s, shocked);
  if (assumptions) out.assumptions = assumptions;
  if (movesCountryData(s)) {
    out.country = shockedCountry(country, scenario, s, shocked);
  }
  // The population written above is already the projected one: the country is costed as it is.
  if (movesPopulation(s) && out.demography) out.demography = { ...out.demography, project: false };
  return out;
}

/**
 * The tornado's two ends as a RAP-style low and high scenario (methodology 8.5): every input at the
 * end that lowers the measure, and every input at the end that raises it, written into the fields a
 * user would edit (benefit coverage, level and administration, financing ramps, macro assumption
 * paths) and, for inputs that live in the country's data (poverty line, wages, rates, and the
 * population the demographic inputs move), into an embedded copy of the country with those values. `file` is the
 * scenario as written (spf.scenario/1), `scenario` the same normalized, `country` the one it runs on.
 * Each file's description lists the changes in plain words.
 */
export function scenarioPair(
  file: ScenarioFile,
  scenario: Scenario,
  country: CountryData,
  result: SensitivityResult,
  lang: MessageLanguage = 'en',
): ScenarioPair {
  const run = prepareShockableRun(scenario, country);
  return {
    low: endFile(file, run, result, 'low', lang),
    high: endFile(file, run, result, 'high', lang),
  };
}
