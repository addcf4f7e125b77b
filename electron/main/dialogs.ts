import { dialog, type BrowserWindow } from 'electron';
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Handlers } from '../../src/node/bridge-dispatch';
import { reportFileName } from '../../src/node/report-handlers';
import { printReportPdf } from './print-report';

/** The native save dialog (attached to the window when there is one); null when cancelled. */
async function chooseSavePath(
  win: BrowserWindow | null,
  options: Electron.SaveDialogOptions,
): Promise<string | null> {
  const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return r.canceled || !r.filePath ? null : r.filePath;
}

/** Where a file type is offered in the save dialog, from the default name's extension. */
function filtersFor(name: string): Electron.FileFilter[] {
  if (name.toLowerCase().endsWith('.xlsx'))
    return [{ name: 'Excel workbook', extensions: ['xlsx'] }];
  if (name.toLowerCase().endsWith('.pdf')) return [{ name: 'PDF', extensions: ['pdf'] }];
  return [];
}

/**
 * Native open and save dialogs, and the PDF report; the renderer only ever sees the chosen file's
 * name and text. `rendererDir` is the built renderer the report window loads (for `report:pdf`).
 * `pendingScenario` gives a scenario file the system asked the app to open (a double-click), which
 * the scenario open dialog answers with instead of asking (see open-files.ts).
 */
export function dialogHandlers(
  win: () => BrowserWindow | null,
  rendererDir?: string,
  pendingScenario: () => string | undefined = () => undefined,
): Handlers {
  const handlers: Handlers = {
    'dialog:openFile': async ({ purpose }) => {
      const waiting = purpose === 'scenario' ? pendingScenario() : undefined;
      if (waiting !== undefined)
        return { name: basename(waiting), text: await readFile(waiting, 'utf8') };
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
      const path = await chooseSavePath(win(), { defaultPath: defaultName });
      if (!path) return null;
      await writeFile(path, text);
      return { path };
    },
    // A file the app made as bytes (the Excel workbook), sent as base64 across the bridge.
    'dialog:saveBinary': async ({ defaultName, base64 }) => {
      const path = await chooseSavePath(win(), {
        defaultPath: defaultName,
        filters: filtersFor(defaultName),
      });
      if (!path) return null;
      await writeFile(path, Buffer.from(base64, 'base64'));
      return { path };
    },
  };
  if (rendererDir !== undefined) {
    // Printed first, so that a failure is told before the user picks a place for the file. The
    // dispatcher has checked the data against the report contract (reportDataSchema).
    handlers['report:pdf'] = async ({ data }) => {
      const pdf = await printReportPdf(data, rendererDir);
      const name = (data.scenarioFile as { name?: unknown }).name;
      const defaultName = reportFileName(typeof name === 'string' ? name : '', 'pdf');
      const path = await chooseSavePath(win(), {
        defaultPath: defaultName,
        filters: filtersFor(defaultName),
      });
      if (!path) return null;
      await writeFile(path, pdf);
      return { path };
    };
  }
  return handlers;
}
