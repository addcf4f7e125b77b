import { statSync } from 'node:fs';
import { basename } from 'node:path';

/** Called as the build goes: what it is doing and how far it is (0..1). */
export type ProgressListener = (phase: string, fraction: number) => void;

export interface BuildProgress {
  /** Says a file is being read; returns the listener of its own progress, if anyone listens. */
  file(path: string): ((f: number) => void) | undefined;
  /** Says a step after the reading has started, at a fraction of the whole build. */
  step(phase: string, fraction: number): void;
}

/** The share of the build that is reading files; the checks take the rest. */
const READING_SHARE = 0.9;

/** Reports reading progress weighted by file size, then the remaining steps. */
export function progressReporter(
  onProgress: ProgressListener | undefined,
  files: readonly string[],
): BuildProgress {
  const sizes = files.map((f) => {
    try {
      return statSync(f).size;
    } catch {
      return 0;
    }
  });
  const total = sizes.reduce((a, b) => a + b, 0) || 1;
  let done = 0;
  return {
    file(path: string): ((f: number) => void) | undefined {
      if (!onProgress) return undefined;
      const i = files.indexOf(path);
      const size = i >= 0 ? sizes[i]! : 0;
      const start = done;
      done += size;
      const phase = `reading ${basename(path)}`;
      onProgress(phase, (READING_SHARE * start) / total);
      return (f) => onProgress(phase, (READING_SHARE * (start + f * size)) / total);
    },
    step(phase: string, fraction: number): void {
      onProgress?.(phase, fraction);
    },
  };
}
