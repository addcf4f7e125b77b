import { randomBytes } from 'node:crypto';
import {
  MAX_ERROR_LENGTH,
  REPORT_DATA_DIR,
  REPORT_TOKEN_PATTERN,
  type ReportData,
} from '../../contract/report';

/** What a host answers on a report route: the data once, or an empty acknowledgement. */
export interface ReportReply {
  status: number;
  contentType: string;
  body: string;
}

/**
 * One report being printed, as seen by the host that serves it (the command line's loopback server or
 * Electron's app:// handler): a random one-time name, the data behind it, and the page's "ready" or
 * "failed" call. The data are JSON handed over as a file, never written into a script.
 */
export class ReportJob {
  readonly token = randomBytes(24).toString('base64url');
  /** The page to load, relative to the renderer's root. */
  readonly page = `report.html?data=${this.token}`;
  /** Resolves when the page has painted every chart; rejects with the page's message if it failed. */
  readonly settled: Promise<void>;
  private json: string | null;
  private resolve!: () => void;
  private reject!: (e: Error) => void;

  constructor(data: ReportData) {
    if (!REPORT_TOKEN_PATTERN.test(this.token)) throw new Error('bad report token');
    this.json = JSON.stringify(data);
    this.settled = new Promise<void>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    // A caller that gave up (time limit, closed browser) must not leave an unhandled rejection.
    this.settled.catch(() => {});
  }

  /**
   * Answers a GET for `pathname` (with its query) if it is one of this report's routes, else null.
   * The data are served once: a second read, from anywhere, gets 410.
   */
  reply(pathname: string, search: string): ReportReply | null {
    const base = `/${REPORT_DATA_DIR}/${this.token}`;
    if (pathname === `${base}.json`) {
      if (this.json === null) return { status: 410, contentType: 'text/plain', body: 'gone' };
      const body = this.json;
      this.json = null;
      return { status: 200, contentType: 'application/json; charset=utf-8', body };
    }
    if (pathname === `${base}/ready`) {
      this.resolve();
      return { status: 204, contentType: 'text/plain', body: '' };
    }
    if (pathname === `${base}/failed`) {
      const message = new URLSearchParams(search).get('message') ?? 'unknown error';
      this.reject(new Error(`the report page failed: ${message.slice(0, MAX_ERROR_LENGTH)}`));
      return { status: 204, contentType: 'text/plain', body: '' };
    }
    return null;
  }

  /** Fails the job from the host's side (time limit, crashed page). */
  abort(reason: Error): void {
    this.json = null;
    this.reject(reason);
  }

  /** Waits for the page, at most `ms` milliseconds. */
  async wait(ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`the report page did not finish drawing within ${ms / 1000} s`)),
        ms,
      );
    });
    try {
      await Promise.race([this.settled, limit]);
    } finally {
      clearTimeout(timer);
    }
  }
}
