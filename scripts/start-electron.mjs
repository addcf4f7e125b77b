#!/usr/bin/env node
// `npm start`: builds the app and opens the desktop window, preparing better-sqlite3 for Electron's ABI
// first. Where a step cannot be done on this machine it says what is missing and what to use instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildForElectron } from './electron-before-pack.mjs';
import { electronBinary, electronVersion } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const nativeTarget = join(root, 'native', 'electron', 'better_sqlite3.node');

function fail(lines) {
  console.error(lines.join('\n'));
  process.exit(1);
}

const exe = electronBinary();
if (!exe) {
  fail([
    'The Electron binary is not installed, so the desktop window cannot open on this machine.',
    'Electron downloads it from GitHub the first time it runs; this machine could not reach it.',
    'What to do:',
    '  - on a machine with internet access: run "npx install-electron" once, then "npm start";',
    '  - here: use the browser build instead, "npm run web", and open the address it prints.',
  ]);
}

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...options });
  return r.status === 0;
}

if (!run(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build']))
  fail(['Building the renderer failed.']);
if (!run(process.execPath, [join(root, 'scripts', 'build-electron.mjs')]))
  fail(['Building the main process failed.']);

if (!existsSync(nativeTarget)) {
  // better-sqlite3 for Electron's ABI, built by @electron/rebuild in a staged copy (the packaging
  // hook's own step), so node_modules keeps the Node build that the tests and the command line use.
  const version = electronVersion();
  console.log(`Building better-sqlite3 for Electron ${version} (about two minutes)…`);
  try {
    await buildForElectron({
      electronVersion: version,
      platform: process.platform,
      arch: process.arch,
      stage: join(root, '.cache', 'electron-native'),
      output: nativeTarget,
    });
  } catch (e) {
    fail([
      `Could not build better-sqlite3 for Electron ${version}: ${e instanceof Error ? e.message : String(e)}`,
      'Its headers come from electronjs.org: build it once on a connected machine (this same command),',
      `or copy a better_sqlite3.node built for Electron ${version} to ${nativeTarget}.`,
      'Meanwhile the browser build works: "npm run web".',
    ]);
  }
}

const r = spawnSync(exe, [join(root, 'dist', 'electron', 'main.js')], {
  stdio: 'inherit',
  cwd: root,
});
process.exit(r.status ?? 0);
