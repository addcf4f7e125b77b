import { writeFileSync } from 'node:fs';
import {
  errorMessage,
  InputError,
  codedIssue,
  formatIssueIn,
  messageLanguageOf,
  type Issue,
  type MessageLanguage,
} from '#engine';

/** Where the command writes; tests pass buffers, the binary passes the process streams. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The language of messages and reports (`--lang`, else the environment's); English when not set. */
  lang?: MessageLanguage;
  /** Set by a command that ran to its end but must exit with another code than 0 (EXIT.someFailed). */
  exitCode?: number;
}

/**
 * The language the environment asks for, by POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG
 * (`fr_FR.UTF-8` is French). Any other language, or "C", is English.
 */
export function languageFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): MessageLanguage {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return messageLanguageOf(value) ?? 'en';
  }
  return 'en';
}

/** An issue as `path: message` in the command's language. */
export function issueLine(io: CliIo, issue: Issue): string {
  return formatIssueIn(issue, io.lang ?? 'en');
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/**
 * When the reader of stdout goes away (`spf cost --format json | head -c 10`), the next write fails
 * with EPIPE. That is the reader's choice, not an error of the command: it ends quietly, with 0, as
 * other Unix tools do, instead of printing a stack trace. Any other stream error is still raised.
 */
export function endQuietlyOnClosedPipe(
  stream: NodeJS.WritableStream,
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    exit(0);
  });
}

/**
 * Exit codes of `spf`: 0 done, 2 bad input (with the message), 1 internal error, 3 a batch done in
 * part (`country build` with several countries, some of which could not be built).
 */
export const EXIT = { ok: 0, internal: 1, badInput: 2, someFailed: 3 } as const;

/** Writes to --out (saying so on stderr) or to the screen. */
export function emit(io: CliIo, text: string, out: string | undefined): void {
  if (out) {
    try {
      writeFileSync(out, text);
    } catch (e) {
      throw new InputError(
        [codedIssue('', 'cli.cannotWrite', { reason: errorMessage(e, io.lang) })],
        out,
      );
    }
    io.err(`Wrote ${out}\n`);
  } else io.out(text);
}
