/**
 * The errors a user can act on, as a small typed hierarchy used from the engine to the bridge to the
 * interface: bad input (with the located problems), something not found, something busy, and an
 * internal failure. A host classifies an error by its class (`instanceof`), and the class's `kind`
 * is what crosses the bridge, so the other side can rebuild the same kind of error.
 *
 * Each error carries its problems as issues (path, English message, and the catalogue code and values
 * that render it in the user's language: see errorMessage in ./error-message.ts). The issue type
 * lives here, not in ./formats, so that the hierarchy depends on nothing in the engine.
 */

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

export function formatIssue(issue: Issue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

/** The kinds of error, as they cross the bridge (BridgeError.code in src/contract/bridge.ts). */
export const ERROR_KINDS = ['bad-input', 'not-found', 'busy', 'internal'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** One problem without a place: what a message given as text becomes. */
function asIssues(problems: readonly Issue[] | string): readonly Issue[] {
  return typeof problems === 'string' ? [{ path: '', message: problems }] : problems;
}

/**
 * The root of the hierarchy: every problem found, each with its field path, and the file they are
 * in when there is one. Its message is the problems in English, one a line (`source: path: message`).
 */
export abstract class SpfError extends Error {
  abstract readonly kind: ErrorKind;
  readonly issues: readonly Issue[];
  /** The file the problems are in, when there is one. */
  readonly source: string | undefined;

  constructor(problems: readonly Issue[] | string, source?: string) {
    const issues = asIssues(problems);
    super(issues.map((i) => (source ? `${source}: ${formatIssue(i)}` : formatIssue(i))).join('\n'));
    this.issues = issues;
    this.source = source;
  }
}

/** Input that cannot be used: a file, a request or a value typed, with every problem located. */
export class BadInputError extends SpfError {
  readonly kind = 'bad-input';
  constructor(problems: readonly Issue[] | string, source?: string) {
    super(problems, source);
    this.name = 'BadInputError';
  }
}

/** What was asked for does not exist: a scenario, a revision, a country, a set. */
export class NotFoundError extends SpfError {
  readonly kind = 'not-found';
  constructor(problems: readonly Issue[] | string, source?: string) {
    super(problems, source);
    this.name = 'NotFoundError';
  }
}

/** What was asked for is in use elsewhere (the library file locked by another program): try again. */
export class BusyError extends SpfError {
  readonly kind = 'busy';
  constructor(problems: readonly Issue[] | string, source?: string) {
    super(problems, source);
    this.name = 'BusyError';
  }
}

/** A failure the user cannot fix: a bug, a crashed worker, a broken install. */
export class InternalError extends SpfError {
  readonly kind = 'internal';
  constructor(problems: readonly Issue[] | string, source?: string) {
    super(problems, source);
    this.name = 'InternalError';
  }
}
