/**
 * Helpers for tests of bad input: edit a file-form fixture at a field path (written the way error
 * messages write it, e.g. `population.female[3][47]`), and collect the issues the readers or the costing
 * report, failing loudly if they accept the input or throw anything but an InputError.
 */
import { expect } from 'vitest';
import {
  InputError,
  readCountry,
  readScenario,
  runScenario,
  type CountryData,
  type Issue,
  type Scenario,
} from '#engine';

/** Passed as a value to `edit`: removes the field instead of setting it. */
export const REMOVE: unique symbol = Symbol('remove');

/** `'population.female[3][47]'` → `['population', 'female', 3, 47]` */
export function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) keys.push(Number(m[2]));
    else if (m[1] !== undefined) keys.push(m[1]);
  }
  return keys;
}

function container(v: unknown, path: string): Record<string | number, unknown> {
  if (v === null || typeof v !== 'object') throw new Error(`test fixture has no object at ${path}`);
  return v as Record<string | number, unknown>;
}

/**
 * A deep copy of `root` with the field at `path` set to `value` (or removed with REMOVE). Several
 * edits may be given as pairs: `edit(c, ['a', 1], ['b.c', REMOVE])`.
 */
export function edit<T>(root: T, ...edits: [string, unknown][]): T {
  const copy = structuredClone(root);
  for (const [path, value] of edits) {
    const keys = pathKeys(path);
    const last = keys.pop();
    if (last === undefined) throw new Error('edit needs a path');
    let node: unknown = copy;
    for (const k of keys) node = container(node, path)[k];
    const parent = container(node, path);
    if (value === REMOVE) {
      if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
      else delete parent[last];
    } else parent[last] = value;
  }
  return copy;
}

/** The value at `path` inside `root` (undefined when absent). */
export function valueAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const k of pathKeys(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[k];
  }
  return node;
}

/** The problems readCountry finds; fails the test if it accepts the input or throws. */
export function countryIssues(input: unknown): Issue[] {
  let r: ReturnType<typeof readCountry>;
  try {
    r = readCountry(input);
  } catch (e) {
    throw new Error(`readCountry threw instead of returning issues: ${String(e)}`);
  }
  if (r.ok) throw new Error('expected the country to be refused, but it was read');
  if (r.issues.length === 0) throw new Error('refused with no issue');
  return r.issues;
}

/** The problems readScenario finds; fails the test if it accepts the input or throws. */
export function scenarioIssues(input: unknown): Issue[] {
  let r: ReturnType<typeof readScenario>;
  try {
    r = readScenario(input);
  } catch (e) {
    throw new Error(`readScenario threw instead of returning issues: ${String(e)}`);
  }
  if (r.ok) throw new Error('expected the scenario to be refused, but it was read');
  if (r.issues.length === 0) throw new Error('refused with no issue');
  return r.issues;
}

/** Reads a scenario in file form with its country inline; fails the test if the readers refuse it. */
export function readInline(file: unknown): { scenario: Scenario; country: CountryData } {
  const r = readScenario(file);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  const country = r.value.country;
  if (typeof country === 'string') throw new Error('test scenarios carry their country inline');
  return { scenario: r.value, country };
}

/**
 * The problems runScenario finds in a scenario that reads cleanly; fails the test if the costing runs
 * or throws anything but an InputError.
 */
export function runIssues(file: unknown): Issue[] {
  const { scenario, country } = readInline(file);
  try {
    runScenario(scenario, country);
  } catch (e) {
    if (e instanceof InputError) {
      if (e.issues.length === 0) throw new Error('InputError with no issue');
      return [...e.issues];
    }
    throw new Error(`runScenario threw ${String(e)} instead of an InputError`);
  }
  throw new Error('expected the costing to be refused, but it ran');
}

/**
 * Asserts the exact list of problems, in order: each path exactly, and a key phrase of each message.
 * Returns the messages so a test can check them further.
 */
export function expectIssues(
  issues: readonly Issue[],
  expected: readonly (readonly [path: string, phrase: string])[],
): string[] {
  const shown = issues.map((i) => `${i.path}: ${i.message}`).join('\n');
  expect(
    issues.map((i) => i.path),
    shown,
  ).toEqual(expected.map(([path]) => path));
  expected.forEach(([path, phrase], k) => {
    expect(issues[k]?.message, path).toContain(phrase);
  });
  return issues.map((i) => i.message);
}
