import type { Handlers } from '../bridge-dispatch';
import type { Library } from '../library/index';
import { countryDbListing, countryFileFromDatabase } from './database-file';

type CountryDbChannel = 'countryDb:list' | 'countryDb:get' | 'countryDb:import';

/**
 * The bridge's answers about the country database: its entries, one country's file, and adding one
 * to the library (a country version is stored once by its hash, so importing twice is harmless).
 */
export function countryDbHandlers(library: Library): Pick<Handlers, CountryDbChannel> {
  return {
    'countryDb:list': () => countryDbListing(),
    'countryDb:get': ({ iso3 }) => countryFileFromDatabase(iso3),
    'countryDb:import': ({ iso3 }) => {
      const file = countryFileFromDatabase(iso3);
      const r = library.importCountry(file, 'from the country database (models/country-db)');
      return { code: r.code, version: r.version, created: r.created };
    },
  };
}
