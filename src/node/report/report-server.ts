import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { CSP } from '../../contract/csp';
import type { ReportJob } from './report-job';

const HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

export interface ReportServer {
  /** http://127.0.0.1:<port>/ */
  origin: string;
  close(): Promise<void>;
}

/**
 * A loopback server for one report: the built renderer (read-only) and the report's own routes. It
 * has no bridge and no token: the only private thing it holds is the job's data, behind a random name
 * that is served once.
 */
export async function startReportServer(
  rendererDir: string,
  job: ReportJob,
): Promise<ReportServer> {
  const statics = sirv(rendererDir, {
    dev: false,
    setHeaders: (res) => {
      for (const [k, v] of Object.entries(HEADERS)) res.setHeader(k, v);
    },
  });
  let port = 0;
  const server: Server = createServer((req, res) => {
    // Same-host requests only, which also defeats DNS rebinding.
    if (
      req.headers.host !== `127.0.0.1:${port}` ||
      (req.method !== 'GET' && req.method !== 'HEAD')
    ) {
      res.writeHead(403, HEADERS).end();
      return;
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const reply = job.reply(url.pathname, url.search);
    if (reply) {
      res.writeHead(reply.status, { ...HEADERS, 'Content-Type': reply.contentType });
      res.end(reply.body);
      return;
    }
    statics(req, res, () => {
      res.writeHead(404, HEADERS).end('Not found');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
