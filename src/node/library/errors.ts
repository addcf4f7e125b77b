import {
  BusyError,
  InputError,
  NotFoundError,
  codedIssue,
  type ErrorKind,
  type Issue,
  type MessageCode,
  type MessageParams,
} from '#engine';

/** What went wrong, so a host can add its own advice (the command line names a command to run). */
export type LibraryErrorCode =
  | 'invalid'
  | 'scenario-not-found'
  | 'revision-not-found'
  | 'in-bin'
  | 'country-not-found'
  | 'country-version-not-found'
  | 'reserved-country'
  | 'tag-not-found'
  | 'set-not-found'
  | 'set-exists'
  | 'workshop-not-found'
  | 'workshop-exists'
  | 'locked'
  | 'busy'
  | 'no-library'
  | 'not-a-library'
  | 'newer-library'
  | 'migration-edited'
  | 'cannot-open';

/** The kind of error each library problem is, by its code: the compiler checks that none is missing. */
const KIND_OF = {
  invalid: 'bad-input',
  'scenario-not-found': 'not-found',
  'revision-not-found': 'not-found',
  'in-bin': 'bad-input',
  'country-not-found': 'not-found',
  'country-version-not-found': 'not-found',
  'reserved-country': 'bad-input',
  'tag-not-found': 'not-found',
  'set-not-found': 'not-found',
  'set-exists': 'bad-input',
  'workshop-not-found': 'not-found',
  'workshop-exists': 'bad-input',
  locked: 'bad-input',
  busy: 'busy',
  'no-library': 'bad-input',
  'not-a-library': 'bad-input',
  'newer-library': 'bad-input',
  'migration-edited': 'bad-input',
  'cannot-open': 'bad-input',
} as const satisfies Record<LibraryErrorCode, Exclude<ErrorKind, 'internal'>>;

/** What every library error tells a host beyond its kind, to add its own advice. */
interface LibraryDetails {
  readonly code: LibraryErrorCode;
  /** The scenario the problem is about, when there is one (hosts use it in their advice). */
  readonly scenarioId: number | undefined;
}

/** A scenario, revision, country, tag or set that is not in the library. */
export class LibraryNotFoundError extends NotFoundError implements LibraryDetails {
  readonly code: LibraryErrorCode;
  readonly scenarioId: number | undefined;
  constructor(code: LibraryErrorCode, issues: readonly Issue[], scenarioId?: number) {
    super(issues);
    this.name = 'LibraryError';
    this.code = code;
    this.scenarioId = scenarioId;
  }
}

/** The library file is locked by another program for longer than the busy timeout. */
export class LibraryBusyError extends BusyError implements LibraryDetails {
  readonly code: LibraryErrorCode;
  readonly scenarioId: number | undefined;
  constructor(code: LibraryErrorCode, issues: readonly Issue[], scenarioId?: number) {
    super(issues);
    this.name = 'LibraryError';
    this.code = code;
    this.scenarioId = scenarioId;
  }
}

/** A bad file or request, or a library that cannot be opened as it is. */
export class LibraryInputError extends InputError implements LibraryDetails {
  readonly code: LibraryErrorCode;
  readonly scenarioId: number | undefined;
  constructor(code: LibraryErrorCode, issues: readonly Issue[], scenarioId?: number) {
    super(issues);
    this.name = 'LibraryError';
    this.code = code;
    this.scenarioId = scenarioId;
  }
}

/**
 * A problem a user can act on: a missing scenario, a bad file, a busy or unreadable library. Each is
 * of its kind in the engine's error hierarchy (NotFoundError, BusyError or a bad-input InputError),
 * so every host classifies it by class, never as a crash, and reads `code` to add its own advice.
 */
export type LibraryError = LibraryNotFoundError | LibraryBusyError | LibraryInputError;

/** The library error of `code`, of the kind that code is. */
function make(code: LibraryErrorCode, issues: readonly Issue[], scenarioId?: number): LibraryError {
  switch (KIND_OF[code]) {
    case 'not-found':
      return new LibraryNotFoundError(code, issues, scenarioId);
    case 'busy':
      return new LibraryBusyError(code, issues, scenarioId);
    case 'bad-input':
      return new LibraryInputError(code, issues, scenarioId);
  }
}

/**
 * Makes library errors, and tells one from any other error (`e instanceof LibraryError`): the three
 * kinds cannot share a class, as each extends its kind's class. It is a class (a function) so that
 * test matchers accept it, but never constructed: `LibraryError.make(code, issues)` gives the error
 * of the code's kind.
 */
export const LibraryError = class {
  private constructor() {}

  static make = make;

  static [Symbol.hasInstance](value: unknown): value is LibraryError {
    return (
      value instanceof LibraryNotFoundError ||
      value instanceof LibraryBusyError ||
      value instanceof LibraryInputError
    );
  }

  static of(code: LibraryErrorCode, message: string, scenarioId?: number): LibraryError {
    return make(code, [{ path: '', message }], scenarioId);
  }

  /**
   * An error with one problem as a message code of the catalogue (src/messages/catalog/library.ts),
   * so the app and the command line show it in the user's language.
   */
  static coded(
    kind: LibraryErrorCode,
    message: { path?: string; code: MessageCode; params?: MessageParams },
    scenarioId?: number,
  ): LibraryError {
    return make(kind, [codedIssue(message.path ?? '', message.code, message.params)], scenarioId);
  }

  /** Problems found in a stored file, each told where it is stored ("in revision 3 of scenario 2 ..."). */
  static stored(issues: readonly Issue[], where: StoredPlace, scenarioId?: number): LibraryError {
    return make(
      'invalid',
      issues.map((i) => storedIssue(i, where)),
      scenarioId,
    );
  }
};

/** Where a stored file is: a scenario's revision or a country's version. */
export type StoredPlace =
  { revision: number; scenario: number } | { country: string; version: number };

/** An issue of a stored file, its message followed by where the file is stored; its code is kept. */
function storedIssue(issue: Issue, where: StoredPlace): Issue {
  // A coded message is quoted as `@code` (rendered in the user's language with its own parameters).
  const storedMessage = issue.code ? `@${issue.code}` : issue.message;
  return 'revision' in where
    ? codedIssue(issue.path, 'library.stored.revision', {
        ...issue.params,
        storedMessage,
        storedRev: where.revision,
        storedScenario: where.scenario,
      })
    : codedIssue(issue.path, 'library.stored.country', {
        ...issue.params,
        storedMessage,
        storedCountry: where.country,
        storedVersion: where.version,
      });
}
