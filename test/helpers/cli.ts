import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main';

export const REPO_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `spf` in this process and captures what it prints. */
export async function spf(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
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
