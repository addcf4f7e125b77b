import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuCommand, type MenuContext } from '../../electron/main/menu';
import { MENU_LABELS, MENU_LANGUAGES, menuLanguageFor } from '../../electron/main/menu-labels';
import { DESKTOP_ONLY, requestSchemas } from '../../src/contract/bridge';

const linux: MenuContext = {
  platform: 'linux',
  language: 'en',
  appName: 'SPF Costing Studio',
  version: '0.1.0',
  isPackaged: true,
};

function recorder() {
  const calls: string[] = [];
  return {
    calls,
    actions: {
      send: (command: MenuCommand) => calls.push(`send:${command}`),
      openExternal: (url: string) => calls.push(`open:${url}`),
      openLogFolder: () => calls.push('logs'),
    },
  };
}

function items(menu: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return (menu?.submenu ?? []) as MenuItemConstructorOptions[];
}

/** Clicks an item as Electron would (its arguments are not used by the menu's items). */
function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

describe('the application menu', () => {
  it('is File, Edit, View, Help on Windows and Linux, and File ends with Quit', () => {
    const menu = menuTemplate(linux, recorder().actions);
    expect(menu.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(items(menu[0]).at(-1)).toEqual({ role: 'quit', label: 'Quit SPF Costing Studio' });
    // A packaged app has no developer tools in its View menu.
    expect(items(menu[2]).map((i) => i.role)).not.toContain('toggleDevTools');
    expect(
      items(menuTemplate({ ...linux, isPackaged: false }, recorder().actions)[2]).at(-1),
    ).toEqual({
      role: 'toggleDevTools',
    });
  });

  it('has the macOS app menu first (About, Hide, Quit) and a Window menu', () => {
    const menu = menuTemplate({ ...linux, platform: 'darwin' }, recorder().actions);
    expect(menu.map((m) => m.label)).toEqual([
      'SPF Costing Studio',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
    expect(items(menu[0]).map((i) => i.role ?? i.type)).toEqual([
      'about',
      'separator',
      'services',
      'separator',
      'hide',
      'hideOthers',
      'unhide',
      'separator',
      'quit',
    ]);
    expect(menu[4]?.role).toBe('windowMenu');
    // Quit is in the app menu, so File ends with Close Window.
    expect(items(menu[1]).at(-1)).toEqual({ role: 'close', label: 'Close Window' });
  });

  it('sends its commands to the page, and Help opens About, the ILO page and the log folder', () => {
    const { calls, actions } = recorder();
    const [file, edit, , help] = menuTemplate(linux, actions);
    for (const item of items(file)) click(item);
    for (const item of items(edit)) click(item);
    for (const item of items(help)) click(item);
    expect(calls).toEqual([
      'send:new',
      'send:open',
      'send:save',
      'send:save-as',
      'send:import-scenario',
      'send:import-country',
      'send:export-scenario',
      'send:undo',
      'send:redo',
      // Help: the sources and licences of the country data (the app's About panel) first.
      'send:about',
      'open:https://www.ilo.org/topics/social-protection',
      'logs',
    ]);
    expect(items(help).at(-1)).toEqual({ label: 'SPF Costing Studio 0.1.0', enabled: false });
  });

  it('speaks French and Spanish', () => {
    const fr = menuTemplate({ ...linux, language: 'fr' }, recorder().actions);
    expect(fr.map((m) => m.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    expect(items(fr[0]).map((i) => i.label)[0]).toBe('Nouveau scénario');
    expect(items(fr[3]).map((i) => i.label)[0]).toBe('À propos des données : sources et licences');
    expect(items(fr[3]).map((i) => i.label)[2]).toBe('Ouvrir le dossier des journaux');
    const es = menuTemplate({ ...linux, language: 'es', platform: 'darwin' }, recorder().actions);
    expect(es.map((m) => m.label)).toEqual([
      'SPF Costing Studio',
      'Archivo',
      'Edición',
      'Ver',
      'Ventana',
      'Ayuda',
    ]);
    expect(items(es[0])[0]).toEqual({ role: 'about', label: 'Acerca de SPF Costing Studio' });
    // Electron's own labels for its roles are English: the menu gives its own.
    expect(items(es[2]).map((i) => i.label)).toEqual([
      'Deshacer',
      'Rehacer',
      undefined, // separator
      'Cortar',
      'Copiar',
      'Pegar',
      'Seleccionar todo',
    ]);
    expect(items(fr[2]).map((i) => i.label)).toEqual([
      'Taille réelle',
      'Zoom avant',
      'Zoom arrière',
      undefined,
      'Plein écran',
    ]);
  });

  it('has every label in every language, none left in English by mistake', () => {
    const keys = Object.keys(MENU_LABELS.en).sort() as (keyof typeof MENU_LABELS.en)[];
    for (const language of MENU_LANGUAGES) {
      expect(Object.keys(MENU_LABELS[language]).sort()).toEqual(keys);
      for (const key of keys) expect(MENU_LABELS[language][key].trim()).not.toBe('');
    }
    const sameAsEnglish = (language: 'fr' | 'es') =>
      keys.filter((k) => MENU_LABELS[language][k] === MENU_LABELS.en[k]);
    // "Services" is the French word too (macOS's own French menu says so).
    expect(sameAsEnglish('fr')).toEqual(['services']);
    expect(sameAsEnglish('es')).toEqual([]);
  });
});

describe('the menu language from the system locales (menuLanguageFor)', () => {
  it('takes the first preferred locale the app speaks, by language, else English', () => {
    expect(menuLanguageFor(['fr-CA', 'en-US'])).toBe('fr');
    expect(menuLanguageFor(['es_419'])).toBe('es');
    // German is not offered: the next preference, Spanish, is.
    expect(menuLanguageFor(['de-DE', 'es-ES'])).toBe('es');
    expect(menuLanguageFor(['pt-BR', 'de'])).toBe('en');
    expect(menuLanguageFor(['FR'])).toBe('fr');
    expect(menuLanguageFor([])).toBe('en');
  });
});

describe('the interface tells the desktop menu its language (app:language)', () => {
  it('takes one of the three languages, and only the desktop app answers it', () => {
    const schema = requestSchemas['app:language'];
    expect(schema.parse({ language: 'fr' })).toEqual({ language: 'fr' });
    expect(schema.safeParse({ language: 'de' }).success).toBe(false);
    expect(schema.safeParse({ language: 'es', extra: 1 }).success).toBe(false);
    expect(DESKTOP_ONLY).toContain('app:language');
  });
});
