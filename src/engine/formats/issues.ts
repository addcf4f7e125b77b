/** A problem found in user input, located by a field path such as `benefits[2].coverage.fullYear`. */
export interface Issue {
  path: string;
  /** The message in English (the command line's default, and the fallback when no translation exists). */
  message: string;
  /**
   * A stable code naming the kind of problem (e.g. `limits.tooMany`), looked up in the message catalogue
   * (src/messages) to render the message in the user's language with `params`.
   */
  code?: string;
  /** The values the catalogue's template interpolates as `{{name}}`. */
  params?: Readonly<Record<string, string | number>>;
}

/** Thrown when input cannot be used; carries every problem found, each with its field path. */
export class InputError extends Error {
  readonly issues: readonly Issue[];
  /** The file the problems are in, when there is one. */
  readonly source: string | undefined;

  constructor(issues: readonly Issue[], source?: string) {
    super(issues.map((i) => (source ? `${source}: ${formatIssue(i)}` : formatIssue(i))).join('\n'));
    this.name = 'InputError';
    this.issues = issues;
    this.source = source;
  }
}

export function formatIssue(issue: Issue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

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
