import {
  costPackage,
  prepareRun,
  type PackageCosts,
  type PreparedRun,
} from '../costing/run-scenario';
import type { CountryData } from '../formats/country-schema';
import type { Scenario } from '../formats/scenario-model';
import { demographyDeltas } from './demography-variants';
import { resolveInputs, type UncertainInput } from './inputs';
import {
  neutralShocks,
  shockModel,
  shockScenario,
  type DemographicInput,
  type DemographyDeltas,
} from './shocks';

/** A scenario checked once, with its uncertain inputs and demographic variants: what every run reuses. */
export interface ShockableRun {
  prepared: PreparedRun;
  inputs: UncertainInput[];
  deltas: DemographyDeltas;
}

/**
 * Checks the scenario (InputError naming each field when it cannot run), settles the ranges of its
 * uncertain inputs and projects the demographic variants they need: once, before any draw. A worker
 * thread passes the `deltas` its parent projected for the same scenario, the longest of these steps.
 */
export function prepareShockableRun(
  scenario: Scenario,
  country: CountryData,
  deltas?: DemographyDeltas,
): ShockableRun {
  const prepared = prepareRun(scenario, country);
  const inputs = resolveInputs(scenario, country);
  const ranges: Partial<Record<DemographicInput, { low: number; high: number }>> = {};
  for (const i of inputs) {
    if (i.demographic && (i.low !== i.central || i.high !== i.central)) {
      ranges[i.demographic] = { low: i.low, high: i.high };
    }
  }
  if (deltas) return { prepared, inputs, deltas };
  const projected =
    Object.keys(ranges).length > 0 ? demographyDeltas(scenario, country, ranges) : {};
  return { prepared, inputs, deltas: projected };
}

/** The package costed with each input at the value given (`values[i]` for `run.inputs[i]`). */
export function costWithValues(run: ShockableRun, values: ArrayLike<number>): PackageCosts {
  const shocks = neutralShocks();
  run.inputs.forEach((input, i) => input.apply(shocks, values[i]!));
  const { prepared } = run;
  const scenario = shockScenario(prepared.scenario, shocks);
  const model = shockModel(prepared.model, shocks, run.deltas);
  return costPackage(prepared, model, scenario);
}

/** Each input at its central value: the scenario's own result. */
export function centralValues(run: ShockableRun): number[] {
  return run.inputs.map((i) => i.central);
}
