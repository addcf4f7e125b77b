import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BridgeResult, Channel, ErrorCode } from '../../contract/bridge';
import type { Dispatch } from '../bridge-dispatch';
import type { WorkerCall, WorkerReady, WorkerReply, WorkerSetup } from './protocol';

/**
 * The channels whose handlers are too slow for the server's event loop: the workbook (exceljs, about
 * 9,000 formulas with cached values and charts) takes 1.5-3 s on the default scenario, the global
 * gap (every country of the database) about 4 s. Every library channel answers in a few
 * milliseconds and keeps the one SQLite connection on the main thread.
 */
export const HEAVY_CHANNELS: readonly Channel[] = ['report:workbook', 'gap:all'];

/** The longest a call may run in a worker before the worker is stopped and replaced. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Calls beyond this many waiting for a free worker are refused as busy rather than piled up. */
export const DEFAULT_MAX_QUEUED = 8;
/** A worker's heap ceiling: a runaway request ends its worker, not the server. */
export const DEFAULT_MAX_HEAP_MB = 1024;

const ENTRY = new URL('./report-worker-entry.mjs', import.meta.url);
const REPORT_WORKER = new URL('./report-worker.ts', import.meta.url);

export interface WorkerPoolOptions {
  /** Worker threads; defaults to one per spare core, one or two. */
  size?: number;
  timeoutMs?: number;
  maxQueued?: number;
  maxHeapMb?: number;
  /** Shown on the workbook's README sheet. */
  engineVersion?: string;
  /** The module each worker runs; tests pass one with calls that hang or crash. */
  module?: URL;
  /**
   * The file a worker starts from, which loads `module`. The default loads JavaScript (the built
   * command line's); tests running the TypeScript sources pass test/helpers/ts-worker-entry.mjs.
   */
  entry?: URL;
  /** Where a worker's crash is reported (the server log). */
  log?: (message: string) => void;
}

interface Job {
  call: WorkerCall;
  resolve: (result: BridgeResult<unknown>) => void;
}

/** One worker thread and the call it is working on. */
interface Slot {
  worker: Worker | null;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | undefined;
  /** The last error the thread threw, to say why it stopped. */
  lastError: string | undefined;
  /** Workers in a row that ended before they were ready. */
  failedStarts: number;
}

/** Workers in a row that may fail to start before the calls waiting for them are refused. */
const MAX_FAILED_STARTS = 3;

function failure(code: ErrorCode, message: string): BridgeResult<unknown> {
  return { ok: false, error: { code, message } };
}

function defaultSize(): number {
  return Math.min(2, Math.max(1, availableParallelism() - 1));
}

export interface WorkerPool {
  /** Runs one bridge call in a worker; always resolves, failures as plain error values. */
  run(channel: string, request: unknown): Promise<BridgeResult<unknown>>;
  /** Stops every worker; waiting calls are answered with an error. */
  close(): Promise<void>;
}

/**
 * A small pool of worker threads for the heavy bridge calls of the browser build, so that while one
 * builds a workbook the server keeps answering everything else. A call that runs too long has its
 * worker stopped (the only way to interrupt synchronous work) and gets a clear error; a worker that
 * dies, whatever the reason, is replaced.
 */
export function startWorkerPool(options: WorkerPoolOptions = {}): WorkerPool {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxQueued = options.maxQueued ?? DEFAULT_MAX_QUEUED;
  const setup: WorkerSetup = {
    module: (options.module ?? REPORT_WORKER).href,
    ...(options.engineVersion === undefined ? {} : { engineVersion: options.engineVersion }),
  };
  const log = options.log ?? (() => undefined);
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  const slots: Slot[] = Array.from({ length: options.size ?? defaultSize() }, () => ({
    worker: null,
    ready: false,
    job: null,
    timer: undefined,
    lastError: undefined,
    failedStarts: 0,
  }));

  function finish(slot: Slot, result: BridgeResult<unknown>): void {
    clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = null;
    job?.resolve(result);
  }

  function spawn(slot: Slot): void {
    const worker = new Worker(options.entry ?? ENTRY, {
      workerData: setup,
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB },
    });
    slot.worker = worker;
    slot.ready = false;
    slot.lastError = undefined;
    worker.on('message', (message: WorkerReply | WorkerReady) => {
      if (slot.worker !== worker) return;
      if ('ready' in message) {
        slot.ready = true;
        slot.failedStarts = 0;
      } else if (slot.job?.call.id === message.id) finish(slot, message.result);
      pump();
    });
    worker.on('error', (e: Error) => {
      if (slot.worker === worker) slot.lastError = e.message;
    });
    worker.on('exit', (code) => {
      // A worker already replaced (after a timeout) has been answered for.
      if (slot.worker !== worker) return;
      const why = slot.lastError ?? `exit code ${code}`;
      slot.worker = null;
      if (closed) return;
      if (!slot.ready && ++slot.failedStarts >= MAX_FAILED_STARTS) {
        // A worker that cannot even load its modules would be restarted for ever.
        log(`a report worker cannot start (${why})`);
        slot.failedStarts = 0;
        for (const job of queue.splice(0)) {
          job.resolve(failure('internal', `The report worker cannot start (${why}).`));
        }
        return;
      }
      log(`a report worker stopped (${why}); starting another`);
      if (slot.job) {
        finish(slot, failure('internal', `The report worker stopped (${why}); please try again.`));
        // Replaced at once while there is work; a worker that dies idle is replaced when needed,
        // so one that cannot start does not restart in a loop.
        spawn(slot);
      }
      pump();
    });
  }

  function timedOut(slot: Slot, channel: string): void {
    finish(
      slot,
      failure(
        'busy',
        `"${channel}" took longer than ${timeoutMs / 1000} s and was stopped; try again, or with a smaller scenario.`,
      ),
    );
    const worker = slot.worker;
    spawn(slot);
    void worker?.terminate();
  }

  /** Hands waiting calls to ready, idle workers, and starts workers that are missing. */
  function pump(): void {
    for (const slot of slots) {
      if (closed || queue.length === 0) return;
      if (slot.worker === null) spawn(slot);
      if (!slot.ready || slot.job) continue;
      const job = queue.shift() as Job;
      slot.job = job;
      slot.timer = setTimeout(() => timedOut(slot, job.call.channel), timeoutMs);
      slot.worker?.postMessage(job.call);
    }
  }

  for (const slot of slots) spawn(slot);

  return {
    run(channel, request) {
      if (closed) return Promise.resolve(failure('internal', 'The server is stopping.'));
      if (queue.length >= maxQueued) {
        return Promise.resolve(
          failure(
            'busy',
            `The queue of ${maxQueued} waiting reports is full; try again in a moment.`,
          ),
        );
      }
      return new Promise((resolve) => {
        queue.push({ call: { id: nextId++, channel, request }, resolve });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0))
        job.resolve(failure('internal', 'The server is stopping.'));
      await Promise.all(
        slots.map((slot) => {
          finish(slot, failure('internal', 'The server is stopping.'));
          const worker = slot.worker;
          slot.worker = null;
          return worker ? worker.terminate() : Promise.resolve(0);
        }),
      );
    },
  };
}

/**
 * A dispatcher that sends the heavy channels to the pool and everything else to `dispatch`, on the
 * main thread. The worker checks its requests against the contract as the in-process dispatcher does.
 */
export function offloadHeavyChannels(
  dispatch: Dispatch,
  pool: WorkerPool,
  channels: readonly string[] = HEAVY_CHANNELS,
): Dispatch {
  const heavy = new Set(channels);
  return (channel, request) =>
    typeof channel === 'string' && heavy.has(channel)
      ? pool.run(channel, request)
      : dispatch(channel, request);
}
