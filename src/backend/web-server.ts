import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { CSP } from '../contract/csp';
import type { Dispatch } from './bridge-dispatch';

/** The built renderer (vite build). */
export const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));
const MAX_BODY = 60 * 1024 * 1024;

export interface WebServerOptions {
  port?: number;
  dispatch: Dispatch;
  /** Defaults to a fresh random token; tests may fix it. */
  token?: string;
  rendererDir?: string;
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
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('request too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
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

  const server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (!allowedHosts().has(host)) {
      send(res, 403, { ok: false, error: { code: 'bad-input', message: 'wrong host' } });
      return;
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith('/api/')) {
      const origin = req.headers.origin;
      if (req.method !== 'POST' || (origin !== undefined && origin !== `http://${host}`)) {
        send(res, 403, { ok: false, error: { code: 'bad-input', message: 'refused' } });
        return;
      }
      const given = req.headers['x-spf-token'];
      if (!sameToken(typeof given === 'string' ? given : undefined, token)) {
        send(res, 401, {
          ok: false,
          error: {
            code: 'bad-input',
            message:
              'This page is not connected to the running app: open the address printed by "npm run web" again.',
          },
        });
        return;
      }
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      readBody(req)
        .then(async (text) => {
          let request: unknown;
          try {
            request = text === '' ? {} : (JSON.parse(text) as unknown);
          } catch {
            send(res, 400, {
              ok: false,
              error: { code: 'bad-input', message: 'the request is not JSON' },
            });
            return;
          }
          send(res, 200, await options.dispatch(channel, request));
        })
        .catch((e: unknown) =>
          send(res, 413, {
            ok: false,
            error: { code: 'bad-input', message: (e as Error).message },
          }),
        );
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    statics(req, res, () => {
      res.writeHead(404, SECURITY_HEADERS).end('Not found');
    });
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
