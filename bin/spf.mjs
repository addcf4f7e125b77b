#!/usr/bin/env node
// The `spf` command. It runs the bundle that `npm run build:cli` makes (also run by `npm ci` and
// `npm install` through `prepare`), plain JavaScript that Node starts quickly. A development checkout
// where the bundle has not been built yet runs the TypeScript sources through tsx instead.
import { existsSync } from 'node:fs';

const BUNDLE = new URL('../dist/cli/spf.mjs', import.meta.url);

async function loadMain() {
  if (existsSync(BUNDLE)) return (await import(BUNDLE.href)).main;
  const { tsImport } = await import('tsx/esm/api');
  return (await tsImport('../src/cli/main.ts', import.meta.url)).main;
}

const main = await loadMain();
process.exitCode = await main(process.argv.slice(2));
