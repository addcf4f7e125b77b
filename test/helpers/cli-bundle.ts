// The command line as `npm ci` ships it (the esbuild bundle of scripts/build-cli.mjs), built once per
// test file into a folder of its own inside the checkout, where node_modules holds the packages the
// bundle leaves outside (better-sqlite3, mathjs, …), and removed after the file's tests.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { REPO_DIR } from './cli';

export interface CliBundle {
  /** The folder the bundle is built into (spf.mjs and its chunks). */
  dir: string;
  /** Runs the bundle as bin/spf.mjs does, in a child process with an English, empty environment. */
  run: (...argv: string[]) => { code: number; out: string; err: string };
}

/** Builds the bundle before the calling file's tests (beforeAll) and removes it after them. */
export function useCliBundle(name: string): CliBundle {
  const dir = join(REPO_DIR, `.tmp-cli-${name}-${process.pid}`);
  beforeAll(() => {
    const r = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--out', dir], {
      cwd: REPO_DIR,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const runMain =
    'const { main } = await import(process.argv[1]); process.exitCode = await main(process.argv.slice(2));';
  return {
    dir,
    run: (...argv) => {
      const r = spawnSync(
        process.execPath,
        ['--input-type=module', '-e', runMain, join(dir, 'spf.mjs'), ...argv],
        { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
      );
      return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
    },
  };
}
