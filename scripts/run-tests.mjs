#!/usr/bin/env node
// `npm test`: every check and every test, then one closing line "N passed, N failed".
// Static checks count as one test each; vitest and Playwright report their own test counts.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
let passed = 0;
let failed = 0;
const failures = [];

function step(name, args, env = {}) {
  console.log(`\n== ${name}: npx ${args.join(' ')}`);
  const r = spawnSync(npx, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(name, args) {
  if (step(name, args)) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

function suite(name, args, reportFile, count, env) {
  rmSync(reportFile, { force: true });
  const ok = step(name, args, env);
  if (!existsSync(reportFile)) {
    failed++;
    failures.push(`${name} (no report)`);
    return;
  }
  const { p, f } = count(JSON.parse(readFileSync(reportFile, 'utf8')));
  passed += p;
  failed += f;
  if (f > 0 || !ok) failures.push(name);
  if (!ok && f === 0) failed++;
}

// The command line's bundle first, so the tests that run bin/spf run today's sources.
check('command-line bundle', ['node', 'scripts/build-cli.mjs']);
check('typecheck (all)', ['tsc', '-p', 'tsconfig.json']);
check('typecheck (engine is pure)', ['tsc', '-p', 'tsconfig.engine.json']);
check('typecheck (renderer)', ['tsc', '-p', 'tsconfig.web.json']);
check('lint', ['eslint', '.', '--max-warnings', '0']);
check('format', ['prettier', '--check', '.']);
check('no import cycles', [
  'madge',
  '--circular',
  '--extensions',
  'ts,tsx',
  '--ts-config',
  'tsconfig.base.json',
  'src',
  'renderer/src',
  'electron',
]);
suite(
  'unit tests',
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.ci-vitest.json'],
  '.ci-vitest.json',
  (r) => ({ p: r.numPassedTests, f: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) }),
);

suite(
  'end-to-end tests (Chromium, browser build)',
  ['playwright', 'test', '--reporter=list,json'],
  '.ci-e2e.json',
  (r) => ({ p: r.stats.expected, f: r.stats.unexpected + (r.errors?.length ?? 0) }),
  { PLAYWRIGHT_JSON_OUTPUT_NAME: '.ci-e2e.json' },
);

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
