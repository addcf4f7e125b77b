import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { CSP } from '../contract/csp';
import { internalReply, type Dispatch } from './bridge-dispatch';

/** The built renderer (vite build). */
export const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));
/** The largest request body the bridge accepts (a scenario with its country data inline is ~1 MB). */
export const MAX_BODY_BYTES = 60 * 1024 * 1024;

export interface WebServerOptions {
  port?: number;
  dispatch: Dispatch;
  /** Defaults to a fresh random token; tests may fix it. */
  token?: string;
  rendererDir?: string;
  /** Defaults to MAX_BODY_BYTES; tests lower it. */
  maxBodyBytes?: number;
}

export interface RunningWebServer {
  url: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  // A reply already started (or a socket already gone) cannot take a second one.
  if (res.headersSent || res.destroyed) {
    res.end();
    return;
  }
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function badInput(res: ServerResponse, status: number, message: string): void {
  send(res, status, { ok: false, error: { code: 'bad-input', message } });
}

class BodyTooLarge extends Error {}

/**
 * Reads the body up to `limit` bytes. A longer body is read to its end and thrown away (memory stays
 * flat) before the rejection, so the client, still sending, gets its 413 reply instead of a reset
 * connection.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) chunks.length = 0;
      else chunks.push(c);
    });
    req.on('end', () => {
      if (size > limit) {
        reject(new BodyTooLarge(`the request is larger than the limit of ${limit} bytes`));
      } else resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

function answerInternal(res: ServerResponse, e: unknown): void {
  send(res, 500, internalReply(e));
}

/** The path of a request target, or null when the target is not a path the server can read. */
function requestPath(target: string | undefined): string | null {
  // Only origin-form targets ("/api/x?y") are ours; absolute-form ("http://[/") and others are refused.
  if (!target?.startsWith('/')) return null;
  try {
    return new URL(target, 'http://127.0.0.1').pathname;
  } catch {
    return null;
  }
}

function decodedChannel(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname.slice('/api/'.length));
  } catch {
    return null;
  }
}

/**
 * The browser build: the same renderer and the same bridge handlers as the desktop app, served on
 * 127.0.0.1 only. Every bridge call must carry the token printed at start, and come from the page
 * itself (Host and Origin are checked, which also defeats DNS rebinding).
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const rendererDir = options.rendererDir ?? RENDERER_DIR;
  if (!existsSync(`${rendererDir}index.html`) && !existsSync(`${rendererDir}/index.html`)) {
    throw new Error(`the renderer is not built (${rendererDir}); run "npx vite build" first`);
  }
  const token = options.token ?? randomBytes(24).toString('base64url');
  const statics = sirv(rendererDir, {
    etag: true,
    setHeaders: (res) => {
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    },
  });
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;

  async function answerBridge(req: IncomingMessage, res: ServerResponse, channel: string) {
    let text: string;
    try {
      text = await readBody(req, maxBody);
    } catch (e) {
      if (e instanceof BodyTooLarge) badInput(res, 413, e.message);
      else res.destroy(); // the client went away mid-body: nobody is left to answer
      return;
    }
    let request: unknown;
    try {
      request = text === '' ? {} : (JSON.parse(text) as unknown);
    } catch {
      badInput(res, 400, 'the request is not JSON');
      return;
    }
    send(res, 200, await options.dispatch(channel, request));
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const host = req.headers.host ?? '';
    if (!allowedHosts().has(host)) {
      badInput(res, 403, 'wrong host');
      return;
    }
    const pathname = requestPath(req.url);
    if (pathname === null) {
      badInput(res, 400, 'the request target is not a path');
      return;
    }
    if (pathname.startsWith('/api/')) {
      const origin = req.headers.origin;
      if (req.method !== 'POST' || (origin !== undefined && origin !== `http://${host}`)) {
        badInput(res, 403, 'refused');
        return;
      }
      const given = req.headers['x-spf-token'];
      if (!sameToken(typeof given === 'string' ? given : undefined, token)) {
        badInput(
          res,
          401,
          'This page is not connected to the running app: open the address printed by "npm run web" again.',
        );
        return;
      }
      const channel = decodedChannel(pathname);
      if (channel === null) {
        badInput(res, 400, 'the channel name is not valid percent-encoding');
        return;
      }
      answerBridge(req, res, channel).catch((e: unknown) => answerInternal(res, e));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    statics(req, res, () => {
      res.writeHead(404, SECURITY_HEADERS).end('Not found');
    });
  }

  // The edge: no request, however malformed, may end the server.
  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (e) {
      answerInternal(res, e);
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    server,
    // Browsers keep connections open; closing them lets the server stop at once.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
