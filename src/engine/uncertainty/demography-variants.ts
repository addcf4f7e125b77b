import { buildCountryModel } from '../country/country-model';
import { countryForScenario, linearAt, NO_VARIANT, pathAt } from '../demography/country-projection';
import type { CountryData } from '../formats/country-schema';
import type { DemographyVariant } from '../formats/demography-schema';
import type { Scenario } from '../formats/scenario-model';
import type { DemographicInput, DemographyDeltas, PopulationDelta } from './shocks';

/**
 * The scenario's demographic variant moved by one input (methodology 10.3): `value` children added to
 * the total fertility of every year after the base year (the UN's low and high variants are -0.5 and
 * +0.5 children), a yearly mortality improvement added, or net migration multiplied (the UN's
 * zero-migration variant is 0).
 */
export function movedVariant(
  base: DemographyVariant,
  country: CountryData,
  lastYear: number,
  input: DemographicInput,
  value: number,
): DemographyVariant {
  const v = { ...base, project: true };
  if (input === 'mortality')
    return { ...v, mortalityImprovement: base.mortalityImprovement + value };
  if (input === 'migration') {
    const perYear = base.netMigrationPerYear;
    if (perYear === null)
      return { ...v, netMigrationMultiplier: base.netMigrationMultiplier * value };
    return {
      ...v,
      netMigrationPerYear:
        typeof perYear === 'number' ? perYear * value : perYear.map((p) => p * value),
    };
  }
  const d = country.demography!;
  const y0 = country.baseYear;
  const tfr: number[] = [];
  for (let t = y0 + 1; t <= lastYear; t++) {
    const central =
      pathAt(base.tfr, t, y0) ?? linearAt(d.tfr.years, d.tfr.values, t) * base.tfrMultiplier;
    tfr.push(Math.max(0, central + value));
  }
  return { ...v, tfr, tfrMultiplier: 1 };
}

function projectedModel(scenario: Scenario, country: CountryData, variant: DemographyVariant) {
  const projected = countryForScenario({ ...scenario, demography: variant }, country);
  return buildCountryModel(projected, scenario.years[1], scenario.assumptions);
}

function difference(
  variant: ReturnType<typeof projectedModel>,
  central: ReturnType<typeof projectedModel>,
): PopulationDelta {
  const finiteDiff = (a: number, b: number) => (Number.isFinite(a - b) ? a - b : 0);
  return {
    population: variant.population.map((p, c) => finiteDiff(p, central.population[c]!)),
    births: variant.births.map((b, k) => finiteDiff(b, central.births[k]!)),
  };
}

/**
 * How the low and high variant of each demographic input change population and births against the
 * central projection (the scenario's own variant, projected). Draws add these differences to the
 * population the scenario is costed on, so the central run stays the scenario's own.
 */
export function demographyDeltas(
  scenario: Scenario,
  country: CountryData,
  ranges: Partial<Record<DemographicInput, { low: number; high: number }>>,
): DemographyDeltas {
  const base = { ...(scenario.demography ?? NO_VARIANT), project: true };
  const lastYear = scenario.years[1];
  const central = projectedModel(scenario, country, base);
  const out: DemographyDeltas = {};
  for (const [input, range] of Object.entries(ranges) as [
    DemographicInput,
    { low: number; high: number },
  ][]) {
    const at = (value: number) =>
      difference(
        projectedModel(scenario, country, movedVariant(base, country, lastYear, input, value)),
        central,
      );
    out[input] = { low: at(range.low), high: at(range.high) };
  }
  return out;
}
