import { InputError, codedIssue, type Issue, type MessageCode, type MessageParams } from '#engine';

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
  | 'busy'
  | 'no-library'
  | 'not-a-library'
  | 'newer-library'
  | 'migration-edited'
  | 'cannot-open';

/**
 * A problem a user can act on: a missing scenario, a bad file, a busy or unreadable library. It is an
 * InputError, so every host reports it as bad input with its located issues, never as a crash.
 */
export class LibraryError extends InputError {
  readonly code: LibraryErrorCode;
  /** The scenario the problem is about, when there is one (hosts use it in their advice). */
  readonly scenarioId: number | undefined;

  constructor(code: LibraryErrorCode, issues: readonly Issue[], scenarioId?: number) {
    super(issues);
    this.name = 'LibraryError';
    this.code = code;
    this.scenarioId = scenarioId;
  }

  static of(code: LibraryErrorCode, message: string, scenarioId?: number): LibraryError {
    return new LibraryError(code, [{ path: '', message }], scenarioId);
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
    return new LibraryError(
      kind,
      [codedIssue(message.path ?? '', message.code, message.params)],
      scenarioId,
    );
  }

  /** Problems found in a stored file, each told where it is stored ("in revision 3 of scenario 2 ..."). */
  static stored(issues: readonly Issue[], where: StoredPlace, scenarioId?: number): LibraryError {
    return new LibraryError(
      'invalid',
      issues.map((i) => storedIssue(i, where)),
      scenarioId,
    );
  }
}

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
