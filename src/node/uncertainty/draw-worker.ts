import { parentPort, workerData } from 'node:worker_threads';
import { prepareShockableRun, runDraws, type ShockableRun } from '#engine';
import { errorDetail } from '../error-detail';
import type { DrawReply, DrawSetup, DrawSlice, DrawStart } from './protocol';

/**
 * The body of a Monte Carlo worker thread: loads while its parent checks the scenario, sets up the
 * run from the variants the parent projected, then runs each slice of draws it is sent and hands the
 * series back (the buffer is moved, not copied). A draw's values depend only on the seed and its
 * index, so any split of the draws gives the same series.
 */
const setup = workerData as DrawSetup;
let run: ShockableRun | undefined;

function runSlice(slice: DrawSlice): void {
  let reply: DrawReply;
  let transfer: ArrayBuffer[] = [];
  try {
    if (!run) throw new Error('a slice of draws came before the run was set up');
    const outputs = runDraws(run, setup.seed, slice.from, slice.count);
    reply = { ...slice, outputs };
    // runDraws allocates a plain ArrayBuffer (never a shared one): moved to the parent, not copied.
    transfer = [outputs.buffer as ArrayBuffer];
  } catch (e) {
    reply = { ...slice, error: errorDetail(e) };
  }
  parentPort?.postMessage(reply, transfer);
}

parentPort?.on('message', (message: DrawStart | DrawSlice) => {
  if ('deltas' in message) {
    run = prepareShockableRun(setup.scenario, setup.country, message.deltas);
  } else runSlice(message);
});
