import { describe, expect, it } from 'vitest';
import { EngineClient } from '../../renderer/src/api/engine-client';
import { createRunner, type Runner } from '../../renderer/src/workers/run-request';
import {
  MAX_WORKER_COUNTRIES,
  type RunRequest,
  type WorkerReply,
} from '../../renderer/src/workers/protocol';
import defaultScenario from '../../models/scenarios/default.json';
import trainingCountry from '../../models/training-country/country.json';

/**
 * The engine worker in the test itself: the real runner, answering on the next microtask as a
 * worker answers on a later event. `forget()` loses every country it was sent (as a worker that
 * keeps fewer than the client thinks); `die()` fails as a crashed worker does.
 */
class FakeWorker {
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: ((e: MessageEvent) => void) | null = null;
  readonly received: RunRequest[] = [];
  terminated = false;
  /** When set, every request is held until die() instead of being answered. */
  hang = false;

  private runner: Runner = createRunner();

  postMessage(req: RunRequest): void {
    this.received.push(req);
    if (this.hang) return;
    queueMicrotask(() => this.onmessage?.({ data: this.runner(req) } as MessageEvent<WorkerReply>));
  }

  forget(): void {
    this.runner = createRunner();
  }

  die(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }

  terminate(): void {
    this.terminated = true;
  }
}

function clientWithFakes() {
  const workers: FakeWorker[] = [];
  const client = new EngineClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  });
  return { client, workers };
}

const edited = (n: number) => ({ ...trainingCountry, povertyLine: 1000 + n });

describe('the engine client', () => {
  it('compares, makes 8 country edits, and compares again (the worker keeps only 8 countries)', async () => {
    const { client, workers } = clientWithFakes();
    const compare = () => client.run(defaultScenario, 'compare:1:1', trainingCountry).done;
    expect((await compare()).type).toBe('result');
    // 8 edits: each edit of the country data is a new key, so the worker forgets compare:1:1.
    for (let n = 1; n <= MAX_WORKER_COUNTRIES; n++) {
      expect((await client.run(defaultScenario, `XTA#${n}`, edited(n)).done).type).toBe('result');
    }
    // Before the fix: "country compare:1:1 was not sent". The client forgot it too and sends it.
    expect((await compare()).type).toBe('result');
    const sent = workers[0]!.received;
    expect(sent).toHaveLength(1 + 8 + 1);
    expect(sent.every((r) => r.country !== undefined)).toBe(true);
  });

  it('sends a country once, then by its key alone', async () => {
    const { client, workers } = clientWithFakes();
    await client.run(defaultScenario, 'XTA#1', trainingCountry).done;
    await client.run(defaultScenario, 'XTA#1', trainingCountry).done;
    expect(workers[0]!.received.map((r) => r.country !== undefined)).toEqual([true, false]);
  });

  it('resends the country once when the worker answers that it does not know it', async () => {
    const { client, workers } = clientWithFakes();
    await client.run(defaultScenario, 'XTA#1', trainingCountry).done;
    workers[0]!.forget();
    const r = await client.run(defaultScenario, 'XTA#1', trainingCountry).done;
    expect(r.type).toBe('result');
    // Run 1 with its country; run 2 by key (answered "unknown country"), then again with it.
    expect(workers[0]!.received.map((q) => [q.id, q.country !== undefined])).toEqual([
      [1, true],
      [2, false],
      [2, true],
    ]);
  });

  it('resends only once: a run still answered "unknown country" with its country sent fails', async () => {
    const { client, workers } = clientWithFakes();
    const r = client.run(defaultScenario, 'XTA#1', trainingCountry).done;
    const fake = workers[0]!;
    fake.hang = true; // the first request was already answered on a microtask: hold the rest
    const unknown = (id: number) =>
      fake.onmessage?.({
        data: { type: 'unknown-country', id, countryKey: 'XTA#1' },
      } as MessageEvent<WorkerReply>);
    await r;
    const second = client.run(defaultScenario, 'XTA#1', trainingCountry).done;
    unknown(2); // sent by key: resent with the country
    unknown(2); // answered "unknown" again: not asked a third time
    expect(await second).toEqual({
      type: 'failed',
      id: 2,
      message: 'the costing engine did not keep country XTA#1',
    });
    expect(fake.received.map((q) => [q.id, q.country !== undefined])).toEqual([
      [1, true],
      [2, false],
      [2, true],
    ]);
  });

  it('answers a run as failed when the worker dies, and starts a new worker for the next', async () => {
    const { client, workers } = clientWithFakes();
    await client.run(defaultScenario, 'XTA#1', trainingCountry).done;
    const first = workers[0]!;
    first.hang = true;
    const a = client.run(defaultScenario, 'XTA#1', trainingCountry).done;
    const b = client.run(defaultScenario, 'XTA#2', edited(2)).done;
    first.die('out of memory');
    const message =
      'the costing engine stopped (out of memory); a new one starts with the next change';
    expect(await a).toEqual({ type: 'failed', id: 2, message });
    expect(await b).toEqual({ type: 'failed', id: 3, message });
    expect(first.terminated).toBe(true);

    // The next run goes to a new worker, which is sent the country again.
    const next = await client.run(defaultScenario, 'XTA#1', trainingCountry).done;
    expect(next.type).toBe('result');
    expect(workers).toHaveLength(2);
    expect(workers[1]!.received.map((r) => [r.id, r.countryKey, r.country !== undefined])).toEqual([
      [4, 'XTA#1', true],
    ]);
  });
});
