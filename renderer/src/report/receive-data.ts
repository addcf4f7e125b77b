import {
  MAX_ERROR_LENGTH,
  MESSAGE_DATA,
  MESSAGE_WAITING,
  REPORT_TOKEN_PATTERN,
  reportDataPath,
  reportStatusPath,
} from '../../../src/contract/report';

/** Where this page's data come from, read from its address. */
export type DataSource = { kind: 'host'; token: string } | { kind: 'opener' } | { kind: 'none' };

export function dataSource(search: string): DataSource {
  const params = new URLSearchParams(search);
  const token = params.get('data');
  if (token !== null)
    return REPORT_TOKEN_PATTERN.test(token) ? { kind: 'host', token } : { kind: 'none' };
  return params.get('via') === 'opener' ? { kind: 'opener' } : { kind: 'none' };
}

/** A printing host serves the data next to the page, under a one-time name: a same-origin fetch. */
export async function fetchHostData(token: string): Promise<unknown> {
  const response = await fetch(`./${reportDataPath(token)}`, {
    cache: 'no-store',
    credentials: 'same-origin',
  });
  if (!response.ok) throw new Error(`the report data could not be read (HTTP ${response.status})`);
  return (await response.json()) as unknown;
}

/** Tells the host the page is ready to print or failed; the host needs no script in the page. */
export function signalHost(token: string, status: 'ready' | 'failed', message = ''): void {
  const query = message ? `?message=${encodeURIComponent(message.slice(0, MAX_ERROR_LENGTH))}` : '';
  void fetch(`./${reportStatusPath(token, status)}${query}`, { cache: 'no-store' }).catch(() => {
    // The host stops waiting on its own time limit.
  });
}

/**
 * The browser build: the app page that opened this one sends the data by postMessage once asked.
 * Only a message from that window and from this origin is accepted.
 */
export function receiveFromOpener(win: Window, timeoutMs = 30_000): Promise<unknown> {
  const opener = win.opener as Window | null;
  if (!opener) return Promise.reject(new Error('open the report from the app'));
  const origin = win.location.origin;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      win.removeEventListener('message', onMessage);
      reject(new Error('the app did not send the report data'));
    }, timeoutMs);
    function onMessage(e: MessageEvent) {
      if (e.origin !== origin || e.source !== opener) return;
      const msg = e.data as { type?: unknown; payload?: unknown } | null;
      if (!msg || msg.type !== MESSAGE_DATA) return;
      clearTimeout(timer);
      win.removeEventListener('message', onMessage);
      resolve(msg.payload);
    }
    win.addEventListener('message', onMessage);
    opener.postMessage({ type: MESSAGE_WAITING }, origin);
  });
}
