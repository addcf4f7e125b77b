import { readScenario, runScenario, type CostingResult, type Scenario } from '#engine';

/** Reads a scenario in file form (with its country inline) and costs it; fails loudly on bad input. */
export function readOrThrow(file: unknown): Scenario {
  const r = readScenario(file);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return r.value;
}

export function cost(file: unknown): CostingResult {
  const s = readOrThrow(file);
  if (typeof s.country === 'string') throw new Error('test scenarios carry their country inline');
  return runScenario(s, s.country);
}
