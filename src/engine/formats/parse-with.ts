import type { z } from 'zod';
import type { Issue } from './issues';
import { convertIssues, errorMap } from './zod-messages';

export type Parsed<T> =
  { ok: true; value: T; warnings: Issue[] } | { ok: false; errors: Issue[]; warnings: Issue[] };

/**
 * Parses `input` with `schema`, giving plain messages located by field path. Unknown fields that are not
 * near-misses of known ones are reported as warnings, dropped, and the input parsed again.
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  pathPrefix: PropertyKey[] = [],
): Parsed<z.output<S>> {
  let result = schema.safeParse(input, { error: errorMap });
  if (result.success) return { ok: true, value: result.data, warnings: [] };
  const first = convertIssues(result.error.issues, pathPrefix);
  if (first.errors.length > 0 || first.droppable.length === 0) {
    return { ok: false, errors: first.errors, warnings: first.warnings };
  }
  // Copy only the objects on the way to each dropped key: a deep copy (e.g. a JSON round trip) would
  // throw on very deep, cyclic or non-JSON input and turn NaN into null.
  const copy = withoutKeys(input, first.droppable);
  result = schema.safeParse(copy, { error: errorMap });
  if (result.success) return { ok: true, value: result.data, warnings: first.warnings };
  const second = convertIssues(result.error.issues, pathPrefix);
  return { ok: false, errors: second.errors, warnings: [...first.warnings, ...second.warnings] };
}

function shallowCopy(value: unknown): unknown {
  if (Array.isArray(value)) return [...(value as unknown[])];
  if (value !== null && typeof value === 'object') return { ...(value as Record<string, unknown>) };
  return value;
}

/** `input` without the given keys; the caller's objects are never changed. */
function withoutKeys(
  input: unknown,
  drops: readonly { path: PropertyKey[]; key: string }[],
): unknown {
  const copies = new WeakSet<object>();
  const copy = (value: unknown): unknown => {
    const c = shallowCopy(value);
    if (c !== null && typeof c === 'object') copies.add(c);
    return c;
  };
  const root = copy(input);
  for (const { path, key } of drops) {
    let node: unknown = root;
    for (const p of path) {
      if (node === null || typeof node !== 'object') break;
      const parent = node as Record<PropertyKey, unknown>;
      let child = parent[p];
      if (child !== null && typeof child === 'object' && !copies.has(child)) {
        child = copy(child);
        parent[p] = child;
      }
      node = child;
    }
    if (node !== null && typeof node === 'object') delete (node as Record<string, unknown>)[key];
  }
  return root;
}
