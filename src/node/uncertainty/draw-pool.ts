import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  checkDraws,
  drawLayout,
  prepareShockableRun,
  summariseDraws,
  type CountryData,
  type MessageLanguage,
  type Scenario,
  type ShockableRun,
  type UncertaintyResult,
} from '#engine';
import type { DrawReply, DrawSetup, DrawSlice, DrawStart } from './protocol';

/**
 * Where a worker starts. The built command line (dist/cli) runs plain JavaScript: the shared worker
 * entry loads the bundled draw worker. Run from the TypeScript sources (tests, tsx), the worker gets
 * no loader from its parent, so it starts from the tsx entry the tests use for the report workers.
 */
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const ENTRY = FROM_SOURCES
  ? new URL('../../../test/helpers/ts-worker-entry.mjs', import.meta.url)
  : new URL('../worker/report-worker-entry.mjs', import.meta.url);
const DRAW_WORKER = new URL('./draw-worker.ts', import.meta.url);

/** The most threads one run may ask for. */
export const MAX_THREADS = 64;

export interface ParallelDrawOptions {
  draws: number;
  seed: number;
  /** Worker threads (default: one per core); never more than there are slices. */
  threads?: number;
  /** Called as slices come back with the draws done so far. */
  onProgress?: (done: number, total: number) => void;
  /** The file a worker starts from and the module it loads (the bench passes the built ones). */
  entry?: URL;
  module?: URL;
}

export function defaultThreads(): number {
  return availableParallelism();
}

/**
 * Draws per slice: small enough that every thread gets several (a thread that finishes early takes
 * the next, and progress moves), large enough that messages cost little against the draws (a draw
 * takes about 0.4 ms).
 */
export function sliceSize(draws: number, threads: number): number {
  return Math.max(50, Math.min(500, Math.ceil(draws / (threads * 8))));
}

/** The slices of `draws`, in draw order. */
export function slicesOf(draws: number, size: number): DrawSlice[] {
  const slices: DrawSlice[] = [];
  for (let from = 0; from < draws; from += size) {
    slices.push({ from, count: Math.min(size, draws - from) });
  }
  return slices;
}

/** Worker threads started for one run, loading while this thread checks the scenario. */
export interface DrawWorkers {
  /**
   * Runs every draw of the checked `run` (its demographic variants are sent, not projected again),
   * each worker taking the next slice as it finishes one; the series come back in draw order.
   */
  draw(run: ShockableRun): Promise<Float64Array>;
  /** Stops the workers (after a failure, or when the run is not wanted). */
  stop(): Promise<void>;
}

export function startDrawWorkers(
  scenario: Scenario,
  country: CountryData,
  options: ParallelDrawOptions,
): DrawWorkers {
  const threads = options.threads ?? defaultThreads();
  const slices = slicesOf(options.draws, sliceSize(options.draws, threads));
  const setup: DrawSetup = {
    module: (options.module ?? DRAW_WORKER).href,
    scenario,
    country,
    seed: options.seed,
  };
  const workers: Worker[] = [];
  let failure: Error | undefined;
  let settle: { resolve: (o: Float64Array) => void; reject: (e: Error) => void } | undefined;
  let outputs = new Float64Array(0);
  let width = 0;
  let next = 0;
  let done = 0;
  const stop = () => Promise.all(workers.map((w) => w.terminate())).then(() => undefined);
  const fail = (why: string) => {
    failure ??= new Error(`a Monte Carlo worker failed: ${why}`);
    void stop();
    settle?.reject(failure);
  };
  const give = (worker: Worker) => {
    const slice = slices[next++];
    if (slice) worker.postMessage(slice);
  };
  const take = (reply: DrawReply | { ready: true }, worker: Worker) => {
    if ('ready' in reply) return;
    if ('error' in reply) return fail(reply.error);
    outputs.set(reply.outputs, reply.from * width);
    done += reply.count;
    options.onProgress?.(done, options.draws);
    if (done < options.draws) return give(worker);
    void stop();
    settle?.resolve(outputs);
  };
  for (let t = 0; t < Math.min(threads, slices.length); t++) {
    // No flags of the parent's: `node --input-type=module -e …` would stop a worker from starting
    // from a file, and the entry loads what it needs itself.
    const worker = new Worker(options.entry ?? ENTRY, { workerData: setup, execArgv: [] });
    workers.push(worker);
    worker.on('message', (reply: DrawReply | { ready: true }) => take(reply, worker));
    worker.on('error', (e: Error) => fail(e.message));
    worker.on('exit', (code) => {
      if (done < options.draws && code !== 0) fail(`exit code ${code}`);
    });
  }
  return {
    draw(run) {
      if (failure) return Promise.reject(failure);
      width = drawLayout(run).width;
      outputs = new Float64Array(options.draws * width);
      const start: DrawStart = { deltas: run.deltas };
      return new Promise<Float64Array>((resolve, reject) => {
        settle = { resolve, reject };
        for (const worker of workers) {
          worker.postMessage(start);
          give(worker);
        }
      });
    },
    stop,
  };
}

/**
 * Monte Carlo on every core (methodology 8.4): the workers start loading at once while this thread
 * checks the scenario (an InputError naming the field stops them) and projects its demographic
 * variants; they run the draws, and the bands are taken here. The same seed gives the same result,
 * byte for byte, as the engine's one-thread `uncertainty`, whatever the number of threads.
 */
export async function parallelUncertainty(
  scenario: Scenario,
  country: CountryData,
  options: ParallelDrawOptions & { lang?: MessageLanguage },
): Promise<UncertaintyResult> {
  checkDraws(options.draws);
  const workers = startDrawWorkers(scenario, country, options);
  let run: ShockableRun;
  try {
    run = prepareShockableRun(scenario, country);
  } catch (e) {
    await workers.stop();
    throw e;
  }
  const outputs = await workers.draw(run);
  return summariseDraws(run, outputs, options.seed, options.lang);
}
