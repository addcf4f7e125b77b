import { answerUncertainty } from '../../renderer/src/features/uncertainty/answer-uncertainty';
import { UncertaintyClient } from '../../renderer/src/features/uncertainty/uncertainty-client';
import { createAppStore, type AppStore } from '../../renderer/src/stores/app-store';
import type { UncertaintyReply, UncertaintyRequest } from '../../renderer/src/workers/protocol';
import { fakeBridge, inlineEngine, settle } from './fake-app';

/**
 * A stand-in for the uncertainty worker: the worker's own answers, computed in the test, delivered
 * a turn later as a worker's would be. Terminated workers answer nothing, as real ones.
 */
export class InlineUncertaintyWorker {
  onmessage: ((e: { data: UncertaintyReply }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  terminated = false;
  readonly received: UncertaintyRequest['type'][] = [];
  private readonly answer = answerUncertainty();

  postMessage(req: UncertaintyRequest): void {
    this.received.push(req.type);
    setTimeout(() => {
      if (this.terminated) return;
      this.onmessage?.({ data: this.answer(req) });
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** A client on inline workers, and every worker it made. */
export function inlineUncertainty(cores = 2) {
  const workers: InlineUncertaintyWorker[] = [];
  const client = new UncertaintyClient(() => {
    const w = new InlineUncertaintyWorker();
    workers.push(w);
    return w as unknown as Worker;
  }, cores);
  return { client, workers };
}

/** A started store with uncertainty workers run inline. */
export async function storeWithUncertainty() {
  const fake = fakeBridge();
  const { client, workers } = inlineUncertainty();
  const store: AppStore = createAppStore({
    bridge: fake.bridge,
    engine: inlineEngine(),
    uncertainty: client,
  });
  await store.getState().started();
  await settle();
  return { store, fake, workers };
}

/** Waits until `check` holds, turn by turn (inline workers answer on later turns). */
export async function until(check: () => boolean, turns = 400): Promise<void> {
  for (let i = 0; i < turns && !check(); i++) await new Promise((r) => setTimeout(r, 0));
  if (!check()) throw new Error('the condition never held');
}
