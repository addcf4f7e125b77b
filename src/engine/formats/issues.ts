/**
 * Problems are issues (a field path, an English message, a catalogue code) and input that cannot be
 * used is thrown as an InputError: the bad-input class of the engine's error hierarchy (../errors).
 */
import type { Issue } from '../errors';

export { BadInputError as InputError, formatIssue, type Issue } from '../errors';

/** `['benefits', 2, 'coverage', 'fullYear']` → `benefits[2].coverage.fullYear` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base === '' ? key : `${base}.${key}`;
}

/** Result of reading a file: the typed value and harmless remarks, or every problem found. */
export type ReadResult<T> =
  { ok: true; value: T; warnings: Issue[] } | { ok: false; issues: Issue[]; warnings: Issue[] };
