import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The printable page is part of the renderer build (vite build writes dist/renderer/report.html).
 * From a source checkout a missing build is made once; elsewhere the message says what to run.
 */
export function ensureRendererBuilt(rendererDir: string, build: boolean): void {
  if (existsSync(join(rendererDir, 'report.html'))) return;
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const isDefault = rendererDir.replace(/[\\/]+$/, '') === join(ROOT, 'dist', 'renderer');
  if (!build || !isDefault || !existsSync(vite)) {
    throw new Error(
      `the printable report is not built (${join(rendererDir, 'report.html')} is missing): run "npx vite build" first`,
    );
  }
  const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'error'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0 || !existsSync(join(rendererDir, 'report.html'))) {
    throw new Error(
      `building the printable report failed; run "npx vite build" to see why${r.stderr ? `:\n${r.stderr.trim()}` : ''}`,
    );
  }
}
