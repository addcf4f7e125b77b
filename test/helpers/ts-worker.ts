/** The worker entry for report workers that run the TypeScript sources (see ts-worker-entry.mjs). */
export const TS_WORKER_ENTRY = new URL(
  '../../src/node/worker/ts-worker-entry.mjs',
  import.meta.url,
);
