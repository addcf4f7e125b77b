import {
  InputError,
  readCountry,
  readScenario,
  runPension,
  runScenario,
  type CountryData,
  type Issue,
  type Scenario,
} from '#engine';
import { populationOutlook, type PopulationOutlook } from './population-outlook';
import type { RunRequest, WorkerResponse } from './protocol';

type PensionPart = Pick<Extract<WorkerResponse, { type: 'result' }>, 'pension' | 'pensionIssues'>;

/** The scenario's pension scheme, or why it cannot run; nothing when there is none. */
function pensionPart(scenario: Scenario, country: CountryData): PensionPart {
  if (!scenario.pension) return {};
  try {
    return { pension: runPension(scenario, country) };
  } catch (e) {
    if (e instanceof InputError) return { pensionIssues: [...e.issues] };
    throw e;
  }
}

/**
 * Runs one request of the engine worker. Kept apart from the worker's message plumbing so that tests
 * can call it directly. Countries are read once per key and kept.
 */
export function createRunner(): (req: RunRequest) => WorkerResponse {
  const countries = new Map<string, { country: CountryData | null; issues: Issue[] }>();
  // The outlook changes only with the country, the variant and the horizon, not with benefits.
  let outlook: { key: string; value: PopulationOutlook | null } | null = null;
  const outlookFor = (countryKey: string, country: CountryData, s: Scenario) => {
    const key = `${countryKey} ${s.years[1]} ${JSON.stringify(s.demography ?? null)}`;
    if (outlook?.key !== key) {
      outlook = { key, value: populationOutlook(country, s.demography, s.years[1]) };
    }
    return outlook.value;
  };
  return (req) => {
    const t0 = performance.now();
    try {
      if (req.country !== undefined) {
        const c = readCountry(req.country, ['country']);
        countries.set(
          req.countryKey,
          c.ok ? { country: c.value, issues: [] } : { country: null, issues: c.issues },
        );
        if (countries.size > 8) countries.delete(countries.keys().next().value!);
      }
      const known = countries.get(req.countryKey);
      if (!known)
        return { type: 'failed', id: req.id, message: `country ${req.countryKey} was not sent` };
      if (!known.country)
        return { type: 'invalid', id: req.id, issues: known.issues, warnings: [] };
      const s = readScenario(req.scenario);
      if (!s.ok) return { type: 'invalid', id: req.id, issues: s.issues, warnings: s.warnings };
      const result = runScenario(s.value, known.country);
      const population = outlookFor(req.countryKey, known.country, s.value);
      return {
        type: 'result',
        id: req.id,
        result,
        warnings: s.warnings,
        ...pensionPart(s.value, known.country),
        ...(population ? { population } : {}),
        ms: performance.now() - t0,
      };
    } catch (e) {
      if (e instanceof InputError)
        return { type: 'invalid', id: req.id, issues: [...e.issues], warnings: [] };
      return { type: 'failed', id: req.id, message: (e as Error).message };
    }
  };
}
