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
