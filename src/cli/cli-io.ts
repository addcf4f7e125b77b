import { writeFileSync } from 'node:fs';
import { InputError } from '../formats/issues';

/** Where the command writes; tests pass buffers, the binary passes the process streams. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Exit codes of `spf`: 0 done, 2 bad input (with the message), 1 internal error. */
export const EXIT = { ok: 0, internal: 1, badInput: 2 } as const;

/** Writes to --out (saying so on stderr) or to the screen. */
export function emit(io: CliIo, text: string, out: string | undefined): void {
  if (out) {
    try {
      writeFileSync(out, text);
    } catch (e) {
      throw new InputError([{ path: '', message: `cannot write: ${(e as Error).message}` }], out);
    }
    io.err(`Wrote ${out}\n`);
  } else io.out(text);
}
