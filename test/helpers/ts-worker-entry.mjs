// The file a report worker starts from when the tests run the TypeScript sources: a worker does not
// inherit the loader vitest gave its parent, so it loads its TypeScript body through tsx. The shipped
// command line runs bundled JavaScript and starts workers from src/node/worker/report-worker-entry.mjs.
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.module, import.meta.url);
// Loaded: the pool starts its clock on a call only from here, so start-up never counts as work.
parentPort.postMessage({ ready: true });
