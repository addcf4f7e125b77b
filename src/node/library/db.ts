import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LibraryError } from './errors';
import { errorMessage } from '#engine';

// Read-only media: SQLite opens a WAL library there only as "immutable", which needs a URI file name.
// better-sqlite3 reads this switch once, when its native module loads (on the first open), so it is
// set here, before any open; plain paths open as before.
process.env.SQLITE_USE_URI ??= '1';

/** The connection type, named here so that nothing outside this folder imports better-sqlite3. */
export type SqliteDatabase = Database.Database;

/** How long a write waits for another process's write to finish before reporting "busy". */
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

export interface OpenDatabaseOptions {
  /** Create the file (and its folder) when missing; otherwise a missing file is an error. */
  create?: boolean;
  busyTimeoutMs?: number;
  /**
   * A better-sqlite3 binary other than the one in node_modules: the desktop app loads its Electron
   * build this way, while tests and the command line keep the Node build.
   */
  nativeBinding?: string;
  /**
   * Only read (commands that list, show or export): the file must exist, nothing is written, and a
   * library on read-only media (a CD, a read-only share) still opens.
   */
  readonly?: boolean;
}

function sqliteCode(e: unknown): string | undefined {
  if (e instanceof Error && e.name === 'SqliteError') return (e as Error & { code?: string }).code;
  return undefined;
}

/**
 * Turns the SQLite failures a user can meet (a busy, read-only, full, damaged or foreign file) into a
 * LibraryError naming the file; anything else is left as it is, an internal error.
 */
export function translateSqliteError(e: unknown, path: string): unknown {
  const code = sqliteCode(e);
  if (code === undefined) return e;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return LibraryError.coded('busy', { code: 'library.busy', params: { path } });
  }
  if (code === 'SQLITE_NOTADB') {
    return LibraryError.coded('not-a-library', { code: 'library.notSqlite', params: { path } });
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return LibraryError.coded('not-a-library', {
      code: 'library.damaged',
      params: { path, reason: errorMessage(e) },
    });
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_PERM')) {
    return LibraryError.coded('cannot-open', {
      code: 'library.cannotWrite',
      params: { path, reason: errorMessage(e) },
    });
  }
  if (
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_IOERR') ||
    code === 'SQLITE_FULL'
  ) {
    return LibraryError.coded('cannot-open', {
      code: 'library.cannotUse',
      params: { path, reason: errorMessage(e) },
    });
  }
  return e;
}

/** Runs `fn`, reporting SQLite failures a user can act on as LibraryErrors. */
export function guarded<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw translateSqliteError(e, path);
  }
}

/**
 * Opens the library file with the settings every connection needs: WAL (readers never block the writer,
 * and a crash mid-write leaves the last commit intact), foreign keys, a busy timeout so a second process
 * waits rather than fails, and synchronous=FULL so a reported save survives a power cut too.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): SqliteDatabase {
  if (options.readonly) return openReadOnly(path, options);
  const create = options.create ?? true;
  const inMemory = path === ':memory:';
  if (!inMemory && !existsSync(path)) {
    if (!create) throw noLibrary(path);
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (e) {
      throw LibraryError.coded('cannot-open', {
        code: 'library.cannotCreateFolder',
        params: { path, reason: errorMessage(e) },
      });
    }
  }
  return guarded(path, () => {
    const db = new Database(path, {
      fileMustExist: !create,
      timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS,
      ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
    });
    try {
      // The first statement reads the header, so a file that is not a database fails here.
      if (!inMemory) db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      db.pragma('synchronous = FULL');
      return db;
    } catch (e) {
      db.close();
      throw e;
    }
  });
}

function readOnlyConnection(file: string, options: OpenDatabaseOptions): SqliteDatabase {
  const db = new Database(file, {
    readonly: true,
    fileMustExist: true,
    timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS,
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
  });
  try {
    // The first read: a file that is not a database, or a WAL file SQLite cannot share, fails here.
    db.pragma('schema_version');
    db.pragma('foreign_keys = ON');
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * Opens an existing library for reading only. SQLite shares a WAL library between connections through
 * a `-shm` file next to it; where that cannot be created (read-only media) the plain read-only open
 * fails with "unable to open database file", and the file is opened as immutable instead: nobody can
 * be writing to a file on read-only media.
 */
function openReadOnly(path: string, options: OpenDatabaseOptions): SqliteDatabase {
  if (path === ':memory:' || !existsSync(path)) {
    throw noLibrary(path);
  }
  return guarded(path, () => {
    try {
      return readOnlyConnection(path, options);
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (typeof code !== 'string' || !code.startsWith('SQLITE_CANTOPEN')) throw e;
      return readOnlyConnection(`${pathToFileURL(path).href}?immutable=1`, options);
    }
  });
}

function noLibrary(path: string): LibraryError {
  return LibraryError.coded('no-library', { code: 'library.noLibrary', params: { path } });
}
