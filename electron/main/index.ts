/**
 * The desktop app's main process. It stays thin: it opens the scenario library, answers the one
 * bridge channel with the same handlers the browser build uses, and locks the window down. The
 * costing itself runs in the renderer's Web Worker.
 */
import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDispatcher } from '../../src/node/bridge-dispatch';
import { libraryHandlers } from '../../src/node/bridge-handlers';
import { reportHandlers } from '../../src/node/report-handlers';
import { openLibrary, type Library } from '../../src/node/library/index';
import { libraryLocation } from '../../src/node/paths';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { dialogHandlers } from './dialogs';
import { registerBridge } from './ipc';
import { buildMenu } from './menu';
import { electronNativeBinding } from './native-binding';
import { installSessionPolicy, lockDown } from './security';

const here = fileURLToPath(new URL('.', import.meta.url));
/** dist/electron/main.js sits two levels below the app root. */
const appRoot = join(here, '..', '..');
const rendererDir = join(appRoot, 'dist', 'renderer');

let mainWindow: BrowserWindow | null = null;
let library: Library | null = null;
let closing = false;

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same library; bring the first window forward instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('web-contents-created', (_e, contents) => lockDown(contents));
  app.on('window-all-closed', () => {
    library?.close();
    app.quit();
  });
  void app.whenReady().then(start);
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 700,
    title: 'SPF Costing Studio',
    show: false,
    webPreferences: {
      preload: join(here, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  // The renderer decides about unsaved work: it answers with 'window:close' when the user agrees.
  win.on('close', (event) => {
    if (closing) return;
    event.preventDefault();
    win.webContents.send('spf:menu', 'close-requested');
  });
  void win.loadURL('app://spf/index.html');
  return win;
}

function start(): void {
  installSessionPolicy();
  serveAppProtocol(rendererDir);
  const nativeBinding = electronNativeBinding(appRoot);
  library = openLibrary(libraryLocation(undefined).path, nativeBinding ? { nativeBinding } : {});
  const dispatch = createDispatcher(
    {
      ...libraryHandlers(library, { version: app.getVersion(), host: 'electron' }),
      ...reportHandlers({ engineVersion: app.getVersion() }),
      ...dialogHandlers(() => mainWindow, rendererDir),
      'window:close': () => {
        closing = true;
        mainWindow?.close();
        return null;
      },
    },
    (e) => console.error(e),
  );
  registerBridge(dispatch);
  mainWindow = createWindow();
  buildMenu(mainWindow);
}
