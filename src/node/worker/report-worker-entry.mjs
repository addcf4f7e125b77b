// The file a report worker thread starts from: plain JavaScript, so Node starts it as it is, and it
// loads the worker's body (the bundled report-worker.mjs of dist/cli/). Tests that run the TypeScript
// sources start their workers from test/helpers/ts-worker-entry.mjs instead, which loads them with tsx.
import { parentPort, workerData } from 'node:worker_threads';

await import(workerData.module);
// Loaded: the pool starts its clock on a call only from here, so start-up never counts as work.
parentPort.postMessage({ ready: true });
