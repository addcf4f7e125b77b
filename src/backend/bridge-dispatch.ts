import {
  isChannel,
  requestSchemas,
  type BridgeResult,
  type Channel,
  type RequestOf,
  type ResponseOf,
} from '../contract/bridge';
import { formatPath, InputError } from '../formats/issues';

export type Handler<C extends Channel> = (
  request: RequestOf<C>,
) => ResponseOf<C> | Promise<ResponseOf<C>>;
export type Handlers = { [C in Channel]?: Handler<C> };

/** Errors a handler may throw that mean something to the user, mapped to bridge error codes. */
export class NotFoundError extends Error {}
export class BusyError extends Error {}

/**
 * The one entry point of the bridge on the privileged side, shared by the Electron main process and
 * the loopback web server: checks the channel and the request against the contract before any
 * handler runs, and turns every failure into a plain error value.
 */
export function createDispatcher(handlers: Handlers, log: (e: unknown) => void = () => undefined) {
  return async function dispatch(
    channel: unknown,
    request: unknown,
  ): Promise<BridgeResult<unknown>> {
    if (!isChannel(channel)) {
      return {
        ok: false,
        error: { code: 'bad-input', message: `unknown channel ${JSON.stringify(channel)}` },
      };
    }
    const handler = handlers[channel] as Handler<Channel> | undefined;
    if (!handler) {
      return {
        ok: false,
        error: { code: 'bad-input', message: `"${channel}" is not available here` },
      };
    }
    const parsed = requestSchemas[channel].safeParse(request);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({
        path: formatPath(i.path),
        message: i.message,
      }));
      return {
        ok: false,
        error: { code: 'bad-input', message: `invalid request for "${channel}"`, issues },
      };
    }
    try {
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (e) {
      if (e instanceof InputError) {
        // The library's errors say what kind of problem they are (a missing scenario, a busy file).
        const kind = (e as { code?: unknown }).code;
        const code =
          typeof kind === 'string' && kind.endsWith('not-found')
            ? 'not-found'
            : kind === 'busy'
              ? 'busy'
              : 'bad-input';
        return { ok: false, error: { code, message: e.message, issues: [...e.issues] } };
      }
      if (e instanceof NotFoundError)
        return { ok: false, error: { code: 'not-found', message: e.message } };
      if (e instanceof BusyError) return { ok: false, error: { code: 'busy', message: e.message } };
      log(e);
      return {
        ok: false,
        error: { code: 'internal', message: `Something went wrong: ${(e as Error).message}` },
      };
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
