import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCountry } from '#engine';
import { spf } from '../../helpers/cli';
import { dataDir, kenyaDataDir } from '../../helpers/country-data';

const tmp = mkdtempSync(join(tmpdir(), 'spf-country-cli-'));

describe('spf country build', () => {
  it('writes Kenya and says on stderr what it read, what it assumed and what it wrote', async () => {
    const out = join(tmp, 'ken.json');
    const r = await spf('country', 'build', '--iso3', 'KEN', '--data', dataDir(), '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe('');
    const lines = r.err.trimEnd().split('\n');
    expect(lines[0]).toBe('progress:   0% reading wpp2024_demographic_indicators_annual.csv');
    expect(lines).toContain('progress: 100% done');
    // One line per assumed field.
    const assumed = lines.filter((l) => l.startsWith('assumption: ')).map((l) => l.split(': ')[1]);
    expect(assumed).toEqual([
      'povertyLines.international-3.00.amount',
      'povertyLines.international-4.20.amount',
      'povertyLines.international-8.30.amount',
      'minimumWage',
      'averageWage',
      'rates.disability',
      'rates.orphanhood',
      'rates.pensionCoverage',
      'rates.laborForceParticipation',
      'rates.unemployment',
      'povertyLines.national.amount',
      'longRun.usdInflation',
      'demography.sexRatioAtBirth',
      'demography.migrationProfile',
    ]);
    expect(lines.at(-1)).toBe(
      `Wrote ${out}: Kenya (KEN), base year 2025, population 2025-2060 (58.08 million in 2025), births 1.54 million, GDP 2025 18.3 trillion KES`,
    );
    const file = JSON.parse(readFileSync(out, 'utf8')) as unknown;
    const read = readCountry(file);
    expect(read.ok && read.warnings).toEqual([]);
  });

  it('takes --base-year and --to, and prints to the screen without --out', async () => {
    const r = await spf(
      'country',
      'build',
      '--iso3',
      'ken',
      '--data',
      kenyaDataDir(),
      '--base-year',
      '2026',
      '--to',
      '2040',
      '--no-progress',
    );
    expect(r.code, r.err).toBe(0);
    expect(r.err).not.toMatch(/progress:/);
    const c = JSON.parse(r.out) as {
      baseYear: number;
      population: { years: number[] };
      macro: { years: number[] };
    };
    expect(c.baseYear).toBe(2026);
    expect(c.population.years).toEqual(Array.from({ length: 15 }, (_, i) => 2026 + i));
    expect(c.macro.years).toEqual([2026, 2027, 2028, 2029]);
  });

  it('exits 2 with close matches for an unknown code, and for a bad year, never with a stack trace', async () => {
    const r = await spf('country', 'build', '--iso3', 'KNE', '--data', dataDir(), '--no-progress');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^error: .*wpp2024_demographic_indicators_annual\.csv: column iso3: has no rows for "KNE": did you mean KEN \(Kenya\)/,
    );
    expect(r.err).not.toMatch(/\bat \w+ \(/);
    const bad = await spf('country', 'build', '--iso3', 'KEN', '--base-year', '20x5');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(
      /--base-year <YEAR>' argument '20x5' is invalid\. must be a year such as 2025/,
    );
    const unwritable = await spf(
      'country',
      'build',
      '--iso3',
      'KEN',
      '--data',
      kenyaDataDir(),
      '--out',
      '/no/such/dir/ken.json',
      '--no-progress',
    );
    expect(unwritable.code).toBe(2);
    expect(unwritable.err).toMatch(
      /^error: --out: cannot write \/no\/such\/dir\/ken\.json: ENOENT/m,
    );
    const missing = await spf('country', 'build', '--data', dataDir());
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/required option '--iso3 <CODE>' not specified/);
  });

  it('explains each command with examples (exit 0)', async () => {
    for (const sub of ['build', 'template', 'from-sheet']) {
      const r = await spf('country', sub, '--help');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/Examples:\n {2}npx spf country /);
    }
    const top = await spf('country', '--help');
    expect(top.out).toMatch(/build \[options\]/);
    expect(top.out).toMatch(/from-sheet \[options\] <FILE>/);
  });
});
