import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 compiled for Electron's ABI lives apart from the Node build that tests use
 * (npm start builds it with @electron/rebuild: scripts/start-electron.mjs), and is loaded through better-sqlite3's `nativeBinding`.
 */
export function electronNativeBinding(appRoot: string): string | undefined {
  const candidates = [
    join(appRoot, 'native', 'electron', 'better_sqlite3.node'),
    join(process.resourcesPath ?? '', 'native', 'better_sqlite3.node'),
  ];
  return candidates.find((p) => existsSync(p));
}
