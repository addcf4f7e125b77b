#!/usr/bin/env node
// Bundles the Electron main process (ESM) and the sandboxed preload (one CommonJS file) into dist/electron.
import { builtinModules } from 'node:module';
import { build } from 'vite';

/** Bundles one entry for Node 22 into dist/electron, with everything but `external` inlined. */
function bundle({ name, input, format, extension, external, ssrExternal }) {
  return build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: true,
      target: 'node22',
      outDir: 'dist/electron',
      emptyOutDir: false,
      sourcemap: true,
      rollupOptions: {
        input: { [name]: input },
        external,
        output: { format, entryFileNames: `[name].${extension}` },
      },
    },
    ssr: { noExternal: true, ...(ssrExternal ? { external: ssrExternal } : {}) },
  });
}

// Everything is bundled but Electron, Node's own modules and better-sqlite3, which is native.
await bundle({
  name: 'main',
  input: 'electron/main/index.ts',
  format: 'es',
  extension: 'js',
  external: [
    'electron',
    'better-sqlite3',
    ...builtinModules,
    ...builtinModules.map((m) => `node:${m}`),
  ],
  ssrExternal: ['better-sqlite3'],
});

// A sandboxed preload cannot import modules: everything but `electron` is bundled into one file.
await bundle({
  name: 'preload',
  input: 'electron/preload/index.ts',
  format: 'cjs',
  extension: 'cjs',
  external: ['electron'],
});
console.log('Built dist/electron/main.js and dist/electron/preload.cjs');
