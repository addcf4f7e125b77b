// The file a report worker thread starts from. Node cannot run the TypeScript sources by itself, and
// a worker does not inherit the loader its parent got from tsx's API (bin/spf.mjs) or from vitest,
// so the worker loads them through tsx here. Plain JavaScript, so Node can start it as it is.
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.module, import.meta.url);
// Loaded: the pool starts its clock on a call only from here, so start-up never counts as work.
parentPort.postMessage({ ready: true });
