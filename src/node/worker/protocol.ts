import type { BridgeResult } from '../../contract/bridge';

/** A bridge call sent to a worker thread; `id` pairs the reply with its call. */
export interface WorkerCall {
  id: number;
  channel: string;
  request: unknown;
}

/** A worker's answer: the same plain result the dispatcher gives in-process. */
export interface WorkerReply {
  id: number;
  result: BridgeResult<unknown>;
}

/** The first message of a worker: its modules are loaded and it takes calls. */
export interface WorkerReady {
  ready: true;
}

/** What the pool passes to each worker when it starts it (`workerData`). */
export interface WorkerSetup {
  /** The TypeScript module the entry file loads, as a file URL. */
  module: string;
  engineVersion?: string;
}
