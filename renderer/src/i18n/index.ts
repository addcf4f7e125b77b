import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';

export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'es', name: 'Español' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'spf-language';

function initialLanguage(): Language {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  if (saved === 'en' || saved === 'fr' || saved === 'es') return saved;
  const browser = typeof navigator !== 'undefined' ? navigator.language.slice(0, 2) : 'en';
  return browser === 'fr' || browser === 'es' ? browser : 'en';
}

/** All user-facing text goes through i18next: English is complete, French and Spanish follow it. */
export async function initI18n(language: Language = initialLanguage()) {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, fr: { translation: fr }, es: { translation: es } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  tellDesktopMenu(language);
  return i18next;
}

export function changeLanguage(language: Language): void {
  void i18next.changeLanguage(language);
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  tellDesktopMenu(language);
}

/**
 * The desktop app's menu follows the interface's language (the browser build has no menu). A menu
 * left in the previous language is not worth a notice, so a failure here is let go.
 */
function tellDesktopMenu(language: Language): void {
  if (typeof window === 'undefined' || !window.spf) return;
  try {
    Promise.resolve(window.spf.invoke('app:language', { language })).catch(() => undefined);
  } catch {
    // a bridge that throws at once is let go the same way
  }
}
