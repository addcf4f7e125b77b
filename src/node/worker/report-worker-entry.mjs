// The file a report worker thread starts from. Node cannot run the TypeScript sources by itself, and
// a worker does not inherit the loader its parent got from vitest or tsx, so a TypeScript body is
// loaded through tsx here. The built command line (dist/cli/) passes its bundled JavaScript body,
// which Node loads as it is: tsx is then never loaded, and need not be installed.
import { parentPort, workerData } from 'node:worker_threads';

if (workerData.module.endsWith('.ts')) {
  const { tsImport } = await import('tsx/esm/api');
  await tsImport(workerData.module, import.meta.url);
} else {
  await import(workerData.module);
}
// Loaded: the pool starts its clock on a call only from here, so start-up never counts as work.
parentPort.postMessage({ ready: true });
