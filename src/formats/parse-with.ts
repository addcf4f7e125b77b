import type { z } from 'zod';
import type { Issue } from './issues';
import { convertIssues, dropKey, errorMap } from './zod-messages';

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
  // Inputs come from JSON, so a JSON round trip is a faithful deep copy.
  const copy: unknown = JSON.parse(JSON.stringify(input));
  for (const { path, key } of first.droppable) dropKey(copy, path, key);
  result = schema.safeParse(copy, { error: errorMap });
  if (result.success) return { ok: true, value: result.data, warnings: first.warnings };
  const second = convertIssues(result.error.issues, pathPrefix);
  return { ok: false, errors: second.errors, warnings: [...first.warnings, ...second.warnings] };
}
