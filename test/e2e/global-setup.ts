import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Builds the renderer once; every test serves it with its own library. */
export default function globalSetup(): void {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const r = spawnSync(
    process.execPath,
    [`${root}node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) throw new Error('vite build failed');
}
