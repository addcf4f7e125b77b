import { InputError, readCountry } from '#engine';
import type { CountryActions, SliceContext } from '../types';

/**
 * Country files and the library: the page checks a file itself (it lists every problem where it
 * is) and replaces the draft's country through the draft slice; these keep the copy and open the
 * desktop's dialog. Failures reject, so that the page says what became of its own import.
 */
export function createCountrySlice({ deps }: SliceContext): CountryActions {
  return {
    async countryStored(fileName, text) {
      await deps.bridge('countries:import', { fileName, text });
    },
    countryFileChosen: () => deps.bridge('dialog:openFile', { purpose: 'country' }),
    countryDbListed: () => deps.bridge('countryDb:list', {}),
    async countryDbImported(iso3) {
      // That version exactly: the latest may be one the user edited from an earlier import.
      const { code, version } = await deps.bridge('countryDb:import', { iso3 });
      const read = readCountry(await deps.bridge('countries:get', { code, version }));
      if (!read.ok) throw new InputError(read.issues);
      return read.value;
    },
  };
}
