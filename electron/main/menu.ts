import { app, Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

/** Commands the menu sends to the renderer, which owns the scenario being edited. */
export type MenuCommand =
  | 'new'
  | 'open'
  | 'save'
  | 'save-as'
  | 'import-country'
  | 'import-scenario'
  | 'export-scenario'
  | 'undo'
  | 'redo'
  | 'close-requested';

export function buildMenu(win: BrowserWindow): void {
  const send = (command: MenuCommand) => () => win.webContents.send('spf:menu', command);
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'New scenario', accelerator: 'CmdOrCtrl+N', click: send('new') },
        { label: 'Open from the library…', accelerator: 'CmdOrCtrl+O', click: send('open') },
        { type: 'separator' },
        { label: 'Save', accelerator: 'CmdOrCtrl+S', click: send('save') },
        { label: 'Save as a copy…', accelerator: 'CmdOrCtrl+Shift+S', click: send('save-as') },
        { type: 'separator' },
        { label: 'Import a scenario file…', click: send('import-scenario') },
        { label: 'Import country data…', click: send('import-country') },
        {
          label: 'Export the scenario file…',
          accelerator: 'CmdOrCtrl+E',
          click: send('export-scenario'),
        },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: send('undo') },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Y', click: send('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' } as MenuItemConstructorOptions]),
      ],
    },
    {
      label: 'Help',
      submenu: [
        {
          label: 'Social protection floors (ILO)',
          click: () => void shell.openExternal('https://www.ilo.org/topics/social-protection'),
        },
        { label: `SPF Costing Studio ${app.getVersion()}`, enabled: false },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
