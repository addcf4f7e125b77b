/**
 * The worked example of methodology section 8: the shared spec's scenario must give every number of the
 * shared spec's result file, to 1e-9 relative. The spec lives beside the checkout, in ../shared/spec.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CostingResult } from '#engine';
import { cost } from '../helpers/run';

const EXAMPLES = new URL('../../../shared/spec/examples/', import.meta.url);

/** Reads a file of the shared spec, failing (never skipping) with the reason when it is not there. */
function readSpec(name: string): unknown {
  const path = fileURLToPath(new URL(name, EXAMPLES));
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: the worked example is read from the shared spec, so ../shared (with spec/examples) is needed beside the checkout`,
    );
  }
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

const REL = 1e-9;

function near(actual: unknown, expected: number, what: string): void {
  expect(actual, `${what}: missing in the engine result`).toBeTypeOf('number');
  const a = actual as number;
  const tol = expected === 0 ? 1e-9 : REL * Math.abs(expected);
  expect(Math.abs(a - expected), `${what}: engine ${a}, expected ${expected}`).toBeLessThanOrEqual(
    tol,
  );
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Number of numbers in a JSON value. */
function countNumbers(v: Json): number {
  if (typeof v === 'number') return 1;
  if (Array.isArray(v)) return v.reduce<number>((s, x) => s + countNumbers(x), 0);
  if (v !== null && typeof v === 'object')
    return Object.values(v).reduce<number>((s, x) => s + countNumbers(x), 0);
  return 0;
}

/**
 * Compares every number of `expected` with the value at the same place in `actual`; arrays of objects
 * with an `id` are matched by id. Returns how many numbers were compared.
 */
function compare(actual: unknown, expected: Json, path: string): number {
  if (typeof expected === 'number') {
    near(actual, expected, path);
    return 1;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${path}: engine gives no list`).toBe(true);
    const list = actual as unknown[];
    const byId = expected.every(
      (e) => e !== null && typeof e === 'object' && !Array.isArray(e) && typeof e.id === 'string',
    );
    if (!byId) expect(list.length, `${path}: length`).toBe(expected.length);
    let n = 0;
    expected.forEach((e, i) => {
      if (byId) {
        const id = (e as { id: string }).id;
        const match = list.find((x) => (x as { id?: unknown }).id === id);
        expect(match, `${path}: no entry with id "${id}"`).toBeDefined();
        n += compare(match, e, `${path}[id=${id}]`);
      } else n += compare(list[i], e, `${path}[${i}]`);
    });
    return n;
  }
  if (expected !== null && typeof expected === 'object') {
    expect(actual, `${path}: engine gives no object`).toBeTypeOf('object');
    const obj = actual as Record<string, unknown>;
    let n = 0;
    for (const [key, value] of Object.entries(expected)) {
      expect(obj, `${path}: engine result has no "${key}"`).toHaveProperty(key);
      n += compare(obj[key], value, path ? `${path}.${key}` : key);
    }
    return n;
  }
  expect(actual, path).toEqual(expected);
  return 0;
}

describe('worked example (methodology section 8)', () => {
  it('gives every number of worked-example.result.json to 1e-9 relative', () => {
    const scenario = readSpec('worked-example.scenario.json');
    const expected = readSpec('worked-example.result.json') as Json;
    const result: CostingResult = cost(scenario);
    const compared = compare(result, expected, '');
    // Every number of the file was compared (years, both benefits, total and financing).
    expect(compared).toBe(countNumbers(expected));
    expect(compared).toBeGreaterThanOrEqual(75);
  });

  it('matches the figures worked by hand in methodology section 8', () => {
    const r = cost(readSpec('worked-example.scenario.json'));
    const child = r.benefits.find((b) => b.id === 'child')!;
    const oldAge = r.benefits.find((b) => b.id === 'oldAge')!;
    // GDP 2026 = 2.0e12 x 1.05 x 1.04 = 2.184e12.
    near(r.baseline.gdp[1], 2.184e12, 'GDP 2026');
    // Child 2026: eligible 15 x 100,000 x 1.01 x 2 = 3,030,000; coverage 0.75 -> 2,272,500;
    // benefit 0.25 x 60,000 x 1.04 = 15,600; expenditure 35,451,000,000; cost x 1.05 = 37,223,550,000,
    // 37,223,550,000 / 2.184e12 = 1.7044% of GDP.
    near(child.eligible[1], 3_030_000, 'child eligible 2026');
    near(child.beneficiaries[1], 2_272_500, 'child beneficiaries 2026');
    near(child.benefitPerBeneficiary[1], 15_600, 'child benefit 2026');
    near(child.expenditure[1], 35_451_000_000, 'child expenditure 2026');
    near(child.cost[1], 37_223_550_000, 'child cost 2026');
    near(child.pctGdp[1], 37_223_550_000 / 2.184e12, 'child pctGdp 2026');
    // Old age 2026: eligible 36 x 20,000 x 1.01 x 2 x 0.75 = 1,090,800; benefit 3,000 x 12 x 1.04 =
    // 37,440; cost 1,090,800 x 37,440 x 1.03 = 42,064,738,560.
    near(oldAge.eligible[1], 1_090_800, 'oldAge eligible 2026');
    near(oldAge.benefitPerBeneficiary[1], 37_440, 'oldAge benefit 2026');
    near(oldAge.cost[1], 42_064_738_560, 'oldAge cost 2026');
    // Tax 0.2% of 2.184e12 = 4,368,000,000; gap 2026 = 79,288,288,560 - 4,368,000,000 = 74,920,288,560.
    near(r.total.cost[1], 79_288_288_560, 'total cost 2026');
    near(r.financing.resources[1], 4_368_000_000, 'resources 2026');
    near(r.financing.gap[1], 74_920_288_560, 'gap 2026');
  });
});
