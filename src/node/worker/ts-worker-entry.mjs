// The file a worker starts from when the TypeScript sources run (tests, tsx): a worker does not
// inherit its parent's loader, so it loads its TypeScript body through tsx (a devDependency). The shipped
// command line runs bundled JavaScript and starts workers from src/node/worker/report-worker-entry.mjs.
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.module, import.meta.url);
// Loaded: the pool starts its clock on a call only from here, so start-up never counts as work.
parentPort.postMessage({ ready: true });
