import { BrowserWindow, ipcMain } from 'electron';
import type { Dispatch } from '../../src/node/bridge-dispatch';
import { isTrustedSender } from './security';

/**
 * The only place that touches ipcMain: one channel, `spf:invoke`, answered only for the main frame
 * of a window this app created and showing the app itself; everything else is refused.
 */
export function registerBridge(dispatch: Dispatch): void {
  ipcMain.handle('spf:invoke', async (event, channel: unknown, request: unknown) => {
    const win = BrowserWindow.fromWebContents(event.sender);
    if (!isTrustedSender(win, event.senderFrame)) {
      return {
        ok: false,
        error: { code: 'bad-input', message: 'request from an untrusted frame' },
      };
    }
    return dispatch(channel, request);
  });
}
