#!/usr/bin/env node
// Builds the `spf` command ahead of time into dist/cli/, so bin/spf.mjs runs plain JavaScript with
// `node` and nothing compiles TypeScript at run time. Runs from `npm run build:cli` and from the
// `prepare` script (so `npm ci` and `npm install` in a checkout produce it). `--out DIR` builds
// elsewhere (the tests do).
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUT_DIR = resolve(ROOT, 'dist/cli');
const WORKER_DIR = resolve(ROOT, 'src/node/worker');
const DRAW_WORKER = resolve(ROOT, 'src/node/uncertainty/draw-worker.ts');

/**
 * Files a source module finds beside itself with `new URL('…', import.meta.url)`, by what the bundle
 * finds instead: each worker's TypeScript body (the report worker, the Monte Carlo draw worker)
 * becomes its own bundle, and the worker entry both start from is copied.
 */
const BUNDLED_INSTEAD = new Map([
  [resolve(WORKER_DIR, 'report-worker.ts'), 'report-worker.mjs'],
  [DRAW_WORKER, 'uncertainty-worker.mjs'],
  [resolve(WORKER_DIR, 'report-worker-entry.mjs'), 'report-worker-entry.mjs'],
]);

const RELATIVE_URL = /new URL\((['"])(\.{1,2}\/[^'"]*)\1,\s*import\.meta\.url\)/g;

/** A relative URL the bundle in `outDir` uses to reach what `fromDir/target` reached. */
function urlFromBundle(outDir, fromDir, target) {
  const absolute = resolve(fromDir, target);
  const instead = BUNDLED_INSTEAD.get(absolute);
  const wanted = instead === undefined ? absolute : resolve(outDir, instead);
  const rel = relative(outDir, wanted).split(sep).join('/');
  const prefixed = rel.startsWith('.') ? rel : `./${rel}`;
  // resolve() drops a folder's trailing slash, which `new URL` needs to treat it as a folder.
  return target.endsWith('/') && !prefixed.endsWith('/') ? `${prefixed}/` : prefixed;
}

/**
 * Every module lands in a file in `outDir`, so a path relative to its source file would point
 * elsewhere: rewrite each `new URL('relative', import.meta.url)` to reach the same file from there.
 */
const relocateFileUrls = (outDir) => ({
  name: 'relocate-file-urls',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      const fromDir = dirname(args.path);
      const contents = source.replace(
        RELATIVE_URL,
        (_, quote, target) =>
          `new URL(${quote}${urlFromBundle(outDir, fromDir, target)}${quote}, import.meta.url)`,
      );
      return { contents, loader: 'ts' };
    });
  },
});

/**
 * mathjs is 1.9 MB of JavaScript that only a scenario with a custom formula needs, yet the engine's
 * sandbox imports it statically (the engine stays synchronous and free of Node's APIs for the browser
 * and the worker). In the command line's bundle the sandbox gets this stand-in instead: `create`
 * loads mathjs from node_modules on the first formula compiled, and `all` stands for its factories.
 */
const LAZY_MATHJS = `
import { createRequire } from 'node:module';
const load = createRequire(import.meta.url);
let mathjs;
const real = () => (mathjs ??= load('mathjs/number'));
export const all = Symbol('all mathjs factories');
export function create(factories, config) {
  return real().create(factories === all ? real().all : factories, config);
}
`;

const lazyMathjs = {
  name: 'lazy-mathjs',
  setup(b) {
    b.onResolve({ filter: /^mathjs\/number$/ }, () => ({
      path: 'mathjs/number',
      namespace: 'lazy-mathjs',
    }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-mathjs' }, () => ({
      contents: LAZY_MATHJS,
      resolveDir: ROOT,
      loader: 'js',
    }));
  },
};

/** Shared by both bundles. Native addons and Playwright's browser driver stay in node_modules. */
const COMMON = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  // jsonc-parser's `main` is a UMD build whose requires esbuild cannot follow: take its ES module.
  mainFields: ['module', 'main'],
  external: ['better-sqlite3', 'playwright-core', 'tsx', 'tsx/*'],
  // Modules that esbuild turns from CommonJS need `require` in an ES module.
  banner: {
    js: "import { createRequire as __spfCreateRequire } from 'node:module'; const require = __spfCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
  legalComments: 'none',
};

/** Builds the command line and its workers into `outDir` (dist/cli/ by default). */
export async function buildCli(outDir = OUT_DIR) {
  // Chunk names carry content hashes, so each build would leave the last one's beside it: the
  // project's own output folder starts empty (a folder given with --out is never emptied).
  if (outDir === OUT_DIR) rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    ...COMMON,
    outdir: outDir,
    plugins: [relocateFileUrls(outDir), lazyMathjs],
    entryPoints: {
      spf: resolve(ROOT, 'src/cli/main.ts'),
      'report-worker': resolve(WORKER_DIR, 'report-worker.ts'),
      'uncertainty-worker': DRAW_WORKER,
    },
    // Commands load their heavy modules with import(): those become chunks read only when needed.
    // The chunks stay beside spf.mjs, where the rewritten file URLs start from.
    splitting: true,
    chunkNames: '[name]-[hash]',
  });
  copyFileSync(
    resolve(WORKER_DIR, 'report-worker-entry.mjs'),
    resolve(outDir, 'report-worker-entry.mjs'),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv.indexOf('--out');
  await buildCli(out === -1 ? OUT_DIR : resolve(process.argv[out + 1] ?? OUT_DIR));
}
