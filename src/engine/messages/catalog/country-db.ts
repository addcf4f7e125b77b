import type { MessagePart } from '../types';

/**
 * The country database shipped with the app (models/country-db): choosing a country from it, and the
 * reasons a country of the public data is not in it.
 */
export const countryDbMessages = {
  en: {
    'countryDb.unknown':
      '{{code}} is not in the country database: pick a country from the list, or build it with spf country build',
    'countryDb.fromDatabase':
      '{{code}} is not in the scenario library: using {{name}} from the country database (base year {{year}}); to keep and edit it: spf countries import --database {{code}}',
  },
  fr: {
    'countryDb.unknown':
      "{{code}} n'est pas dans la base de pays : choisissez un pays dans la liste, ou construisez-le avec spf country build",
    'countryDb.fromDatabase':
      "{{code}} n'est pas dans la bibliothèque de scénarios : utilisation de {{name}} depuis la base de pays (année de base {{year}}) ; pour le garder et le modifier : spf countries import --database {{code}}",
  },
  es: {
    'countryDb.unknown':
      '{{code}} no está en la base de países: elija un país de la lista o constrúyalo con spf country build',
    'countryDb.fromDatabase':
      '{{code}} no está en la biblioteca de escenarios: se usa {{name}} de la base de países (año base {{year}}); para guardarlo y editarlo: spf countries import --database {{code}}',
  },
} as const satisfies MessagePart;
