import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main';

export const REPO_DIR = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs `spf` in this process and captures what it prints. The environment is empty (so messages are
 * English whatever the tester's LANG) unless `env` is given.
 */
export async function spf(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return spfWithEnv({}, ...argv);
}

/** Runs `spf` in this process with the environment `env` (LANG, LC_ALL...). */
export async function spfWithEnv(
  env: Record<string, string>,
  ...argv: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) }, env);
  return { code, out, err };
}

/** Runs the real `bin/spf.mjs` in a child process, as a user would. */
export function spfProcess(...argv: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [`${REPO_DIR}bin/spf.mjs`, ...argv], {
    encoding: 'utf8',
    cwd: REPO_DIR,
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
