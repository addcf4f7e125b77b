/**
 * `spf country build` with several countries: one run writes one file per country, byte for byte
 * the file a build of that country alone writes; a country that cannot be built is listed with its
 * reason while the others are built (exit 3); the options are checked together.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spf, spfWithEnv } from '../helpers/cli';
import { dataDir, kenyaDataDir } from '../helpers/country-data';

const tmp = mkdtempSync(join(tmpdir(), 'spf-country-batch-'));

function freshDir(name: string): string {
  const dir = join(tmp, name);
  mkdirSync(dir);
  return dir;
}

describe('spf country build with several countries', () => {
  it('writes KEN and NPL in one run, each identical to a build of that country alone', async () => {
    const outDir = freshDir('two');
    const r = await spf(
      'country',
      'build',
      '--iso3',
      'KEN,npl',
      '--data',
      dataDir(),
      '--out-dir',
      outDir,
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe('');
    expect(readdirSync(outDir).sort()).toEqual(['KEN.country.json', 'NPL.country.json']);
    // Not a terminal here: one plain line per country, the time left while some are still to do.
    expect(r.err).toMatch(/^1\/2 KEN built \(ETA \d+ s\)\n2\/2 NPL built\n2 built, 0 failed\n$/);
    for (const iso3 of ['KEN', 'NPL']) {
      const alone = join(tmp, `${iso3}-alone.json`);
      const single = await spf(
        'country',
        'build',
        '--iso3',
        iso3,
        '--data',
        dataDir(),
        '--out',
        alone,
        '--no-progress',
      );
      expect(single.code, single.err).toBe(0);
      expect(readFileSync(join(outDir, `${iso3}.country.json`), 'utf8')).toBe(
        readFileSync(alone, 'utf8'),
      );
    }
  });

  it('lists an unknown code with its reason and builds the others, exit 3', async () => {
    const outDir = freshDir('unknown');
    const r = await spf(
      'country',
      'build',
      '--iso3',
      'XXX,KEN',
      '--data',
      kenyaDataDir(),
      '--out-dir',
      outDir,
    );
    expect(r.code).toBe(3);
    expect(readdirSync(outDir)).toEqual(['KEN.country.json']);
    const lines = r.err.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^1\/2 XXX failed \(ETA \d+ s\)$/);
    expect(lines[1]).toBe('2/2 KEN built');
    expect(lines[2]).toMatch(
      /^not built: XXX: .*wpp2024_demographic_indicators_annual\.csv: column iso3: has no rows for "XXX"/,
    );
    expect(lines.at(-1)).toBe('1 built, 1 failed');
  });

  it('says so in the user’s language', async () => {
    const outDir = freshDir('french');
    const r = await spfWithEnv(
      { LANG: 'fr_FR.UTF-8' },
      ...['country', 'build', '--iso3', 'KEN,XXX', '--data', kenyaDataDir(), '--out-dir', outDir],
    );
    expect(r.code).toBe(3);
    const lines = r.err.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^1\/2 KEN construit \(reste environ \d+ s\)$/);
    expect(lines[1]).toBe('2/2 XXX en échec');
    expect(lines[2]).toMatch(/^non construit : XXX : /);
    expect(lines.at(-1)).toBe('1 construits, 1 en échec');
  });

  it('gives the first problem of a country with many, and how many more', async () => {
    // Kenya's first two WHO rows (rows 2 and 3 of the file) get text for a value: two problems.
    // (An empty value is no longer one: it is a year not published, issue 13.)
    const data = kenyaDataDir({
      whoGhed: (lines) =>
        `${lines.map((l, i) => (i === 1 || i === 2 ? l.replace(/[^,]*$/, 'n/a') : l)).join('\n')}\n`,
    });
    const r = await spf(
      'country',
      'build',
      '--iso3',
      'KEN',
      '--data',
      data,
      '--out-dir',
      freshDir('many'),
      '--no-progress',
    );
    expect(r.code).toBe(3);
    expect(r.err).toBe(
      `not built: KEN: ${join(data, 'who_ghed_health_expenditure.csv')}: row 2, column value: must be a number >= 0, found "n/a"\n` +
        '… and 1 more for KEN (spf country build --iso3 KEN lists every problem)\n' +
        '0 built, 1 failed\n',
    );
  });

  it('builds every country with a UN population with --all, as a build alone does', async () => {
    const outDir = freshDir('all');
    // The Kenya-only data folder: the UN gives one population, Kenya's.
    const data = kenyaDataDir();
    const r = await spf(
      'country',
      'build',
      '--all',
      '--data',
      data,
      '--out-dir',
      outDir,
      '--no-progress',
    );
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe('1 built, 0 failed\n');
    expect(readdirSync(outDir)).toEqual(['KEN.country.json']);
    // --all reads the files whole once; the file is still the one a build of Kenya alone writes.
    const alone = await spf('country', 'build', '--iso3', 'KEN', '--data', data, '--no-progress');
    expect(readFileSync(join(outDir, 'KEN.country.json'), 'utf8')).toBe(alone.out);
  });
});

describe('spf country build: the options checked together', () => {
  async function refused(...args: string[]): Promise<string> {
    const r = await spf('country', 'build', '--data', kenyaDataDir(), ...args);
    expect(r.code).toBe(2);
    return r.err;
  }

  it('names the option in each mistake', async () => {
    expect(await refused('--iso3', ' , ')).toBe(
      'error: --iso3: must list at least one country code, such as KEN or KEN,NPL,ETH; found " , "\n',
    );
    expect(await refused('--iso3', 'KEN,KE1,NEPAL')).toBe(
      'error: --iso3: must be a three-letter ISO 3166-1 code such as KEN, found "KE1"\n' +
        'error: --iso3: must be a three-letter ISO 3166-1 code such as KEN, found "NEPAL"\n',
    );
    expect(await refused('--iso3', 'KEN', '--all')).toBe(
      'error: --all: give either --iso3 or --all, not both\n',
    );
    expect(await refused()).toMatch(
      /^error: --iso3: required option '--iso3 <CODE>' not specified: give --iso3 KEN .* or --all\n$/,
    );
    expect(await refused('--iso3', 'KEN,NPL', '--out', join(tmp, 'x.json'))).toBe(
      'error: --out: writes one country; for several countries give --out-dir DIR (one file per country)\n',
    );
    const missing = join(tmp, 'no-such-folder');
    expect(await refused('--all', '--out-dir', missing)).toBe(
      `error: --out-dir: the folder ${missing} does not exist\n`,
    );
    expect(existsSync(missing)).toBe(false);
  });
});
