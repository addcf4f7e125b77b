import { SpfError, type ErrorKind } from '#engine';
import {
  bridgeResultSchema,
  type BridgeError,
  type BridgeResult,
  type Channel,
  type RequestOf,
  type ResponseOf,
} from '../../../src/contract/bridge';

/** What the Electron preload exposes as `window.spf`: one object, one invoke function. */
export interface DesktopBridge {
  invoke(channel: Channel, request: unknown): Promise<BridgeResult<unknown>>;
  on(event: 'menu', listener: (command: string) => void): () => void;
  platform: { host: 'electron'; os: string; version: string };
}

declare global {
  interface Window {
    spf?: DesktopBridge;
  }
}

/**
 * An error returned by the privileged side, rebuilt as an error of the engine's hierarchy: its kind
 * (bad input, not found, busy, internal) is the class it was thrown as there, and its problems keep
 * their paths and catalogue codes, so the interface can branch on `kind` and word it in the user's
 * language (errorMessage). `error` is the reply as it came.
 */
export class BridgeCallError extends SpfError {
  readonly kind: ErrorKind;
  readonly error: BridgeError;
  constructor(error: BridgeError) {
    super(error.issues ?? [], error.source);
    // The reply's own message: a host's summary ("invalid request for …") says more than its problems.
    this.message = error.message;
    this.name = 'BridgeCallError';
    this.kind = error.code;
    this.error = error;
  }
}

/** A reply that is not a bridge result (a proxy's error page, a truncated body) is told as such. */
function badReply(status: number): BridgeResult<unknown> {
  return {
    ok: false,
    error: { code: 'internal', message: `The server answered ${status} without data.` },
  };
}

export type Transport = (channel: Channel, request: unknown) => Promise<BridgeResult<unknown>>;

const TOKEN_KEY = 'spf-token';

/** The browser build talks to the loopback server with the token it was started with. */
export function httpTransport(location: Location = window.location): Transport {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(null, '', url.toString()); // keep the token out of bookmarks and screenshots
  }
  const token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  return async (channel, request) => {
    let response: Response;
    try {
      response = await fetch(`api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-SPF-Token': token },
        body: JSON.stringify(request),
      });
    } catch {
      return {
        ok: false,
        error: {
          code: 'internal',
          message:
            'The SPF Costing Studio server is not running: start it again with "npm run web".',
        },
      };
    }
    try {
      const reply = bridgeResultSchema.safeParse(await response.json());
      return reply.success ? reply.data : badReply(response.status);
    } catch {
      return badReply(response.status);
    }
  };
}

export function defaultTransport(): Transport {
  const desktop = window.spf;
  if (desktop) return (channel, request) => desktop.invoke(channel, request);
  return httpTransport();
}

/** A typed call across the bridge; errors come back as BridgeCallError. */
export function createBridge(transport: Transport) {
  return async function call<C extends Channel>(
    channel: C,
    request: RequestOf<C>,
  ): Promise<ResponseOf<C>> {
    const result = await transport(channel, request);
    if (!result.ok) throw new BridgeCallError(result.error);
    return result.value as ResponseOf<C>;
  };
}

export type BridgeCall = ReturnType<typeof createBridge>;
