/** The worker entry for report workers that run the TypeScript sources (see ts-worker-entry.mjs). */
export const TS_WORKER_ENTRY = new URL('./ts-worker-entry.mjs', import.meta.url);
