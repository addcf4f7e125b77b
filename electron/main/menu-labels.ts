/**
 * The desktop menu's words in the app's three languages. They live with the main process, not in the
 * renderer's locale files, because nothing outside renderer/ may import the renderer. The items of
 * Electron's roles (Cut, Copy, Quit …) are labelled here too: Electron's own labels are English.
 */
import { MESSAGE_LANGUAGES, type MessageLanguage } from '#engine';

/** The app's languages, the engine's: the menu speaks every language the messages do. */
export const MENU_LANGUAGES = MESSAGE_LANGUAGES;
export type MenuLanguage = MessageLanguage;

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
  aboutData: string;
  iloSocialProtection: string;
  openLogFolder: string;
  about: string;
  // Items of Electron's roles
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  quit: string;
  close: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  togglefullscreen: string;
  services: string;
  hide: string;
  hideOthers: string;
  unhide: string;
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
    aboutData: 'About the data: sources and licences',
    iloSocialProtection: 'Social protection floors (ILO)',
    openLogFolder: 'Open the log folder',
    about: 'About SPF Costing Studio',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    quit: 'Quit SPF Costing Studio',
    close: 'Close Window',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    togglefullscreen: 'Toggle Full Screen',
    services: 'Services',
    hide: 'Hide SPF Costing Studio',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
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
    aboutData: 'À propos des données : sources et licences',
    iloSocialProtection: 'Socles de protection sociale (OIT)',
    openLogFolder: 'Ouvrir le dossier des journaux',
    about: 'À propos de SPF Costing Studio',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
    quit: 'Quitter SPF Costing Studio',
    close: 'Fermer la fenêtre',
    resetZoom: 'Taille réelle',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    togglefullscreen: 'Plein écran',
    services: 'Services',
    hide: 'Masquer SPF Costing Studio',
    hideOthers: 'Masquer les autres',
    unhide: 'Tout afficher',
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
    aboutData: 'Acerca de los datos: fuentes y licencias',
    iloSocialProtection: 'Pisos de protección social (OIT)',
    openLogFolder: 'Abrir la carpeta de registros',
    about: 'Acerca de SPF Costing Studio',
    cut: 'Cortar',
    copy: 'Copiar',
    paste: 'Pegar',
    selectAll: 'Seleccionar todo',
    quit: 'Salir de SPF Costing Studio',
    close: 'Cerrar ventana',
    resetZoom: 'Tamaño real',
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    togglefullscreen: 'Pantalla completa',
    services: 'Servicios',
    hide: 'Ocultar SPF Costing Studio',
    hideOthers: 'Ocultar otros',
    unhide: 'Mostrar todo',
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
