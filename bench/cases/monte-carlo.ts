import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { prepareShockableRun, runDraws, runScenario } from '#engine';
import { defaultScenario, trainingCountry } from '../../src/node/bundled-models';
import { defaultThreads, parallelUncertainty } from '../../src/node/uncertainty/draw-pool';
import { median } from '../measure';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = new URL('../../dist/cli/', import.meta.url);
const DRAWS = 10_000;
const ROUNDS = 5;
/** Issue 12: the draws on every core in at most the time of as many sequential full-package runs. */
const TARGET_RATIO = 1;
/** Draws timed on one thread for the draws-per-second figure (after as many untimed). */
const SINGLE_THREAD_DRAWS = 2000;

const round = (x: number) => Number(x.toPrecision(3));

/** 10,000 draws of the default package on the worker pool, bands included: milliseconds. */
async function timedPool(): Promise<number> {
  const t0 = performance.now();
  await parallelUncertainty(defaultScenario(), trainingCountry(), {
    draws: DRAWS,
    seed: 1,
    // The shipped workers: the bundle's entry and draw worker, plain JavaScript as `spf` runs them.
    entry: new URL('report-worker-entry.mjs', DIST),
    module: new URL('uncertainty-worker.mjs', DIST),
  });
  return performance.now() - t0;
}

/** 10,000 sequential `full-package` runs (runScenario on the default package): milliseconds. */
function timedFullPackages(): number {
  const scenario = defaultScenario();
  const country = trainingCountry();
  const t0 = performance.now();
  for (let i = 0; i < DRAWS; i++) runScenario(scenario, country);
  return performance.now() - t0;
}

/** Draws a second on this thread alone, through the lean path (no workers). */
function singleThreadDrawsPerSecond(): number {
  const run = prepareShockableRun(defaultScenario(), trainingCountry());
  runDraws(run, 1, 0, SINGLE_THREAD_DRAWS);
  const t0 = performance.now();
  runDraws(run, 1, SINGLE_THREAD_DRAWS, SINGLE_THREAD_DRAWS);
  return (SINGLE_THREAD_DRAWS / (performance.now() - t0)) * 1000;
}

/**
 * `monte-carlo-10000`: 10,000 Monte Carlo draws of the default package on the worker pool (one
 * thread per core, the bundled workers; start-up and bands included), against 10,000 sequential
 * `full-package` runs timed in the same run, interleaved so a busy machine slows both alike. Builds
 * the command line first. Prints one JSON line with the ratio and the single-thread draws a second.
 */
export async function monteCarloCase(): Promise<void> {
  const build = spawnSync(process.execPath, [`${ROOT}scripts/build-cli.mjs`], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`npm run build:cli failed: ${build.stderr}`);
  // Warm-up: the engine's code compiled on this thread, and the bundle read once from disk.
  for (let i = 0; i < 300; i++) runScenario(defaultScenario(), trainingCountry());
  const pool: number[] = [];
  const sequential: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    pool.push(await timedPool());
    sequential.push(timedFullPackages());
  }
  const ratio = median(pool) / median(sequential);
  console.log(
    JSON.stringify({
      case: 'monte-carlo-10000',
      medianMs: round(median(pool)),
      runs: ROUNDS,
      threads: defaultThreads(),
      fullPackage10000Ms: round(median(sequential)),
      // Each round, to show how much a busy machine moves them.
      poolRoundsMs: pool.map(round),
      fullPackageRoundsMs: sequential.map(round),
      ratio: round(ratio),
      targetRatio: TARGET_RATIO,
      meetsTarget: ratio <= TARGET_RATIO,
      singleThreadDrawsPerSecond: Math.round(singleThreadDrawsPerSecond()),
      // Threads waiting for a core over the last minute: above the cores, both sides ran slowed.
      loadAverage: round(loadavg()[0]!),
    }),
  );
}
