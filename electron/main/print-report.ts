/**
 * The PDF report in the desktop app: the same printable page and the same steps as the command line
 * (src/backend/report/pdf.ts), with Electron's printToPDF instead of Playwright.
 *
 *   printReportPdf(data: ReportData, rendererDir: string, options?): Promise<Buffer>
 *
 * A hidden, locked-down window (context isolation, sandbox, no Node, no preload: the page needs no
 * bridge) loads app://spf/report.html?data=<token> in a session of its own, kept in memory. That
 * session's app:// handler serves the built renderer and, once, the report's data as JSON at
 * app://spf/report-data/<token>.json; the page fetches it (same origin, allowed by the CSP's
 * connect-src 'self'), draws, and calls report-data/<token>/ready. No data are written into a
 * script, and the main window's session and protocol handler are left alone. The lead registers the
 * IPC channel that calls this.
 */
import { BrowserWindow, net, session, type Session } from 'electron';
import { pathToFileURL } from 'node:url';
import type { ReportData } from '../../src/contract/report';
import { REPORT_PAGE_SIZE, REPORT_TIMEOUT_MS } from '../../src/node/report/print-settings';
import { ReportJob } from '../../src/node/report/report-job';
import { CSP } from '../../src/contract/csp';
import { resolveAppPath } from './url-policy';

/** Without "persist:" the partition lives in memory only. */
const PARTITION = 'spf-report';

/** Reports being printed, by token; each answers only its own routes. */
const jobs = new Map<string, ReportJob>();

const HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

function reportSession(rendererDir: string): Session {
  const ses = session.fromPartition(PARTITION);
  if (ses.protocol.isProtocolHandled('app')) return ses;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // Nothing remote, as in the main session.
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !/^(app:\/\/spf\/|data:|blob:)/.test(details.url) });
  });
  ses.protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    if (url.host === 'spf') {
      for (const job of jobs.values()) {
        const reply = job.reply(url.pathname, url.search);
        if (reply) {
          return new Response(reply.status === 204 ? null : reply.body, {
            status: reply.status,
            headers: { ...HEADERS, 'Content-Type': reply.contentType },
          });
        }
      }
    }
    const file = resolveAppPath(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404, headers: HEADERS });
    const res = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(res.headers);
    for (const [k, v] of Object.entries(HEADERS)) headers.set(k, v);
    return new Response(res.body, { status: res.status, headers });
  });
  return ses;
}

export interface PrintReportOptions {
  timeoutMs?: number;
}

/** Renders the report of `data` to an A4 PDF; rejects with the page's own message if it fails. */
export async function printReportPdf(
  data: ReportData,
  rendererDir: string,
  options: PrintReportOptions = {},
): Promise<Buffer> {
  const job = new ReportJob(data);
  jobs.set(job.token, job);
  const win = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      session: reportSession(rendererDir),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // A hidden window must still run its timers and paint.
      backgroundThrottling: false,
    },
  });
  try {
    const contents = win.webContents;
    contents.once('render-process-gone', () => job.abort(new Error('the report page crashed')));
    await win.loadURL(`app://spf/${job.page}`);
    await job.wait(options.timeoutMs ?? REPORT_TIMEOUT_MS);
    return await contents.printToPDF({
      pageSize: REPORT_PAGE_SIZE,
      printBackground: true,
      preferCSSPageSize: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
  } finally {
    jobs.delete(job.token);
    if (!win.isDestroyed()) win.destroy();
  }
}
