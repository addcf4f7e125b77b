/**
 * A worker body for the pool's tests: calls that answer with the worker's thread id (to tell a
 * replaced worker from the first), hang forever, or end the thread.
 */
import { parentPort, threadId } from 'node:worker_threads';
import type { WorkerCall, WorkerReply } from '../../src/node/worker/protocol';

parentPort?.on('message', (call: WorkerCall) => {
  if (call.channel === 'test:hang') for (;;);
  if (call.channel === 'test:crash') process.exit(3);
  const reply: WorkerReply = { id: call.id, result: { ok: true, value: threadId } };
  parentPort?.postMessage(reply);
});
