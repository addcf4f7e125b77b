// `spf gap`: the options, their errors (each naming its option) and the three formats, on a few
// countries of the shipped database (the whole database is the bench's and test/node's).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { GlobalGap } from '#engine';
import { spf, spfWithEnv } from '../helpers/cli';
import { fileBenefit, fileScenario } from '../helpers/fixtures';

describe('spf gap options', () => {
  it('says what to give without --all or --iso3', async () => {
    const r = await spf('gap');
    expect(r.code).toBe(2);
    expect(r.err).toContain('error: --all: say which countries: give --all');
  });

  it('refuses --all with --iso3, a bad year and unknown codes, naming the option', async () => {
    expect((await spf('gap', '--all', '--iso3', 'KEN')).err).toContain(
      '--iso3: give either --all or --iso3, not both',
    );
    expect((await spf('gap', '--iso3', 'KEN', '--year', '20x')).err).toContain(
      '--year: must be a year from 2000 to 2100, such as 2025; found "20x"',
    );
    expect((await spf('gap', '--iso3', 'KEN,,')).code).toBe(0);
    expect((await spf('gap', '--iso3', 'K1N')).err).toContain('--iso3: must list at least one');
    const unknown = await spf('gap', '--iso3', 'KEN,XXX,YYY');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('--iso3: XXX, YYY not in the country database');
  });

  it('words its errors in French', async () => {
    const r = await spfWithEnv({ LANG: 'fr_FR.UTF-8' }, 'gap');
    expect(r.err).toContain('indiquez les pays');
  });
});

describe('spf gap output', () => {
  it('prints the JSON shape of docs/formats.md', async () => {
    const r = await spf('gap', '--iso3', 'KEN,NPL', '--format', 'json', '--no-progress');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const gap = JSON.parse(r.out) as GlobalGap;
    expect(Object.keys(gap)).toEqual(['year', 'package', 'countries', 'groups', 'skipped']);
    expect(gap.year).toBe(2025);
    const ken = gap.countries.find((c) => c.iso3 === 'KEN')!;
    for (const key of [
      'iso3',
      'name',
      'incomeGroup',
      'region',
      'gdpUsd',
      'costPctGdp',
      'currentSpendingPctGdp',
      'gapPctGdp',
      'gapUsd',
      'byFunction',
    ]) {
      expect(ken).toHaveProperty(key);
    }
    expect(ken.name).toBe('Kenya');
    expect(ken.region).toBe('Africa');
    // The ILO package has all six functions; only health spending is in the public data.
    expect(Object.keys(ken.byFunction)).toEqual([
      'children',
      'maternity',
      'disability',
      'oldAge',
      'unemployment',
      'health',
    ]);
    expect(ken.spendingUnknown).toEqual([
      'children',
      'maternity',
      'disability',
      'oldAge',
      'unemployment',
    ]);
    // The gap is the sum of the functions' gaps, each max(0, cost - spending).
    const fns = Object.values(ken.byFunction);
    for (const f of fns)
      expect(f.gapPctGdp).toBeCloseTo(Math.max(0, f.costPctGdp - f.spendingPctGdp), 15);
    expect(ken.gapPctGdp).toBeCloseTo(
      fns.reduce((s, f) => s + f.gapPctGdp, 0),
      15,
    );
    expect(ken.gapUsd).toBeCloseTo(ken.gapPctGdp * ken.gdpUsd, 0);
    const all = gap.groups[0]!;
    expect(Object.keys(all)).toEqual(
      expect.arrayContaining(['name', 'countries', 'gdpUsd', 'gapUsd', 'gapPctGdp']),
    );
    expect(all).toMatchObject({ name: 'all', countries: 2 });
    expect(gap.skipped).toEqual([]);
  });

  it('shows progress on stderr and a table sorted by gap', async () => {
    const r = await spf('gap', '--iso3', 'NPL,KEN,FRA');
    expect(r.err).toContain('3/3');
    const lines = r.out.split('\n');
    const rows = ['FRA', 'KEN', 'NPL'].map((c) => lines.findIndex((l) => l.startsWith(`${c} `)));
    // France, high income with health spending well above the benchmark, has the smallest gap.
    expect(rows[0]).toBeGreaterThan(rows[1]!);
    expect(rows[0]).toBeGreaterThan(rows[2]!);
    expect(r.out).toContain('Low and middle income');
  });

  it('writes a CSV with a row per country, aggregate and skipped country', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spf-gap-'));
    const out = join(dir, 'gap.csv');
    const r = await spf('gap', '--iso3', 'KEN', '--format', 'csv', '--out', out, '--no-progress');
    expect(r.code).toBe(0);
    const { readFileSync } = await import('node:fs');
    const rows = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows[0]).toMatchObject({ type: 'country', id: 'KEN', name: 'Kenya' });
    expect(rows.map((row) => row.type)).toContain('incomeGroup');
    expect(Number(rows[0]!.gapPctGdp)).toBeCloseTo(
      ['children', 'maternity', 'disability', 'oldAge', 'unemployment', 'health'].reduce(
        (s, fn) => s + Number(rows[0]![`${fn}GapPctGdp`]),
        0,
      ),
      12,
    );
  });

  it('prices poverty-line benefits at the line of --poverty-line in every country', async () => {
    const at = async (line: string) =>
      (
        JSON.parse(
          (
            await spf(
              'gap',
              '--iso3',
              'KEN',
              '--poverty-line',
              line,
              '--format',
              'json',
              '--no-progress',
            )
          ).out,
        ) as GlobalGap
      ).countries[0]!;
    const base = await at('international-3.00');
    const higher = await at('international-4.20');
    // Kenya's lines: 59,387.38 and 83,142.34 KES a year, a ratio of 1.4 (4.20 / 3.00, the same PPP):
    // the child benefit (25% of the line) costs 1.4 times as much; health (5% of GDP) does not move.
    expect(
      higher.byFunction.children!.costPctGdp / base.byFunction.children!.costPctGdp,
    ).toBeCloseTo(83142.34 / 59387.38, 9);
    expect(higher.byFunction.health!.costPctGdp).toBe(base.byFunction.health!.costPctGdp);
    expect((await spf('gap', '--iso3', 'KEN', '--poverty-line', 'x')).code).toBe(2);
  });

  it('costs the package of --package instead, on each country in turn', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spf-gap-'));
    const file = join(dir, 'package.json');
    writeFileSync(file, JSON.stringify(fileScenario([fileBenefit({ id: 'child' })])));
    const r = await spf(
      'gap',
      '--iso3',
      'KEN',
      '--package',
      file,
      '--format',
      'json',
      '--no-progress',
    );
    expect(r.code).toBe(0);
    const gap = JSON.parse(r.out) as GlobalGap;
    expect(gap.package).toBe('Test scenario');
    expect(Object.keys(gap.countries[0]!.byFunction)).toEqual(['children']);
    const bad = await spf('gap', '--iso3', 'KEN', '--package', join(dir, 'none.json'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('none.json');
  });
});
