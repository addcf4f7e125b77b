import {
  isChannel,
  requestSchemas,
  type BridgeError,
  type BridgeResult,
  type Channel,
  type RequestOf,
  type ResponseOf,
} from '../contract/bridge';
import {
  errorMessage,
  formatPath,
  MAX_JSON_DEPTH,
  pathTooDeep,
  SpfError,
  type Issue,
} from '#engine';

/**
 * The most problems one error reply lists. A request with millions of unknown keys once made a 41 MB
 * reply; the first fifty say what is wrong, and the count says how much more there is.
 */
export const MAX_REPLY_ISSUES = 50;
/** The most unknown field names one message quotes. */
const MAX_NAMED_KEYS = 10;

/** At most `limit` issues, then one that counts the rest. */
export function capIssues(issues: readonly Issue[], limit = MAX_REPLY_ISSUES): Issue[] {
  if (issues.length <= limit) return [...issues];
  const more = issues.length - limit;
  return [
    ...issues.slice(0, limit),
    { path: '', message: `and ${more} more ${more === 1 ? 'problem' : 'problems'}` },
  ];
}

/** The message of an error made of issues, built from the capped list only. */
function summary(issues: readonly Issue[], source?: string): string {
  return issues
    .map((i) => {
      const text = i.path ? `${i.path}: ${i.message}` : i.message;
      return source ? `${source}: ${text}` : text;
    })
    .join('\n');
}

interface SchemaIssue {
  path: PropertyKey[];
  message: string;
  code: string;
  keys?: string[];
}

/** A contract violation as an issue; a list of unknown keys is quoted only in part. */
function schemaIssue(issue: SchemaIssue): Issue {
  const path = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys' && issue.keys && issue.keys.length > MAX_NAMED_KEYS) {
    const named = issue.keys.slice(0, MAX_NAMED_KEYS).map((k) => JSON.stringify(k));
    const more = issue.keys.length - MAX_NAMED_KEYS;
    return { path, message: `Unrecognized keys: ${named.join(', ')} and ${more} more` };
  }
  return { path, message: issue.message };
}

export type Handler<C extends Channel> = (
  request: RequestOf<C>,
) => ResponseOf<C> | Promise<ResponseOf<C>>;
export type Handlers = { [C in Channel]?: Handler<C> };

/**
 * An error of the engine's hierarchy as it crosses the bridge: its class's kind, and its problems. A
 * long list is cut, and the message (which joins every problem) rebuilt from the cut list.
 */
function errorReply(e: SpfError): BridgeError {
  const issues = capIssues(e.issues);
  const message = issues.length < e.issues.length ? summary(issues, e.source) : e.message;
  return { code: e.kind, message, issues, ...(e.source === undefined ? {} : { source: e.source }) };
}

/**
 * The reply to a failure the user cannot act on (a bug, a broken install): told as one, with what
 * the error said. The dispatcher and the web server (a request that fails before any handler) give
 * the same reply.
 */
export function internalReply(e: unknown): BridgeResult<never> {
  return {
    ok: false,
    error: { code: 'internal', message: `Something went wrong: ${errorMessage(e)}` },
  };
}

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
    const deep = pathTooDeep(request);
    if (deep !== null) {
      const issues = [{ path: deep, message: `nested more than ${MAX_JSON_DEPTH} levels deep` }];
      return {
        ok: false,
        error: { code: 'bad-input', message: `invalid request for "${channel}"`, issues },
      };
    }
    const parsed = requestSchemas[channel].safeParse(request);
    if (!parsed.success) {
      const issues = capIssues(parsed.error.issues.map((i) => schemaIssue(i as SchemaIssue)));
      return {
        ok: false,
        error: { code: 'bad-input', message: `invalid request for "${channel}"`, issues },
      };
    }
    try {
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (e) {
      // Errors a user can act on say what kind they are by their class (bad input, not found, busy);
      // anything else, or an InternalError, is a bug: logged, and told as one.
      if (e instanceof SpfError && e.kind !== 'internal')
        return { ok: false, error: errorReply(e) };
      log(e);
      return internalReply(e);
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
