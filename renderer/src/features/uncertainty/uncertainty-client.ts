import type { UncertaintyResult } from '#engine';
import type { UncertaintyReply, UncertaintyRequest } from '../../workers/protocol';
import type {
  MonteCarloJob,
  MonteCarloRun,
  UncertaintyAnswer,
  UncertaintyRunner,
} from '../../stores/slices/uncertainty-types';

/** Draws a worker runs per message: small enough for the bands to repaint often, large enough to pay. */
export const SLICE_DRAWS = 250;
/** At most this many workers draw at once, whatever the machine has (one per core below that). */
export const MAX_DRAW_WORKERS = 4;

type Job = Extract<UncertaintyRequest, { scenario: unknown }>;
type Single = Extract<UncertaintyReply, { type: 'glance' | 'sensitivity' | 'pair' }>;

/** How many workers draw: one per core, at most MAX_DRAW_WORKERS (two when the browser does not say). */
export function drawWorkerCount(cores: number | undefined): number {
  return Math.max(1, Math.min(MAX_DRAW_WORKERS, cores ?? 2));
}

/** Draws received so far: slices kept by where they start, and how many lead without a gap. */
class DrawStore {
  private readonly slices = new Map<number, Float64Array>();
  received = 0;
  width = 0;

  add(from: number, count: number, outputs: Float64Array): void {
    this.slices.set(from, outputs);
    this.received += count;
    if (count > 0) this.width = outputs.length / count;
  }

  /** The draws from 0 with none missing, in draw order: what the bands are computed from. */
  leading(): Float64Array {
    const parts: Float64Array[] = [];
    let at = 0;
    for (let part = this.slices.get(at); part; part = this.slices.get(at)) {
      parts.push(part);
      at += part.length / this.width;
    }
    const out = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const p of parts) {
      out.set(p, offset);
      offset += p.length;
    }
    return out;
  }
}

/**
 * Monte Carlo split between workers (one per core, at most four): each prepares the run once, then
 * draws slices of SLICE_DRAWS as they come free. After each slice the worker that drew it also sums
 * up the draws received so far in order, so the bands repaint while the rest are drawn. Each draw
 * has its own seeded generator, so the result does not depend on how slices fall to workers.
 */
function startMonteCarlo(
  createWorker: () => Worker,
  job: MonteCarloJob,
  workers: number,
): MonteCarloRun {
  const pool = Array.from({ length: workers }, createWorker);
  const next = { from: 0 };
  const draws = new DrawStore();
  let summarised = 0;
  let painted = 0;
  let finish: (a: UncertaintyAnswer<UncertaintyResult>) => void = () => undefined;
  const done = new Promise<UncertaintyAnswer<UncertaintyResult>>((resolve) => (finish = resolve));
  let over = false;
  const stop = (a: UncertaintyAnswer<UncertaintyResult>) => {
    if (over) return;
    over = true;
    for (const w of pool) w.terminate();
    finish(a);
  };
  const giveSlice = (w: Worker) => {
    if (next.from >= job.draws) return;
    const count = Math.min(SLICE_DRAWS, job.draws - next.from);
    w.postMessage({ type: 'draws', id: job.id, seed: job.seed, from: next.from, count });
    next.from += count;
  };
  const summarise = (w: Worker) => {
    const outputs = draws.leading();
    const count = draws.width > 0 ? outputs.length / draws.width : 0;
    if (count <= summarised) return;
    summarised = count;
    w.postMessage({ type: 'summarise', id: job.id, seed: job.seed, outputs }, [outputs.buffer]);
  };
  const receive = (w: Worker, r: UncertaintyReply) => {
    if (r.type === 'invalid' || r.type === 'failed') return stop(r);
    if (r.type === 'prepared') return giveSlice(w);
    if (r.type === 'draws') {
      draws.add(r.from, r.count, r.outputs);
      job.onProgress(draws.received);
      summarise(w);
      return giveSlice(w);
    }
    if (r.type === 'summary') {
      // Summaries from two workers may cross: never repaint with fewer draws than shown.
      if (r.result.draws < painted) return;
      painted = r.result.draws;
      job.onBands(r.result);
      if (r.result.draws === job.draws) stop({ type: 'done', value: r.result });
    }
  };
  const { draws: _d, seed: _s, onProgress: _p, onBands: _b, ...request } = job;
  for (const w of pool) {
    w.onmessage = (e: MessageEvent<UncertaintyReply>) => receive(w, e.data);
    w.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      stop({ type: 'failed', message: e.message || 'a worker stopped' });
    };
    w.postMessage({ ...request, type: 'prepare' } satisfies UncertaintyRequest);
  }
  return { done, cancel: () => stop({ type: 'cancelled' }) };
}

/**
 * The app's uncertainty workers: one for sensitivity, the benefits page's quick band and the pair
 * of scenarios (answers in the order asked), and a pool per Monte Carlo run, ended when it is done
 * or cancelled (terminating the workers is what makes Cancel immediate).
 */
export class UncertaintyClient implements UncertaintyRunner {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, (r: UncertaintyReply) => void>();
  private nextId = 1;

  constructor(
    private readonly createWorker: () => Worker,
    private readonly cores: number | undefined,
  ) {}

  /** Asks the single worker; the caller knows which kind of answer its request gets. */
  private ask<T extends Single>(job: Job): Promise<UncertaintyAnswer<T>> {
    const worker = this.ensure();
    return new Promise((resolve) => {
      this.pending.set(job.id, (r) => {
        if (r.type === 'invalid' || r.type === 'failed') resolve(r);
        else resolve({ type: 'done', value: r as T });
      });
      worker.postMessage(job);
    });
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (e: MessageEvent<UncertaintyReply>) => {
      const answer = this.pending.get(e.data.id);
      this.pending.delete(e.data.id);
      answer?.(e.data);
    };
    worker.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      worker.terminate();
      this.worker = null;
      const message = e.message || 'the uncertainty worker stopped';
      for (const [id, answer] of this.pending) answer({ type: 'failed', id, message });
      this.pending.clear();
    };
    this.worker = worker;
    return worker;
  }

  glance(job: Parameters<UncertaintyRunner['glance']>[0]) {
    return this.ask<Extract<Single, { type: 'glance' }>>({
      ...job,
      type: 'glance',
      id: this.nextId++,
    });
  }

  sensitivity(job: Parameters<UncertaintyRunner['sensitivity']>[0]) {
    return this.ask<Extract<Single, { type: 'sensitivity' }>>({
      ...job,
      type: 'sensitivity',
      id: this.nextId++,
    });
  }

  pair(job: Parameters<UncertaintyRunner['pair']>[0]) {
    return this.ask<Extract<Single, { type: 'pair' }>>({ ...job, type: 'pair', id: this.nextId++ });
  }

  monteCarlo(job: Omit<MonteCarloJob, 'id'>): MonteCarloRun {
    const id = this.nextId++;
    return startMonteCarlo(this.createWorker, { ...job, id }, drawWorkerCount(this.cores));
  }
}

export function createUncertaintyWorker(): Worker {
  return new Worker(new URL('../../workers/uncertainty.worker.ts', import.meta.url), {
    type: 'module',
  });
}
