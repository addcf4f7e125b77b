import { runScenario } from '../../../src/costing/run-scenario';
import type { CountryData } from '../../../src/formats/country-schema';
import { InputError, type Issue } from '../../../src/formats/issues';
import { readCountry } from '../../../src/formats/read-country';
import { readScenario } from '../../../src/formats/read-scenario';
import type { RunRequest, WorkerResponse } from './protocol';

/**
 * Runs one request of the engine worker. Kept apart from the worker's message plumbing so that tests
 * can call it directly. Countries are read once per key and kept.
 */
export function createRunner(): (req: RunRequest) => WorkerResponse {
  const countries = new Map<string, { country: CountryData | null; issues: Issue[] }>();
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
      return {
        type: 'result',
        id: req.id,
        result,
        warnings: s.warnings,
        ms: performance.now() - t0,
      };
    } catch (e) {
      if (e instanceof InputError)
        return { type: 'invalid', id: req.id, issues: [...e.issues], warnings: [] };
      return { type: 'failed', id: req.id, message: (e as Error).message };
    }
  };
}
