import { app } from 'electron';
import log from 'electron-log/main';
import { join } from 'node:path';

/**
 * The main process's log: warnings and errors, in main.log in the user's log folder (Electron's
 * app.getPath('logs'): ~/Library/Logs/<app> on macOS, the user-data folder's logs/ elsewhere), which
 * Help > Open the log folder shows. Uncaught errors and rejections are written there too, without a
 * dialog. electron-log's initialize() is not called: it would add a preload to the renderer's session,
 * and the page keeps exactly one bridge.
 */
export function startLog(): typeof log {
  app.setAppLogsPath();
  log.transports.file.level = 'warn';
  log.transports.file.resolvePathFn = () => join(app.getPath('logs'), 'main.log');
  log.errorHandler.startCatching({ showDialog: false });
  // console.warn and console.error anywhere in the main process (the Node side's too) reach the file.
  Object.assign(console, log.functions);
  return log;
}

export function logFolder(): string {
  return app.getPath('logs');
}
