import { session, shell, type BrowserWindow, type WebContents } from 'electron';
import { CSP } from '../../src/contract/csp';
import { isAllowedExternal, isAppUrl } from './url-policy';

/**
 * Locks down every web contents: no navigation away from the app, no new windows (allowed links open
 * in the system browser), no <webview>, no permission requests, a strict Content Security Policy.
 */
export function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) {
      event.preventDefault();
      if (isAllowedExternal(url)) void shell.openExternal(url);
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function installSessionPolicy(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] },
    });
  });
  // Nothing remote: any request that is not the app itself is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const ok =
      details.url.startsWith('app://') ||
      details.url.startsWith('devtools://') ||
      details.url.startsWith('blob:') ||
      details.url.startsWith('data:');
    callback({ cancel: !ok });
  });
}

export function isTrustedSender(
  win: BrowserWindow | null,
  frame: Electron.WebFrameMain | null,
): boolean {
  return (
    win !== null && frame !== null && frame === win.webContents.mainFrame && isAppUrl(frame.url)
  );
}
