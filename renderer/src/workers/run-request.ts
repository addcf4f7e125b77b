import {
  errorMessage,
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
import {
  MAX_WORKER_COUNTRIES,
  type RunRequest,
  type WorkerReply,
  type WorkerResponse,
} from './protocol';

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
 * Runs one request of the engine worker: a request that brings its country's data is always
 * answered (a result, problems or a failure); one that names a country by its key alone may be
 * answered "unknown country" when the worker does not have it.
 */
type WithCountry = RunRequest & { country: unknown };

export interface Runner {
  (req: WithCountry): WorkerResponse;
  (req: RunRequest): WorkerReply;
}

/**
 * The engine worker's runner. Kept apart from the worker's message plumbing so that tests can call
 * it directly. Countries are read once per key and kept, the last MAX_WORKER_COUNTRIES of them.
 */
export function createRunner(): Runner {
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
  function run(req: WithCountry): WorkerResponse;
  function run(req: RunRequest): WorkerReply;
  function run(req: RunRequest): WorkerReply {
    const t0 = performance.now();
    try {
      if (req.country !== undefined) {
        const c = readCountry(req.country, ['country']);
        countries.set(
          req.countryKey,
          c.ok ? { country: c.value, issues: [] } : { country: null, issues: c.issues },
        );
        if (countries.size > MAX_WORKER_COUNTRIES) countries.delete(countries.keys().next().value!);
      }
      const known = countries.get(req.countryKey);
      if (!known) return { type: 'unknown-country', id: req.id, countryKey: req.countryKey };
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
      return { type: 'failed', id: req.id, message: errorMessage(e) };
    }
  }
  return run;
}
