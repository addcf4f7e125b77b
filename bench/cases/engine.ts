import { defaultScenario, trainingCountry } from '../../src/node/bundled-models';
import { runScenario, type Scenario } from '#engine';
import { prng, type BenchCase } from '../measure';

/** 1,000 variants of the default package: shares, coverage, ramps, admin rates and indexation vary. */
function variants(base: Scenario, count: number): Scenario[] {
  const rnd = prng(2025);
  const indexations = ['basis', 'prices', 'wages', 'none'] as const;
  return Array.from({ length: count }, () => ({
    ...base,
    benefits: base.benefits.map((b) => ({
      ...b,
      benefit: {
        ...b.benefit,
        share: b.benefit.share * (0.5 + rnd()),
        indexation: indexations[Math.floor(rnd() * 4)]!,
      },
      coverage: {
        startYear: 2026 + Math.floor(rnd() * 3),
        start: 0.1 + 0.3 * rnd(),
        fullYear: 2030 + Math.floor(rnd() * 6),
        full: 0.6 + 0.4 * rnd(),
      },
      adminRate: 0.02 + 0.04 * rnd(),
    })),
  }));
}

export function engineCases(): BenchCase[] {
  const country = trainingCountry();
  const scenario = defaultScenario();
  const batch = variants(scenario, 1000);
  return [
    {
      name: 'full-package',
      runs: 2000,
      warmup: 500,
      targetMs: 0.2,
      run: () => void runScenario(scenario, country),
    },
    {
      name: 'batch-1000',
      runs: 15,
      warmup: 3,
      run: () => {
        for (const s of batch) runScenario(s, country);
      },
    },
  ];
}
