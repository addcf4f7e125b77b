import type { WorkerReply, WorkerRequest } from './protocol';
import { createRunner } from './run-request';

/** The costing engine, off the UI thread so that typing never stutters. */
interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;
const run = createRunner();
scope.onmessage = (e) => scope.postMessage(run(e.data));
