import { answerUncertainty } from '../features/uncertainty/answer-uncertainty';
import type { UncertaintyReply, UncertaintyRequest } from './protocol';

/** Sensitivity and Monte Carlo draws, off the UI thread; the app runs one per core for draws. */
interface WorkerScope {
  onmessage: ((e: MessageEvent<UncertaintyRequest>) => void) | null;
  postMessage(message: UncertaintyReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const answer = answerUncertainty();
scope.onmessage = (e) => {
  const reply = answer(e.data);
  // Draws travel back without a copy: the worker has no further use for them.
  scope.postMessage(reply, reply.type === 'draws' ? [reply.outputs.buffer] : []);
};
