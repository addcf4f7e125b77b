import { dialog, type BrowserWindow } from 'electron';
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Handlers } from '../../src/backend/bridge-dispatch';

/** Native open and save dialogs; the renderer only ever sees the chosen file's name and text. */
export function dialogHandlers(win: () => BrowserWindow | null): Handlers {
  return {
    'dialog:openFile': async ({ purpose }) => {
      const w = win();
      const options: Electron.OpenDialogOptions = {
        properties: ['openFile'],
        filters:
          purpose === 'country'
            ? [{ name: 'Country data', extensions: ['json', 'xlsx', 'csv'] }]
            : [{ name: 'Scenario', extensions: ['json'] }],
      };
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      const path = r.filePaths[0];
      if (r.canceled || !path) return null;
      return { name: basename(path), text: await readFile(path, 'utf8') };
    },
    'dialog:saveFile': async ({ defaultName, text }) => {
      const w = win();
      const options: Electron.SaveDialogOptions = { defaultPath: defaultName };
      const r = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
      if (r.canceled || !r.filePath) return null;
      await writeFile(r.filePath, text);
      return { path: r.filePath };
    },
  };
}
