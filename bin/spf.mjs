#!/usr/bin/env node
// The `spf` command. It runs the bundle that `npm run build:cli` makes (also run by `npm ci` and
// `npm install` through `prepare`): plain JavaScript that Node starts quickly. A development checkout
// where the bundle has not been built yet builds it first (esbuild, a development dependency).
import { existsSync } from 'node:fs';
import module from 'node:module';

// Node 22 keeps the compiled bundle on disk between runs (in the system's temporary folder), so
// every start after the first skips compiling about 2 MB of JavaScript. Node 20 has no such cache.
module.enableCompileCache?.();

const BUNDLE = new URL('../dist/cli/spf.mjs', import.meta.url);

if (!existsSync(BUNDLE)) {
  process.stderr.write('spf: building the command line (npm run build:cli) ...\n');
  const { buildCli } = await import('../scripts/build-cli.mjs');
  await buildCli();
}
const { main } = await import(BUNDLE.href);
process.exitCode = await main(process.argv.slice(2));
