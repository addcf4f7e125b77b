import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCountry, readScenario, type CountryData, type Scenario } from '#engine';

/** The models/ folder shipped with the app: the training country, templates and the default scenario. */
export const MODELS_DIR = fileURLToPath(new URL('../../models/', import.meta.url));
export const TRAINING_COUNTRY_FILE = `${MODELS_DIR}training-country/country.json`;
export const DEFAULT_SCENARIO_FILE = `${MODELS_DIR}scenarios/default.json`;
export const BENEFIT_TEMPLATES_FILE = `${MODELS_DIR}benefit-templates.json`;

function readBundled(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

let training: CountryData | undefined;

/** The fictional training country; a broken bundled file is an internal error, not the user's. */
export function trainingCountry(): CountryData {
  if (training) return training;
  const r = readCountry(readBundled(TRAINING_COUNTRY_FILE));
  if (!r.ok) throw new Error(`bundled training country is invalid: ${JSON.stringify(r.issues)}`);
  training = r.value;
  return training;
}

export function defaultScenario(): Scenario {
  const r = readScenario(readBundled(DEFAULT_SCENARIO_FILE));
  if (!r.ok) throw new Error(`bundled default scenario is invalid: ${JSON.stringify(r.issues)}`);
  return r.value;
}

/** Countries known without a database: the bundled ones, by code. */
export function bundledCountry(code: string): CountryData | undefined {
  const t = trainingCountry();
  return code.toUpperCase() === t.code.toUpperCase() ? t : undefined;
}
