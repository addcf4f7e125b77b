import { BrowserWindow, screen } from 'electron';
import {
  MIN_SIZE,
  placeWindow,
  readWindowState,
  writeWindowState,
  type Bounds,
} from './window-state';

export interface MainWindowOptions {
  preload: string;
  /** window-state.json in the user-data folder. */
  stateFile: string;
  /** Whether closing is agreed (the renderer has said so, or nothing is left to ask). */
  closeAgreed(): boolean;
}

/** The displays' work areas, the primary display's first (where a lost window is brought back). */
function workAreas(): Bounds[] {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((d) => d.id !== primary.id);
  return [primary, ...others].map((d) => d.workArea);
}

function rememberState(win: BrowserWindow, stateFile: string): void {
  try {
    // getNormalBounds: the place the window returns to when it is no longer maximised.
    writeWindowState(stateFile, { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
  } catch (error) {
    console.warn('The window state could not be saved', error);
  }
}

/** The app's window, locked down, where it was last left; it opens app://spf/index.html. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const place = placeWindow(readWindowState(options.stateFile), workAreas());
  const win = new BrowserWindow({
    ...place.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'SPF Costing Studio',
    show: false,
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => {
    if (place.maximized) win.maximize();
    win.show();
  });
  win.on('close', (event) => {
    rememberState(win, options.stateFile);
    if (options.closeAgreed()) return;
    // The renderer decides about unsaved work: it answers with 'window:close' when the user agrees.
    event.preventDefault();
    win.webContents.send('spf:menu', 'close-requested');
  });
  void win.loadURL('app://spf/index.html');
  return win;
}
