import type { MenuItemConstructorOptions } from 'electron';
import { MENU_LABELS, type MenuLabels, type MenuLanguage } from './menu-labels';

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
  | 'about'
  | 'close-requested';

/** What the menu is built for: facts about the running app, given so the template stays testable. */
export interface MenuContext {
  platform: NodeJS.Platform;
  language: MenuLanguage;
  appName: string;
  version: string;
  isPackaged: boolean;
}

/** What the menu's own items do (the roles are Electron's). */
export interface MenuActions {
  send(command: MenuCommand): void;
  openExternal(url: string): void;
  openLogFolder(): void;
}

/** The roles whose items the menu labels itself (see MenuLabels). */
type LabelledRole = Extract<NonNullable<MenuItemConstructorOptions['role']>, keyof MenuLabels>;

/** An item of one of Electron's roles, in the menu's language. */
function roleItem(ctx: MenuContext, role: LabelledRole): MenuItemConstructorOptions {
  return { role, label: MENU_LABELS[ctx.language][role] };
}

const ILO_SOCIAL_PROTECTION = 'https://www.ilo.org/topics/social-protection';

/** macOS's first menu bears the app's name and holds About, Hide and Quit (Apple's guidelines). */
function appMenu(ctx: MenuContext): MenuItemConstructorOptions {
  return {
    label: ctx.appName,
    submenu: [
      roleItem(ctx, 'about'),
      { type: 'separator' },
      roleItem(ctx, 'services'),
      { type: 'separator' },
      roleItem(ctx, 'hide'),
      roleItem(ctx, 'hideOthers'),
      roleItem(ctx, 'unhide'),
      { type: 'separator' },
      roleItem(ctx, 'quit'),
    ],
  };
}

function fileMenu(ctx: MenuContext, actions: MenuActions): MenuItemConstructorOptions {
  const l = MENU_LABELS[ctx.language];
  const send = (command: MenuCommand) => () => actions.send(command);
  return {
    label: l.file,
    submenu: [
      { label: l.newScenario, accelerator: 'CmdOrCtrl+N', click: send('new') },
      { label: l.openFromLibrary, accelerator: 'CmdOrCtrl+O', click: send('open') },
      { type: 'separator' },
      { label: l.save, accelerator: 'CmdOrCtrl+S', click: send('save') },
      { label: l.saveAsCopy, accelerator: 'CmdOrCtrl+Shift+S', click: send('save-as') },
      { type: 'separator' },
      { label: l.importScenario, click: send('import-scenario') },
      { label: l.importCountry, click: send('import-country') },
      { label: l.exportScenario, accelerator: 'CmdOrCtrl+E', click: send('export-scenario') },
      // On macOS Quit lives in the app menu, and File ends with Close Window.
      { type: 'separator' },
      roleItem(ctx, ctx.platform === 'darwin' ? 'close' : 'quit'),
    ],
  };
}

function editMenu(ctx: MenuContext, actions: MenuActions): MenuItemConstructorOptions {
  const l = MENU_LABELS[ctx.language];
  return {
    label: l.edit,
    submenu: [
      { label: l.undo, accelerator: 'CmdOrCtrl+Z', click: () => actions.send('undo') },
      { label: l.redo, accelerator: 'CmdOrCtrl+Y', click: () => actions.send('redo') },
      { type: 'separator' },
      roleItem(ctx, 'cut'),
      roleItem(ctx, 'copy'),
      roleItem(ctx, 'paste'),
      roleItem(ctx, 'selectAll'),
    ],
  };
}

function viewMenu(ctx: MenuContext): MenuItemConstructorOptions {
  const devTools: MenuItemConstructorOptions[] = ctx.isPackaged ? [] : [{ role: 'toggleDevTools' }];
  return {
    label: MENU_LABELS[ctx.language].view,
    submenu: [
      roleItem(ctx, 'resetZoom'),
      roleItem(ctx, 'zoomIn'),
      roleItem(ctx, 'zoomOut'),
      { type: 'separator' },
      roleItem(ctx, 'togglefullscreen'),
      ...devTools,
    ],
  };
}

function helpMenu(ctx: MenuContext, actions: MenuActions): MenuItemConstructorOptions {
  const l = MENU_LABELS[ctx.language];
  return {
    label: l.help,
    role: 'help',
    submenu: [
      { label: l.aboutData, click: () => actions.send('about') },
      { label: l.iloSocialProtection, click: () => actions.openExternal(ILO_SOCIAL_PROTECTION) },
      { label: l.openLogFolder, click: () => actions.openLogFolder() },
      { type: 'separator' },
      { label: `${ctx.appName} ${ctx.version}`, enabled: false },
    ],
  };
}

/** The application menu in the given language; macOS gets its app menu and a Window menu. */
export function menuTemplate(ctx: MenuContext, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = ctx.platform === 'darwin';
  const windowMenu: MenuItemConstructorOptions = {
    label: MENU_LABELS[ctx.language].window,
    role: 'windowMenu',
  };
  return [
    ...(mac ? [appMenu(ctx)] : []),
    fileMenu(ctx, actions),
    editMenu(ctx, actions),
    viewMenu(ctx),
    ...(mac ? [windowMenu] : []),
    helpMenu(ctx, actions),
  ];
}
