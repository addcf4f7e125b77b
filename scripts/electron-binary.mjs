// Finds the Electron binary without require('electron'), which would try to download it and throw.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function electronBinary() {
  const require = createRequire(import.meta.url);
  let dir;
  try {
    dir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  let rel = 'electron';
  try {
    rel = readFileSync(join(dir, 'path.txt'), 'utf8');
  } catch {
    if (!process.env.ELECTRON_OVERRIDE_DIST_PATH) return null;
  }
  const exe = process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, rel)
    : join(dir, 'dist', rel);
  return existsSync(exe) ? exe : null;
}

export function electronVersion() {
  const require = createRequire(import.meta.url);
  return require('electron/package.json').version;
}
