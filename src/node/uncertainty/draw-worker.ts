import { parentPort, workerData } from 'node:worker_threads';
import { prepareShockableRun, runDraws } from '#engine';
import { errorDetail } from '../error-detail';
import type { DrawReply, DrawSetup, DrawSlice } from './protocol';

/**
 * The body of a Monte Carlo worker thread: checks the scenario once when it loads, then runs each
 * slice of draws it is sent and hands the series back (the buffer is moved, not copied). A draw's
 * values depend only on the seed and its index, so any split of the draws gives the same series.
 */
const setup = workerData as DrawSetup;
const run = prepareShockableRun(setup.scenario, setup.country);

parentPort?.on('message', (slice: DrawSlice) => {
  let reply: DrawReply;
  let transfer: ArrayBuffer[] = [];
  try {
    const outputs = runDraws(run, setup.seed, slice.from, slice.count);
    reply = { ...slice, outputs };
    // runDraws allocates a plain ArrayBuffer (never a shared one): moved to the parent, not copied.
    transfer = [outputs.buffer as ArrayBuffer];
  } catch (e) {
    reply = { ...slice, error: errorDetail(e) };
  }
  parentPort?.postMessage(reply, transfer);
});
