import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spf, spfWithEnv } from '../helpers/cli';
import { fileBenefit, fileScenario } from '../helpers/fixtures';

const tmp = mkdtempSync(join(tmpdir(), 'spf-lang-'));
function writeJson(name: string, value: unknown): string {
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

// Coverage full in 2069 but starting in 2070: the defect report's "must be >= startYear 2070".
const BAD = writeJson(
  'bad.json',
  fileScenario([fileBenefit({ coverage: { startYear: 2070, start: 0, fullYear: 2069, full: 1 } })]),
);
const ENGLISH = `error: ${BAD}: benefits[0].coverage.fullYear: must be >= startYear 2070\n`;
const FRENCH = `error: ${BAD}: benefits[0].coverage.fullYear: doit être >= startYear 2070\n`;
const SPANISH = `error: ${BAD}: benefits[0].coverage.fullYear: debe ser >= startYear 2070\n`;

describe('spf --lang en|fr|es', () => {
  it('prints the errors of a failing scenario in English by default', async () => {
    const r = await spf('cost', BAD);
    expect(r.code).toBe(2);
    expect(r.err).toBe(ENGLISH);
  });

  it('prints them in French with --lang fr, before or after the command', async () => {
    const after = await spf('cost', BAD, '--lang', 'fr');
    expect(after.code).toBe(2);
    expect(after.err).toBe(FRENCH);
    const before = await spf('--lang', 'fr', 'cost', BAD);
    expect(before.err).toBe(FRENCH);
  });

  it('takes the language from LC_ALL, LC_MESSAGES or LANG when --lang is not given', async () => {
    expect((await spfWithEnv({ LANG: 'es_ES.UTF-8' }, 'cost', BAD)).err).toBe(SPANISH);
    expect((await spfWithEnv({ LANG: 'fr_FR.UTF-8' }, 'cost', BAD)).err).toBe(FRENCH);
    // --lang wins over the environment.
    expect((await spfWithEnv({ LANG: 'fr_FR.UTF-8' }, 'cost', BAD, '--lang', 'en')).err).toBe(
      ENGLISH,
    );
  });

  it('writes the notes of a costing in the language', async () => {
    // A disability benefit in a country that gives no current disability spending: one note.
    const file = writeJson(
      'note.json',
      fileScenario([fileBenefit({ kind: 'disability', function: 'disability' })]),
    );
    const r = await spf('cost', file, '--lang', 'es');
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'Note: spendingPctGdp: no se da el gasto actual para disability; la brecha con el gasto actual cuenta allí todo el costo\n',
    );
  });

  it('refuses a language it does not have', async () => {
    const r = await spf('cost', BAD, '--lang', 'de');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /--lang <LANG>' argument 'de' is invalid\. Allowed choices are en, fr, es/,
    );
  });
});
