import { countryForScenario } from '../demography/country-projection';
import type { CountryData } from '../formats/country-schema';
import { InputError, type Issue, type ReadResult } from '../formats/issues';
import { readScenario } from '../formats/read-scenario';
import type { Scenario } from '../formats/scenario-model';
import { checkScenarioAgainstCountry, type CheckedScenario } from './check-scenario';

/**
 * The one validation every entry point goes through: `spf cost`, `spf report`, the workbook report,
 * the app's run (all via runScenario) and `scenarios save` on the command line and over the bridge
 * (via validateScenario). What one of them refuses, all of them refuse.
 */

export interface ScenarioOnCountry {
  /** The country the costing runs on: the scenario's own, or its projection for a demographic variant. */
  country: CountryData;
  checked: CheckedScenario;
}

/** Checks a read scenario against the country it runs on; every problem, never only the first. */
export function checkScenarioOnCountry(
  scenario: Scenario,
  ownCountry: CountryData,
): ScenarioOnCountry {
  let country: CountryData;
  try {
    // A demographic variant swaps in the projected population and births (methodology 7.5).
    country = countryForScenario(scenario, ownCountry);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const checked = checkScenarioAgainstCountry(scenario, ownCountry);
    return {
      country: ownCountry,
      checked: { ...checked, issues: [...e.issues, ...checked.issues] },
    };
  }
  return { country, checked: checkScenarioAgainstCountry(scenario, country) };
}

export interface ValidatedScenario {
  scenario: Scenario;
  country: CountryData;
}

/**
 * Reads a spf.scenario/1 object and checks it against its country. `countryOf` finds the country of a
 * scenario that parsed (by code, from a library, or inline); it throws InputError when it cannot.
 */
export function validateScenario(
  input: unknown,
  countryOf: (scenario: Scenario) => CountryData,
): ReadResult<ValidatedScenario> {
  const r = readScenario(input);
  if (!r.ok) return r;
  let country: CountryData;
  try {
    country = countryOf(r.value);
  } catch (e) {
    if (e instanceof InputError) return { ok: false, issues: [...e.issues], warnings: r.warnings };
    throw e;
  }
  const { checked } = checkScenarioOnCountry(r.value, country);
  const warnings: Issue[] = [...r.warnings, ...checked.warnings];
  if (checked.issues.length > 0) return { ok: false, issues: checked.issues, warnings };
  return { ok: true, value: { scenario: r.value, country }, warnings };
}
