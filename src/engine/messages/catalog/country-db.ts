import type { MessagePart } from '../types';

/**
 * The country database shipped with the app (models/country-db): choosing a country from it, and the
 * reasons a country of the public data is not in it.
 */
export const countryDbMessages = {
  en: {
    'countryDb.unknown':
      '{{code}} is not in the country database: pick a country from the list, or build it with spf country build',
  },
  fr: {
    'countryDb.unknown':
      "{{code}} n'est pas dans la base de pays : choisissez un pays dans la liste, ou construisez-le avec spf country build",
  },
  es: {
    'countryDb.unknown':
      '{{code}} no está en la base de países: elija un país de la lista o constrúyalo con spf country build',
  },
} as const satisfies MessagePart;
