import type {
  BridgeError,
  BridgeResult,
  Channel,
  RequestOf,
  ResponseOf,
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

/** An error returned by the privileged side, with the problems it found. */
export class BridgeCallError extends Error {
  readonly error: BridgeError;
  constructor(error: BridgeError) {
    super(error.message);
    this.name = 'BridgeCallError';
    this.error = error;
  }
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
      return (await response.json()) as BridgeResult<unknown>;
    } catch {
      return {
        ok: false,
        error: {
          code: 'internal',
          message: `The server answered ${response.status} without data.`,
        },
      };
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
