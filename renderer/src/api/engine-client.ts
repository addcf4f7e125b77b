import type { RunRequest, WorkerResponse } from '../workers/protocol';

type Pending = (r: WorkerResponse) => void;

/**
 * Sends runs to the engine worker. Only the newest request matters while a user types: older
 * answers that arrive late are dropped by the caller comparing ids.
 */
export class EngineClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly sentCountries = new Set<string>();

  constructor(private readonly createWorker: () => Worker) {}

  private ensure(): Worker {
    if (!this.worker) {
      this.worker = this.createWorker();
      this.worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
        const done = this.pending.get(e.data.id);
        this.pending.delete(e.data.id);
        done?.(e.data);
      };
    }
    return this.worker;
  }

  run(
    scenario: unknown,
    countryKey: string,
    country: unknown,
  ): { id: number; done: Promise<WorkerResponse> } {
    const id = this.nextId++;
    const req: RunRequest = { type: 'run', id, scenario, countryKey };
    if (!this.sentCountries.has(countryKey)) {
      req.country = country;
      this.sentCountries.add(countryKey);
    }
    const done = new Promise<WorkerResponse>((resolve) => this.pending.set(id, resolve));
    this.ensure().postMessage(req);
    return { id, done };
  }
}

export function createEngineWorker(): Worker {
  return new Worker(new URL('../workers/engine.worker.ts', import.meta.url), { type: 'module' });
}
