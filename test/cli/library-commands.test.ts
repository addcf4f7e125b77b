import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIBRARY_ENV } from '../../src/node/paths';
import { spf, spfProcess } from '../helpers/cli';
import {
  defaultScenarioFile,
  scenarioOn,
  tempDir,
  tempLibraryPath,
  testCountry,
  writeJson,
} from '../helpers/library';

/** The seven guarantees of models/scenarios/default.json: all start in 2026, all are full in 2030. */
const PACKAGE =
  'The default package of 7 floor guarantees (Universal child benefit, Orphan benefit, ' +
  'Maternity cash benefit, Disability benefit, Universal old-age pension, Employment guarantee, ' +
  'Essential health care), phased in from 2026 to 2030';
const onTamboria = `${PACKAGE}, costed 2025-2060 on Tamboria (fictional training country).`;

const lastLine = (text: string) => text.trim().split('\n').at(-1) ?? '';

describe('the done-when flow on the training country', () => {
  it('new → save → save a change → history → restore 1 → export equals revision 1', async () => {
    const dir = tempDir();
    const db = join(dir, 'library.sqlite');
    const file = join(dir, 'floor.json');

    const made = await spf('scenarios', 'new', '--out', file);
    expect(made.code).toBe(0);
    expect(made.err).toBe(`Wrote ${file}\n`);
    const first = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(first).toEqual({ ...defaultScenarioFile(), description: onTamboria });

    const saved = await spf('scenarios', 'save', file, '--db', db, '--note', 'as in the guide');
    expect(saved.code).toBe(0);
    // Only the id on stdout, so `id=$(spf scenarios save FILE)` works; the message is on stderr.
    expect(saved.out).toBe('1\n');
    const id = lastLine(saved.out);
    expect(id).toBe('1');
    expect(saved.err).toContain('Saved new scenario 1 revision 1');

    writeFileSync(file, JSON.stringify({ ...first, years: [2025, 2040] }, null, 2));
    const changed = await spf(
      'scenarios',
      'save',
      file,
      '--id',
      id,
      '--db',
      db,
      '--note',
      'to 2040',
    );
    expect(changed.code).toBe(0);
    expect(changed.err).toContain('Saved scenario 1 revision 2');
    expect(lastLine(changed.out)).toBe(id);

    const history = await spf('scenarios', 'history', id, '--format', 'json', '--db', db);
    expect(history.code).toBe(0);
    const revisions = JSON.parse(history.out) as { rev: number; savedAt: string; note: string }[];
    expect(revisions.map((r) => Object.keys(r))).toEqual([
      ['rev', 'savedAt', 'note'],
      ['rev', 'savedAt', 'note'],
    ]);
    expect(revisions.map((r) => [r.rev, r.note])).toEqual([
      [1, 'as in the guide'],
      [2, 'to 2040'],
    ]);
    for (const r of revisions) expect(new Date(r.savedAt).toISOString()).toBe(r.savedAt);

    const restored = await spf('scenarios', 'restore', id, '1', '--db', db);
    expect(restored.code).toBe(0);
    expect(restored.out).toBe('Restored revision 1 of scenario 1 as revision 3\n');

    const exported = await spf('scenarios', 'export', id, '--db', db);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.out)).toEqual(first);
    expect(exported.out).toBe((await spf('scenarios', 'export', id, '--rev', '1', '--db', db)).out);
    const third = await spf('scenarios', 'history', id, '--format', 'json', '--db', db);
    expect((JSON.parse(third.out) as { note: string }[])[2]?.note).toBe('restored from revision 1');

    // The exported file costs like the bundled default.
    const out = join(dir, 'restored.json');
    await spf('scenarios', 'export', id, '--out', out, '--db', db);
    const costed = await spf('cost', out, '--format', 'json');
    expect(costed.code).toBe(0);
    expect(costed.out).toBe((await spf('cost', '--format', 'json')).out);
  });

  it('exits 2 with the scenario id named, and 0 when done', async () => {
    const db = tempLibraryPath();
    const r = await spf('scenarios', 'export', '12', '--db', db);
    expect(r.code).toBe(2);
    expect(r.err).toBe('error: scenario 12 does not exist; list them with "spf scenarios list"\n');
    expect((await spf('scenarios', 'list', '--db', db)).code).toBe(0);
  });
});

describe('spf scenarios list', () => {
  it('prints JSON [{id, name, country, revisions, updatedAt}] and filters by text, tag and country', async () => {
    const dir = tempDir();
    const db = join(dir, 'library.sqlite');
    await spf('countries', 'import', writeJson(dir, 'ken.json', testCountry('KEN')), '--db', db);
    for (const [name, file] of [
      ['Child benefit', defaultScenarioFile({ name: 'Child benefit' })],
      ['Social pension', defaultScenarioFile({ name: 'Social pension' })],
      ['Kenya floor', scenarioOn('KEN', { name: 'Kenya floor' })],
    ] as const) {
      expect(
        (await spf('scenarios', 'save', writeJson(dir, `${name}.json`, file), '--db', db)).code,
      ).toBe(0);
    }
    expect((await spf('scenarios', 'tag', '2', 'pensions', 'minister', '--db', db)).out).toBe(
      'Scenario 2 tags: minister, pensions\n',
    );

    const list = await spf('scenarios', 'list', '--format', 'json', '--db', db);
    const rows = JSON.parse(list.out) as Record<string, unknown>[];
    expect(rows.map((r) => Object.keys(r))).toEqual(
      rows.map(() => ['id', 'name', 'country', 'revisions', 'updatedAt']),
    );
    expect(rows.map((r) => [r.id, r.name, r.country, r.revisions])).toEqual([
      [2, 'Social pension', 'XTA', 1],
      [3, 'Kenya floor', 'KEN', 1],
      [1, 'Child benefit', 'XTA', 1],
    ]);
    const ids = async (...args: string[]) =>
      (
        JSON.parse(
          (await spf('scenarios', 'list', '--format', 'json', '--db', db, ...args)).out,
        ) as { id: number }[]
      ).map((r) => r.id);
    expect(await ids('--search', 'benefit')).toEqual([1]);
    expect(await ids('--search', 'PENSIONS')).toEqual([2]);
    expect(await ids('--tag', 'minister')).toEqual([2]);
    expect(await ids('--country', 'ken')).toEqual([3]);

    const table = await spf('scenarios', 'list', '--db', db);
    expect(table.out.split('\n')[0]).toMatch(/^id\s+name\s+country\s+revs\s+updated$/);
  });

  it('uses $SPF_DB when --db is not given', async () => {
    const db = tempLibraryPath();
    const saved = process.env[LIBRARY_ENV];
    process.env[LIBRARY_ENV] = db;
    try {
      const dir = tempDir();
      await spf('scenarios', 'save', writeJson(dir, 's.json', defaultScenarioFile()));
      expect(existsSync(db)).toBe(true);
      expect(JSON.parse((await spf('scenarios', 'list', '--format', 'json')).out)).toHaveLength(1);
    } finally {
      if (saved === undefined) delete process.env[LIBRARY_ENV];
      else process.env[LIBRARY_ENV] = saved;
    }
  });

  it('runs as the real command', () => {
    const db = tempLibraryPath();
    const r = spfProcess('scenarios', 'list', '--format', 'json', '--db', db);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([]);
  });
});

describe('spf scenarios: show, tags, notes, rename, duplicate and the bin', () => {
  const dir = tempDir();
  const db = join(dir, 'library.sqlite');
  const run = (...args: string[]) => spf(...args, '--db', db);

  it("works through a scenario's life", async () => {
    await run('scenarios', 'save', writeJson(dir, 'a.json', defaultScenarioFile()));
    expect((await run('scenarios', 'note', '1', 'Minister asked for 0-17')).out).toBe(
      'Added a note to scenario 1\n',
    );
    await run('scenarios', 'tag', '1', 'workshop');
    expect((await run('scenarios', 'rename', '1', 'Floor for the minister')).out).toBe(
      'Scenario 1 is now "Floor for the minister" (revision 2)\n',
    );
    const show = await run('scenarios', 'show', '1');
    expect(show.code).toBe(0);
    expect(show.out).toContain('Scenario 1: Floor for the minister');
    expect(show.out).toContain('Country:    XTA version 1, Tamboria (fictional training country)');
    expect(show.out).toContain('Revisions:  2');
    expect(show.out).toContain('Tags:       workshop');
    expect(show.out).toMatch(/Notes:\n {2}\d{4}-\d\d-\d\d \d\d:\d\d {2}Minister asked for 0-17\n/);
    expect(show.out).toMatch(/Benefits \(7\):\nid\s+kind\s+label/);
    expect(show.out).toMatch(
      /child\s+child\s+Universal child benefit\s+0-14\s+25% of povertyLine\s+20% in 2026 to 100% in 2030/,
    );

    const dup = await run('scenarios', 'duplicate', '1', '--name', 'Variant B');
    expect(dup.out).toBe('Copied scenario 1 to new scenario 2: "Variant B"\n2\n');
    expect((await run('scenarios', 'untag', '2', 'workshop')).out).toBe(
      'Scenario 2 tags: (none)\n',
    );

    expect((await run('scenarios', 'delete', '2')).out).toContain(
      'Moved scenario 2 to the recycle bin',
    );
    const bin = JSON.parse(
      (await run('scenarios', 'list', '--deleted', '--format', 'json')).out,
    ) as {
      id: number;
    }[];
    expect(bin.map((s) => s.id)).toEqual([2]);
    expect((await run('scenarios', 'list', '--deleted')).out).toMatch(
      /^id\s+name\s+country\s+revs\s+deleted\n/,
    );
    expect((await run('scenarios', 'undelete', '2')).out).toBe(
      'Scenario 2 is back in the library\n',
    );
    await run('scenarios', 'delete', '2');
    expect((await run('scenarios', 'empty-bin')).out).toBe('Removed 1 scenario for good\n');
    expect((await run('scenarios', 'list', '--deleted')).out).toBe('The recycle bin is empty.\n');
    expect((await run('scenarios', 'show', '2')).code).toBe(2);
  });
});

describe('spf sets', () => {
  it('creates, lists and shows sets in order', async () => {
    const dir = tempDir();
    const db = join(dir, 'library.sqlite');
    for (const n of [1, 2, 3]) {
      await spf(
        'scenarios',
        'save',
        writeJson(dir, `${n}.json`, defaultScenarioFile({ name: `Option ${n}` })),
        '--db',
        db,
      );
    }
    expect((await spf('sets', 'create', 'For the minister', '3', '1', '--db', db)).out).toBe(
      'Created set "For the minister" with scenarios 3, 1\n',
    );
    const list = JSON.parse((await spf('sets', 'list', '--format', 'json', '--db', db)).out) as {
      name: string;
      scenarioIds: number[];
    }[];
    expect(list.map((s) => [s.name, s.scenarioIds])).toEqual([['For the minister', [3, 1]]]);
    const show = await spf('sets', 'show', 'for the minister', '--db', db);
    expect(show.out).toMatch(/^Set "For the minister"\n#\s+id\s+name/);
    expect(show.out).toMatch(/1\s+3\s+Option 3\s+XTA\s+1\n\s*2\s+1\s+Option 1/);
  });
});

describe('spf countries and spf cost with the library', () => {
  it('imports versions, lists, exports, and costs a scenario on an imported country', async () => {
    const dir = tempDir();
    const db = join(dir, 'library.sqlite');
    const ken = writeJson(dir, 'ken.json', testCountry('KEN'));
    expect((await spf('countries', 'import', ken, '--db', db)).out).toBe(
      'Imported KEN version 1\n',
    );
    expect((await spf('countries', 'import', ken, '--db', db)).out).toBe(
      'KEN version 1 already has exactly this data; nothing was imported\n',
    );
    const changed = writeJson(dir, 'ken2.json', testCountry('KEN', { povertyLine: 24000 }));
    expect((await spf('countries', 'import', changed, '--db', db)).out).toBe(
      'Imported KEN version 2\n',
    );

    const list = JSON.parse(
      (await spf('countries', 'list', '--format', 'json', '--db', db)).out,
    ) as Record<string, unknown>[];
    expect(list.map((c) => [c.code, c.version, c.versions, c.bundled])).toEqual([
      ['KEN', 2, 2, false],
      ['XTA', 1, 1, true],
    ]);
    expect(list[0]?.source).toBe(`imported from ${changed}`);

    const v1 = await spf('countries', 'export', 'ken', '--version', '1', '--db', db);
    expect(JSON.parse(v1.out)).toEqual(testCountry('KEN'));
    const xta = await spf('countries', 'export', 'XTA', '--db', db);
    expect((JSON.parse(xta.out) as { code: string }).code).toBe('XTA');
    expect((await spf('countries', 'history', 'KEN', '--db', db)).out).toMatch(
      /^version\s+imported\s+sha256\s+source\n/,
    );

    // spf cost finds the imported country (the latest version) in the library.
    const scenario = writeJson(dir, 'on-ken.json', scenarioOn('KEN'));
    const cost = await spf('cost', scenario, '--format', 'json', '--db', db);
    expect(cost.code).toBe(0);
    // 2025: 30,000 children x 0.25 x 24,000 = 180,000,000
    expect((JSON.parse(cost.out) as { total: { cost: number[] } }).total.cost[0]).toBe(180_000_000);
  });

  it('does not create a library just to look a country up, and says how to add it', async () => {
    const dir = tempDir();
    const db = join(dir, 'nothere.sqlite');
    // ZZZ is in neither the library nor the country database shipped with the app.
    const scenario = writeJson(dir, 'on-zzz.json', scenarioOn('ZZZ'));
    const r = await spf('cost', scenario, '--db', db);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'country: country ZZZ is not in the library: import it with `spf countries import FILE` or in the app: Country data → Import; or pass its data with --country FILE (a spf.country/1 file)',
    );
    expect(existsSync(db)).toBe(false);
    expect((await spf('scenarios', 'new', '--country', 'ZZZ', '--db', db)).code).toBe(2);
    expect(existsSync(db)).toBe(false);
  });

  it('spf scenarios new --country CODE puts the default package on that country, saying what to fix', async () => {
    const dir = tempDir();
    const db = join(dir, 'library.sqlite');
    await spf('countries', 'import', writeJson(dir, 'ken.json', testCountry('KEN')), '--db', db);
    const made = await spf(
      'scenarios',
      'new',
      '--country',
      'ken',
      '--name',
      'Kenya floor',
      '--db',
      db,
    );
    expect(made.code).toBe(0);
    const file = JSON.parse(made.out) as Record<string, unknown>;
    // Its description is its own: the package on KEN, never the template's words about Tamboria.
    expect(file).toEqual({
      ...defaultScenarioFile(),
      country: 'KEN',
      name: 'Kenya floor',
      description: `${PACKAGE}, costed 2025-2060 on KEN (test country).`,
    });
    // The test country's population covers 2025-2030 only.
    expect(made.err).toContain(
      'warning: the new scenario on KEN: years: the population of KEN covers 2025-2030, so 2031-2060 cannot be costed',
    );
    // In French with --lang fr: the catalogue's words, the same figures.
    const french = await spf('--lang', 'fr', 'scenarios', 'new', '--country', 'KEN', '--db', db);
    expect((JSON.parse(french.out) as { description: string }).description).toMatch(
      /^L’ensemble par défaut de 7 garanties du socle \(.+\), introduites progressivement de 2026 à 2030, chiffré 2025-2060 pour : KEN \(test country\)\.$/,
    );
    const onXta = await spf('scenarios', 'new', '--country', 'xta', '--db', db);
    expect(JSON.parse(onXta.out)).toEqual({ ...defaultScenarioFile(), description: onTamboria });
    expect(onXta.err).toBe('');
  });
});
