/**
 * The desktop app's main process. It stays thin: it opens the scenario library, answers the one
 * bridge channel with the same handlers the browser build uses, and locks the window down. The
 * costing itself runs in the renderer's Web Worker. Desktop conventions live here too: the window
 * where it was left, scenario files opened from the system, the macOS app lifecycle, a log file.
 */
import { app, BrowserWindow, Menu, shell } from 'electron';
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
import { logFolder, startLog } from './log';
import { menuTemplate, type MenuCommand } from './menu';
import { menuLanguageFor, type MenuLanguage } from './menu-labels';
import { electronNativeBinding } from './native-binding';
import { PendingFiles, scenarioFilesIn } from './open-files';
import { installSessionPolicy, lockDown } from './security';
import { createMainWindow } from './window';

const here = fileURLToPath(new URL('.', import.meta.url));
/** dist/electron/main.js sits two levels below the app root. */
const appRoot = join(here, '..', '..');
const rendererDir = join(appRoot, 'dist', 'renderer');

const log = startLog();
let mainWindow: BrowserWindow | null = null;
/** Whether the page has loaded (its preload holds menu commands until the page listens). */
let pageLoaded = false;
let library: Library | null = null;
let closeAgreed = false;
let quitting = false;
/** Set once the protocol and the bridge are in place: a window may open from then on. */
let started = false;
/** The menu's language: the system's at start, then the one the interface reports (app:language). */
let menuLanguage: MenuLanguage | null = null;
/** Scenario files the system asked to open: the first instance's own argv, then later requests. */
const pending = new PendingFiles();
pending.add(scenarioFilesIn(process.argv));

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same library; the first one takes its files and comes forward.
  app.quit();
} else {
  app.on('second-instance', (_e, argv) => {
    pending.add(scenarioFilesIn(argv));
    if (started && !mainWindow) openWindow();
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    deliverPendingFiles();
  });
  // macOS sends double-clicked files as events, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    pending.add([path]);
    if (started && !mainWindow) openWindow();
    deliverPendingFiles();
  });
  app.on('web-contents-created', (_e, contents) => lockDown(contents));
  app.on('before-quit', () => {
    quitting = true;
  });
  // On macOS an app stays running with no window until it is quit; the Dock icon opens a new one.
  app.on('window-all-closed', () => {
    if (process.platform === 'darwin' && !quitting) return;
    library?.close();
    app.quit();
  });
  app.on('activate', () => {
    if (started && BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  void app.whenReady().then(start);
}

/** Each waiting file is imported through File > Import a scenario file… (see PendingFiles). */
function deliverPendingFiles(): void {
  if (!mainWindow || !pageLoaded) return;
  for (let n = pending.size; n > 0; n--) sendMenuCommand('import-scenario');
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send('spf:menu', command);
}

function buildMenu(): void {
  menuLanguage ??= menuLanguageFor([...app.getPreferredSystemLanguages(), app.getLocale()]);
  const language = menuLanguage;
  const template = menuTemplate(
    {
      platform: process.platform,
      language,
      appName: app.name,
      version: app.getVersion(),
      isPackaged: app.isPackaged,
    },
    {
      send: sendMenuCommand,
      openExternal: (url) => void shell.openExternal(url),
      openLogFolder: () => void shell.openPath(logFolder()),
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function openWindow(): void {
  closeAgreed = false;
  pageLoaded = false;
  const win = createMainWindow({
    preload: join(here, 'preload.cjs'),
    stateFile: join(app.getPath('userData'), 'window-state.json'),
    closeAgreed: () => closeAgreed,
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.webContents.on('did-finish-load', () => {
    pageLoaded = true;
    deliverPendingFiles();
  });
  mainWindow = win;
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
      ...dialogHandlers(
        () => mainWindow,
        rendererDir,
        () => pending.take(),
      ),
      'app:language': ({ language }) => {
        if (language !== menuLanguage) {
          menuLanguage = language;
          buildMenu();
        }
        return null;
      },
      'window:close': () => {
        closeAgreed = true;
        mainWindow?.close();
        return null;
      },
    },
    (e) => log.error(e),
  );
  registerBridge(dispatch);
  buildMenu();
  started = true;
  openWindow();
}
