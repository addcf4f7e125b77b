import {
  MAX_WORKER_COUNTRIES,
  type RunRequest,
  type WorkerReply,
  type WorkerResponse,
} from '../workers/protocol';

/** A run sent and not yet answered: what it needs to be sent again. */
interface PendingRun {
  scenario: unknown;
  countryKey: string;
  /** Kept only while the run is pending, to resend it if the worker has forgotten it. */
  country: unknown;
  /** Sent a second time with its country already: a run is resent once, never in a loop. */
  resent: boolean;
  answer: (r: WorkerResponse) => void;
}

/**
 * Sends runs to the engine worker. Only the newest request matters while a user types: older
 * answers that arrive late are dropped by the caller comparing ids.
 *
 * A country's data are sent once, then named by their key. The client remembers as many keys as the
 * worker keeps countries; when the two disagree (the worker forgot one), the worker answers "unknown
 * country" and the run is sent again with its country. If the worker dies, every pending run is
 * answered as failed, with the reason, and the next run starts a new worker.
 */
export class EngineClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, PendingRun>();
  /** The country keys the current worker was sent, oldest first: no more than it keeps. */
  private sentCountries: string[] = [];

  constructor(private readonly createWorker: () => Worker) {}

  run(
    scenario: unknown,
    countryKey: string,
    country: unknown,
  ): { id: number; done: Promise<WorkerResponse> } {
    const id = this.nextId++;
    const done = new Promise<WorkerResponse>((answer) =>
      this.pending.set(id, { scenario, countryKey, country, resent: false, answer }),
    );
    this.send(id, !this.sentCountries.includes(countryKey));
    return { id, done };
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (e: MessageEvent<WorkerReply>) => this.receive(e.data);
    worker.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      this.stopped(worker, e.message || 'it stopped');
    };
    worker.onmessageerror = () => this.stopped(worker, 'one of its answers could not be read');
    this.worker = worker;
    return worker;
  }

  private send(id: number, withCountry: boolean): void {
    const run = this.pending.get(id);
    if (!run) return;
    const req: RunRequest = { type: 'run', id, scenario: run.scenario, countryKey: run.countryKey };
    const worker = this.ensure();
    if (withCountry) {
      req.country = run.country;
      this.remember(run.countryKey);
    }
    worker.postMessage(req);
  }

  /** Notes a country as sent, forgetting the oldest beyond what the worker keeps. */
  private remember(countryKey: string): void {
    this.sentCountries = this.sentCountries.filter((key) => key !== countryKey);
    this.sentCountries.push(countryKey);
    if (this.sentCountries.length > MAX_WORKER_COUNTRIES) this.sentCountries.shift();
  }

  private receive(reply: WorkerReply): void {
    const run = this.pending.get(reply.id);
    if (!run) return;
    if (reply.type === 'unknown-country' && !run.resent) {
      run.resent = true;
      this.send(reply.id, true);
      return;
    }
    this.pending.delete(reply.id);
    run.answer(
      reply.type === 'unknown-country'
        ? {
            type: 'failed',
            id: reply.id,
            message: `the costing engine did not keep country ${reply.countryKey}`,
          }
        : reply,
    );
  }

  /**
   * The worker died (an error it did not catch, an answer that cannot be read): every run it had is
   * answered as failed, and the next run starts a new worker, which is sent its countries again.
   */
  private stopped(worker: Worker, reason: string): void {
    if (worker !== this.worker) return;
    worker.onmessage = null;
    worker.onerror = null;
    worker.onmessageerror = null;
    worker.terminate();
    this.worker = null;
    this.sentCountries = [];
    const message = `the costing engine stopped (${reason}); a new one starts with the next change`;
    const runs = [...this.pending];
    this.pending.clear();
    for (const [id, run] of runs) run.answer({ type: 'failed', id, message });
  }
}

export function createEngineWorker(): Worker {
  return new Worker(new URL('../workers/engine.worker.ts', import.meta.url), { type: 'module' });
}
