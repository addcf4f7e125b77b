/** The bridge's country-database channels over a fresh library. */
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../src/node/bridge-dispatch';
import { libraryHandlers } from '../../../src/node/bridge-handlers';
import { openTestLibrary } from '../../helpers/library';

function dispatcher() {
  const library = openTestLibrary();
  return {
    library,
    dispatch: createDispatcher(libraryHandlers(library, { version: 't', host: 'web' })),
  };
}

describe('the countryDb channels', () => {
  it('list every entry with its names in three languages, and the sources', async () => {
    const { dispatch, library } = dispatcher();
    const r = await dispatch('countryDb:list', {});
    library.close();
    if (!r.ok) throw new Error(r.error.message);
    const { countries, sources, unbuildable } = r.value as {
      countries: { iso3: string; names: { en: string; fr: string; es: string } }[];
      sources: { licence: string }[];
      unbuildable: unknown[];
    };
    expect(countries.length).toBeGreaterThan(150);
    expect(countries.length + unbuildable.length).toBe(236);
    expect(countries.find((c) => c.iso3 === 'PER')?.names).toEqual({
      en: 'Peru',
      fr: 'Pérou',
      es: 'Perú',
    });
    for (const c of countries) {
      expect([c.names.en, c.names.fr, c.names.es].every((n) => n.length > 0)).toBe(true);
    }
    expect(sources.map((s) => s.licence)).toContain('CC BY 3.0 IGO');
  });

  it('import a country into the library once: created the first time, not the second', async () => {
    const { dispatch, library } = dispatcher();
    const first = await dispatch('countryDb:import', { iso3: 'ken' });
    const second = await dispatch('countryDb:import', { iso3: 'KEN' });
    expect(first).toEqual({ ok: true, value: { code: 'KEN', version: 1, created: true } });
    expect(second).toEqual({ ok: true, value: { code: 'KEN', version: 1, created: false } });
    expect(library.findCountry('KEN')?.name).toBe('Kenya');
    library.close();
  });

  it('answer an unknown code as not found, with the coded message countryDb.unknown', async () => {
    const { dispatch, library } = dispatcher();
    const r = await dispatch('countryDb:import', { iso3: 'XYZ' });
    library.close();
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'not-found',
        issues: [{ path: 'iso3', code: 'countryDb.unknown', params: { code: 'XYZ' } }],
      },
    });
  });
});
