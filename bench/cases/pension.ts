import { fileURLToPath } from 'node:url';
import {
  projectWpp,
  readWppSingleAge,
  type WppSingleAgeInputs,
} from '../../src/cli/population-command';
import { readScenario, runPension, type Scenario } from '#engine';
import { pensionBlock, trainingCountryWithRates } from '../../test/pension/fixtures';
import type { BenchCase } from '../measure';

/** ../shared/data beside the checkout: the public data the population projection reads. */
const DATA_DIR = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

/**
 * `pension-50y`: the training country's national scheme over 2025-2074 by single age and sex, on its
 * population projected with its own rates (the projection is cached per country and variant, as in
 * the app, so this times the country model and the scheme). `population-project`: Indonesia
 * 2024-2034 from the UN's single-age data, the files read once in setup.
 */
export function pensionCases(): BenchCase[] {
  const country = trainingCountryWithRates();
  const r = readScenario({
    format: 'spf.scenario/1',
    name: 'Tamboria national pension scheme, 50 years',
    country: 'XTA',
    years: [2025, 2074],
    benefits: [],
    demography: { project: true },
    pension: pensionBlock(),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const scenario: Scenario = r.value;
  let data: WppSingleAgeInputs | undefined;
  return [
    {
      name: 'pension-50y',
      runs: 500,
      warmup: 50,
      targetMs: 5,
      run: () => void runPension(scenario, country),
    },
    {
      name: 'population-project',
      runs: 200,
      warmup: 20,
      setup: async () => {
        data = await readWppSingleAge(DATA_DIR, 'IDN');
      },
      run: () => void projectWpp(data!, 2024, 2034),
    },
  ];
}
