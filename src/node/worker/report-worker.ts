import { parentPort, workerData } from 'node:worker_threads';
import { createDispatcher } from '../bridge-dispatch';
import { errorDetail } from '../error-detail';
import { reportHandlers } from '../report-handlers';
import { gapHandlers } from '../global-gap/gap-handlers';
import type { WorkerCall, WorkerReply, WorkerSetup } from './protocol';

/**
 * The body of a report worker thread: the same dispatcher and report handlers the desktop app runs
 * in-process, so a request is checked against the contract and its failures become plain error
 * values here too. Only the result (a base64 workbook or an error) crosses back to the server.
 */
const setup = workerData as WorkerSetup;
const dispatch = createDispatcher(
  {
    ...reportHandlers(
      setup.engineVersion === undefined ? {} : { engineVersion: setup.engineVersion },
    ),
    // The global gap too (HEAVY_CHANNELS): each worker keeps its own cache of answers.
    ...gapHandlers(),
  },
  (e) => console.error(`report worker: ${errorDetail(e)}`),
);

parentPort?.on('message', (call: WorkerCall) => {
  void dispatch(call.channel, call.request).then((result) => {
    const reply: WorkerReply = { id: call.id, result };
    parentPort?.postMessage(reply);
  });
});
