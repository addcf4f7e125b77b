/**
 * The command line and the country database shipped with the app: listing it, importing from it,
 * and `spf cost` / `spf scenarios new` falling back to it for a code the library does not hold.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryFileFromDatabase } from '../../src/node/country-db/database-file';
import { spf } from '../helpers/cli';
import { scenarioOn, tempDir, writeJson } from '../helpers/library';

describe('spf countries list --database', () => {
  it('lists every country with its key figures as a table', async () => {
    const r = await spf('countries', 'list', '--database');
    expect(r.code).toBe(0);
    // Kenya 2025: 58,083,591 persons = 58.1 M; NGDPD 116.662 bn; 116.662e9 / 58,083,591 = 2,008.5.
    expect(r.out).toMatch(
      /^KEN\s+Kenya\s+Africa\s+2025\s+KES\s+58\.1\s+116\.7\s+2,009\s+lowerMiddle\s/m,
    );
    expect(r.err).toMatch(/^\d+ countries; \d+ codes of the public data cannot be built/);
  });

  it('gives the entries as JSON and as CSV with raw values', async () => {
    const json = await spf('countries', 'list', '--database', '--format', 'json');
    const entries = JSON.parse(json.out) as { iso3: string; names: { fr: string } }[];
    expect(entries.find((e) => e.iso3 === 'PER')?.names.fr).toBe('Pérou');
    const csv = await spf('countries', 'list', '--database', '--format', 'csv');
    const lines = csv.out.trim().split(/\r?\n/);
    expect(lines[0]).toBe(
      'iso3,name,region,baseYear,currency,population,gdpUsd,gdpPerCapitaUsd,incomeGroup,povertyHeadcount,warnings',
    );
    expect(lines.find((l) => l.startsWith('KEN,'))).toMatch(/^KEN,Kenya,Africa,2025,KES,58083591,/);
    expect(lines).toHaveLength(entries.length + 1);
  });
});

describe('spf countries import --database', () => {
  it('imports a country once: the second time nothing is stored', async () => {
    const db = join(tempDir(), 'library.sqlite');
    const first = await spf('countries', 'import', '--database', 'ken', '--db', db);
    expect(first).toMatchObject({
      code: 0,
      out: 'Imported KEN version 1 from the country database\n',
    });
    const again = await spf('countries', 'import', '--database', 'KEN', '--db', db);
    expect(again.out).toBe('KEN version 1 already has exactly this data; nothing was imported\n');
    const listed = await spf('countries', 'list', '--db', db, '--format', 'json');
    const kenya = (JSON.parse(listed.out) as { code: string; source: string }[]).find(
      (c) => c.code === 'KEN',
    );
    expect(kenya?.source).toBe('from the country database (models/country-db)');
  });

  it('refuses a code the database does not hold, with the catalogue message', async () => {
    const db = join(tempDir(), 'library.sqlite');
    const r = await spf('countries', 'import', '--database', 'ZZZ', '--db', db);
    expect(r.code).toBe(2);
    expect(r.err).toContain('ZZZ is not in the country database');
  });
});

describe('a country code the library does not hold', () => {
  it('spf cost costs it on the database country, with a note, as on its exported file', async () => {
    const dir = tempDir();
    const db = join(dir, 'nothere.sqlite');
    const scenario = writeJson(dir, 'on-ken.json', scenarioOn('KEN'));
    const r = await spf('cost', scenario, '--db', db, '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      'note: KEN is not in the scenario library: using Kenya from the country database (base year 2025); to keep and edit it: spf countries import --database KEN\n',
    );
    expect(existsSync(db)).toBe(false);
    // The same numbers as costing it on the database's own file for Kenya.
    const file = writeJson(dir, 'ken.json', countryFileFromDatabase('KEN'));
    const onFile = await spf('cost', scenario, '--country', file, '--format', 'json');
    expect(r.out).toBe(onFile.out);
  });

  it('spf scenarios new --country NPL puts the default package on Nepal from the database', async () => {
    const db = join(tempDir(), 'nothere.sqlite');
    const r = await spf('--lang', 'fr', 'scenarios', 'new', '--country', 'npl', '--db', db);
    expect(r.code).toBe(0);
    const file = JSON.parse(r.out) as { country: string; description: string };
    expect(file.country).toBe('NPL');
    expect(file.description).toContain('Nepal');
    expect(r.err).toContain(
      "note: NPL n'est pas dans la bibliothèque de scénarios : utilisation de Nepal depuis la base de pays (année de base 2025)",
    );
  });
});
