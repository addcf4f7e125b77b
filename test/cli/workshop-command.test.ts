import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spf } from '../helpers/cli';
import { defaultScenarioFile, tempDir, writeJson } from '../helpers/library';

describe('spf workshop', () => {
  it('creates a workshop, shows it, imports a group file, refuses a bad one and deletes it', async () => {
    const dir = tempDir();
    const db = join(dir, 'library.sqlite');
    const base = writeJson(dir, 'base.json', defaultScenarioFile({ name: 'Baseline' }));
    expect((await spf('scenarios', 'save', base, '--db', db)).out).toBe('1\n');

    const made = await spf(
      'workshop',
      'create',
      'Day one',
      '--baseline',
      '1',
      '--year',
      '2030',
      '--groups',
      'North,South',
      '--envelopes',
      '5,4.5',
      '--db',
      db,
    );
    expect(made.code).toBe(0);
    expect(made.out).toContain('Workshop 1 "Day one" on XTA, envelope year 2030');
    expect(made.out).toContain('Baseline (locked): scenario 1 "Baseline" revision 1');
    // Groups 1 and 2 got scenarios 2 and 3, envelopes 5% and 4.5% of GDP.
    expect(made.out).toMatch(/1\s+North\s+5\.00%\s+2\s+Day one – North\s+1/);
    expect(made.out).toMatch(/2\s+South\s+4\.50%\s+3\s+Day one – South\s+1/);

    const list: unknown = JSON.parse(
      (await spf('workshop', 'list', '--format', 'json', '--db', db)).out,
    );
    expect(list).toMatchObject([{ id: 1, name: 'Day one', country: 'XTA', groups: 2 }]);

    const file = writeJson(dir, 'south.json', defaultScenarioFile({ years: [2025, 2040] }));
    const imported = await spf('workshop', 'import', '1', '2', file, '--db', db);
    expect(imported.out).toBe('Saved scenario 3 revision 2: "Day one – South"\n');
    const bad = writeJson(dir, 'bad.json', defaultScenarioFile({ years: 'soon' }));
    const refused = await spf('workshop', 'import', '1', '2', bad, '--db', db);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('years');

    expect((await spf('workshop', 'delete', '1', '--db', db)).out).toBe('Deleted workshop 1\n');
    expect((await spf('workshop', 'list', '--db', db)).out).toBe('There are no workshops yet\n');
    // Every scenario stayed: the baseline and the two groups' copies.
    expect((await spf('scenarios', 'list', '--db', db)).out).toContain('Day one – South');
  });
});
