import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  checkDraws,
  drawLayout,
  prepareShockableRun,
  runDraws,
  summariseDraws,
  type CountryData,
  type MessageLanguage,
  type Scenario,
  type ShockableRun,
  type UncertaintyResult,
} from '#engine';
import { errorDetail } from '../error-detail';
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
  /**
   * Threads that draw (default: one per core): this one and workers for the rest, never more than
   * there are slices. One thread draws here alone.
   */
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

/** Draws in a slice: at least this many, so messages cost little against the draws (0.2-0.4 ms each). */
const MIN_SLICE = 50;
/** At most this many, so that progress moves and every thread gets several slices. */
const MAX_SLICE = 500;

/**
 * The slices of `draws` for `threads`, in draw order, shrinking towards the end (guided scheduling):
 * each a quarter of the draws left per thread, within MIN_SLICE..MAX_SLICE, so that a thread that
 * is slower (a worker still warming up, a busy core) holds a small slice when the others finish.
 */
export function slicesOf(draws: number, threads: number): DrawSlice[] {
  const slices: DrawSlice[] = [];
  for (let from = 0; from < draws;) {
    const guided = Math.ceil((draws - from) / (threads * 4));
    const count = Math.min(draws - from, Math.max(MIN_SLICE, Math.min(MAX_SLICE, guided)));
    slices.push({ from, count });
    from += count;
  }
  return slices;
}

/**
 * The threads of one run: this one and `threads - 1` workers, started at once so that they load
 * while this thread checks the scenario.
 */
export interface DrawWorkers {
  /**
   * Runs every draw of the checked `run` (its demographic variants are sent, not projected again):
   * each thread, this one included, takes the next slice as it finishes one; the series come back
   * in draw order.
   */
  draw(run: ShockableRun): Promise<Float64Array>;
  /** Stops the workers (after a failure, or when the run is not wanted). */
  stop(): Promise<void>;
}

/** Lets the workers' replies in between two slices this thread runs. */
const yieldToReplies = () => new Promise<void>((resolve) => setImmediate(resolve));

export function startDrawWorkers(
  scenario: Scenario,
  country: CountryData,
  options: ParallelDrawOptions,
): DrawWorkers {
  const threads = options.threads ?? defaultThreads();
  const slices = slicesOf(options.draws, threads);
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
  /** A slice's series put in their place; the run resolves with the last one. */
  const accept = (from: number, count: number, series: Float64Array) => {
    outputs.set(series, from * width);
    done += count;
    options.onProgress?.(done, options.draws);
    if (done < options.draws) return;
    void stop();
    settle?.resolve(outputs);
  };
  const give = (worker: Worker) => {
    const slice = slices[next++];
    if (slice) worker.postMessage(slice);
  };
  const take = (reply: DrawReply | { ready: true }, worker: Worker) => {
    if ('ready' in reply) return;
    if ('error' in reply) return fail(reply.error);
    accept(reply.from, reply.count, reply.outputs);
    give(worker);
  };
  // This thread draws too: one worker fewer than threads, none for one thread.
  for (let t = 1; t < Math.min(threads, slices.length); t++) {
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
  /** Slices run here while any are left, between the workers' replies. */
  const drawHere = async (run: ShockableRun) => {
    for (let slice = slices[next++]; slice && !failure; slice = slices[next++]) {
      accept(slice.from, slice.count, runDraws(run, options.seed, slice.from, slice.count));
      await yieldToReplies();
    }
  };
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
        drawHere(run).catch((e: unknown) => fail(errorDetail(e)));
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
