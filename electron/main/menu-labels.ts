/**
 * The desktop menu's words in the app's three languages. They live with the main process, not in the
 * renderer's locale files, because nothing outside renderer/ may import the renderer; the labels
 * Electron's roles give (Cut, Copy, Quit …) come from the operating system in its own language.
 */
export const MENU_LANGUAGES = ['en', 'fr', 'es'] as const;
export type MenuLanguage = (typeof MENU_LANGUAGES)[number];

export interface MenuLabels {
  file: string;
  newScenario: string;
  openFromLibrary: string;
  save: string;
  saveAsCopy: string;
  importScenario: string;
  importCountry: string;
  exportScenario: string;
  edit: string;
  undo: string;
  redo: string;
  view: string;
  window: string;
  help: string;
  iloSocialProtection: string;
  openLogFolder: string;
  about: string;
}

export const MENU_LABELS: Readonly<Record<MenuLanguage, MenuLabels>> = {
  en: {
    file: 'File',
    newScenario: 'New scenario',
    openFromLibrary: 'Open from the library…',
    save: 'Save',
    saveAsCopy: 'Save as a copy…',
    importScenario: 'Import a scenario file…',
    importCountry: 'Import country data…',
    exportScenario: 'Export the scenario file…',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    view: 'View',
    window: 'Window',
    help: 'Help',
    iloSocialProtection: 'Social protection floors (ILO)',
    openLogFolder: 'Open the log folder',
    about: 'About SPF Costing Studio',
  },
  fr: {
    file: 'Fichier',
    newScenario: 'Nouveau scénario',
    openFromLibrary: 'Ouvrir depuis la bibliothèque…',
    save: 'Enregistrer',
    saveAsCopy: 'Enregistrer une copie…',
    importScenario: 'Importer un fichier de scénario…',
    importCountry: 'Importer des données pays…',
    exportScenario: 'Exporter le fichier du scénario…',
    edit: 'Édition',
    undo: 'Annuler',
    redo: 'Rétablir',
    view: 'Affichage',
    window: 'Fenêtre',
    help: 'Aide',
    iloSocialProtection: 'Socles de protection sociale (OIT)',
    openLogFolder: 'Ouvrir le dossier des journaux',
    about: 'À propos de SPF Costing Studio',
  },
  es: {
    file: 'Archivo',
    newScenario: 'Nuevo escenario',
    openFromLibrary: 'Abrir desde la biblioteca…',
    save: 'Guardar',
    saveAsCopy: 'Guardar una copia…',
    importScenario: 'Importar un archivo de escenario…',
    importCountry: 'Importar datos de país…',
    exportScenario: 'Exportar el archivo del escenario…',
    edit: 'Edición',
    undo: 'Deshacer',
    redo: 'Rehacer',
    view: 'Ver',
    window: 'Ventana',
    help: 'Ayuda',
    iloSocialProtection: 'Pisos de protección social (OIT)',
    openLogFolder: 'Abrir la carpeta de registros',
    about: 'Acerca de SPF Costing Studio',
  },
};

/**
 * The menu's language for a locale ('fr-CA', 'es_419', 'en-GB' …): the first of the user's preferred
 * locales the app speaks, by language; English otherwise.
 */
export function menuLanguageFor(locales: readonly string[]): MenuLanguage {
  for (const locale of locales) {
    const language = locale.slice(0, 2).toLowerCase();
    const known = MENU_LANGUAGES.find((l) => l === language);
    if (known) return known;
  }
  return 'en';
}
