import { InputError, type Issue } from '../../formats/issues';

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
}
