#!/usr/bin/env node
// Bundles the Electron main process (ESM) and the sandboxed preload (one CommonJS file) into dist/electron.
import { builtinModules } from 'node:module';
import { build } from 'vite';

// Everything is bundled but Electron, Node's own modules and better-sqlite3, which is native.
const external = [
  'electron',
  'better-sqlite3',
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
];

await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    target: 'node22',
    outDir: 'dist/electron',
    emptyOutDir: false,
    sourcemap: true,
    rollupOptions: {
      input: { main: 'electron/main/index.ts' },
      external,
      output: { format: 'es', entryFileNames: '[name].js' },
    },
  },
  ssr: { noExternal: true, external: ['better-sqlite3'] },
});

// A sandboxed preload cannot import modules: everything but `electron` is bundled into one file.
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    target: 'node22',
    outDir: 'dist/electron',
    emptyOutDir: false,
    sourcemap: true,
    rollupOptions: {
      input: { preload: 'electron/preload/index.ts' },
      external: ['electron'],
      output: { format: 'cjs', entryFileNames: '[name].cjs' },
    },
  },
  ssr: { noExternal: true },
});
console.log('Built dist/electron/main.js and dist/electron/preload.cjs');
