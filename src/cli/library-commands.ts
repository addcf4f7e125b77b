import { InputError, codedIssue, type Issue } from '#engine';
/**
 * What the library commands (`spf scenarios`, `spf countries`, `spf sets`) share: the --db option,
 * opening and closing the library, the command line's advice on errors, ids, tables and output files.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { openLibrary, LibraryError, type Library } from '../node/library/index';
import { libraryLocation, LIBRARY_ENV } from '../node/paths';
import { emit, type CliIo } from './cli-io';

export { emit };

export interface DbOptions {
  db?: string;
}

export function addDbOption(command: Command): Command {
  return command.option(
    '--db <PATH>',
    `the scenario library file (default: $${LIBRARY_ENV}, or ${libraryLocation(undefined, { platform: process.platform, env: {}, home: '~' }).path})`,
  );
}

/** The command to run next, by what went wrong: the library itself stays free of command-line talk. */
function advice(e: LibraryError): string | undefined {
  const id = e.scenarioId;
  switch (e.code) {
    case 'scenario-not-found':
      return 'list them with "spf scenarios list"';
    case 'revision-not-found':
      return `list them with "spf scenarios history ${id}"`;
    case 'in-bin':
      return `take it out first with "spf scenarios undelete ${id}"`;
    case 'country-not-found':
      return 'import its data with "spf countries import FILE" (see "spf countries list")';
    case 'country-version-not-found':
      return 'see them with "spf countries history CODE"';
    case 'set-not-found':
      return 'list them with "spf sets list"';
    case 'workshop-not-found':
      return 'list them with "spf workshop list" (and a workshop\'s groups with "spf workshop show ID")';
    default:
      return undefined;
  }
}

/**
 * A LibraryError as the command line reports it: with advice, and located in `file` when the problem
 * is in the file the user gave.
 */
export function forCommandLine(e: unknown, file?: string): unknown {
  if (!(e instanceof LibraryError)) return e;
  const more = advice(e);
  const issues: Issue[] = e.issues.map((issue, i) =>
    // An issue that already says how to import a country needs no more advice. The advice is
    // English only: an issue given it loses its code so that its text stays whole.
    more && i === e.issues.length - 1 && issue.code !== 'validation.unknownCountry'
      ? { path: issue.path, message: `${issue.message}; ${more}` }
      : issue,
  );
  const inFile = ['invalid', 'country-not-found', 'country-version-not-found', 'reserved-country'];
  return new InputError(issues, file && inFile.includes(e.code) ? file : undefined);
}

/** Runs `fn` with the library open (created when missing), closing it whatever happens. */
/**
 * Runs `fn` on the library. Commands that only read pass `'read'`: the library is opened read-only
 * (it must exist, nothing is written), so they work on read-only media too.
 */
export function withLibrary<T>(
  options: DbOptions,
  io: CliIo,
  fn: (library: Library) => T,
  access: 'read' | 'write' = 'write',
): T {
  const { path } = libraryLocation(options.db);
  let library: Library;
  try {
    // A library not made yet is made (and shown empty) as before; an existing one is only read.
    library = openLibrary(path, access === 'read' && existsSync(path) ? { readonly: true } : {});
  } catch (e) {
    throw forCommandLine(e);
  }
  const m = library.migration;
  if (m.backup) {
    io.err(
      `Upgraded the scenario library ${path} from schema ${m.from} to ${m.to}; the file as it was is kept in ${m.backup}\n`,
    );
  }
  try {
    return fn(library);
  } catch (e) {
    throw forCommandLine(e);
  } finally {
    library.close();
  }
}

/** withLibrary for commands that only read (list, show, history, export). */
export function readLibrary<T>(options: DbOptions, io: CliIo, fn: (library: Library) => T): T {
  return withLibrary(options, io, fn, 'read');
}

/**
 * For commands that only look something up (`spf cost`, `spf scenarios new`): a library that does not
 * exist is not created; `fn` gets null instead.
 */
export function withExistingLibrary<T>(
  dbOption: string | undefined,
  io: CliIo,
  fn: (library: Library | null, path: string) => T,
): T {
  const { path } = libraryLocation(dbOption);
  if (!existsSync(path)) return fn(null, path);
  return withLibrary({ db: path }, io, (library) => fn(library, path), 'read');
}

/** A positive whole number from the command line, e.g. a scenario id or a revision number. */
export function parsePositive(text: string, what: string): number {
  const n = /^\d{1,15}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new InputError([codedIssue('', 'cli.wholeNumber', { what, text })]);
  }
  return n;
}

export function parseScenarioId(text: string): number {
  return parsePositive(text, 'the scenario id');
}

/** Runs a library call about `file`, so that problems in the file are reported in it. */
export function about<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw forCommandLine(e, file);
  }
}

/** A local date and time to the minute, as people read it: `2025-11-22 14:05`. */
export function when(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** A plain text table; columns whose header is in `right` are right-aligned. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly string[] = [],
): string {
  const widths = headers.map((h, j) => Math.max(h.length, ...rows.map((r) => (r[j] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, j) => (right.includes(headers[j]!) ? c.padStart(widths[j]!) : c.padEnd(widths[j]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)]
    .map((l) => `${l}\n`)
    .join('');
}

export const LIST_FORMATS = ['table', 'json'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];
