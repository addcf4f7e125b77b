#!/usr/bin/env node
// The `spf` command. It runs the TypeScript sources through tsx, so a checkout needs no build step.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
