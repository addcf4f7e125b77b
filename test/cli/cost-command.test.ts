import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { spf, spfProcess } from '../helpers/cli';
import { fileBenefit, fileScenario, flatCountry } from '../helpers/fixtures';
import { sharedPath } from '../helpers/shared-spec';

const tmp = mkdtempSync(join(tmpdir(), 'spf-cli-'));
function writeJson(name: string, value: unknown): string {
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

const WORKED = sharedPath('spec/examples/worked-example.scenario.json');

describe('spf cost SCENARIO --format json', () => {
  it('prints the result of formats.md: the worked example of methodology section 8', async () => {
    const r = await spf('cost', WORKED, '--format', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      years: number[];
      benefits: { id: string; cost: number[] }[];
      total: { cost: number[]; pctGdp: number[] };
      financing: { gap: number[] };
    };
    expect(json.years).toEqual([2025, 2026, 2027]);
    // 2026 child: 3,030,000 eligible x 0.75 x 15,600 x 1.05 = 37,223,550,000 (methodology 8)
    expect(json.benefits[0]!.cost[1]).toBeCloseTo(37_223_550_000, 0);
    // 2026 old age: 1,090,800 x 37,440 x 1.03 = 42,064,738,560
    expect(json.benefits[1]!.cost[1]).toBeCloseTo(42_064_738_560, 0);
    // gap 2026 = 79,288,288,560 - 0.002 x 2.184e12 = 74,920,288,560
    expect(json.financing.gap[1]).toBeCloseTo(74_920_288_560, 0);
  });

  it('writes CSV with one row per year to --out', async () => {
    const out = join(tmp, 'worked.csv');
    const r = await spf('cost', WORKED, '--format', 'csv', '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toContain(`Wrote ${out}`);
    const rows = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((row) => row.year)).toEqual(['2025', '2026', '2027']);
    // 2025 child cost: 3,000,000 x 0.5 x 15,000 x 1.05 = 23,625,000,000
    expect(Number(rows[0]!['child.cost'])).toBe(23_625_000_000);
    expect(Number(rows[2]!['total.pctGdp'])).toBeCloseTo(0.040382008163265315, 15);
  });

  it('prints a readable table: years down, benefits across, totals in LCU and % of GDP', async () => {
    const r = await spf('cost', WORKED);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[1]).toContain('millions of XWE$');
    const header = lines.find((l) => l.startsWith('Year'))!;
    expect(header).toMatch(/Year\s+child\s+oldAge\s+Total\s+% GDP/);
    // 2026: child 37,224 million, old age 42,065 million, total 79,288 million = 3.63% of GDP
    const row2026 = lines.find((l) => l.startsWith('2026'))!;
    expect(row2026).toMatch(/^2026\s+37,224\s+42,065\s+79,288\s+3\.63%/);
  });

  it('costs a scenario on the country given with --country', async () => {
    const { country: _inline, ...rest } = fileScenario([fileBenefit()]);
    const scenario = writeJson('by-code.json', { ...rest, country: 'XFL' });
    const country = writeJson('flat.json', flatCountry());
    const r = await spf('cost', scenario, '--country', country, '--format', 'json');
    expect(r.code).toBe(0);
    // 2025: 15 ages x 2 sexes x 1,000 = 30,000 children x 0.25 x 12,000 = 90,000,000
    expect((JSON.parse(r.out) as { total: { cost: number[] } }).total.cost[0]).toBe(90_000_000);
  });
});

describe('spf exit codes and messages', () => {
  it('exits 2 naming the field for a bad scenario', async () => {
    const bad = fileScenario([
      fileBenefit({ id: 'a' }),
      fileBenefit({ id: 'b' }),
      fileBenefit({ id: 'c', coverage: { startYear: 2027, start: 0.5, fullYear: 2026, full: 1 } }),
    ]);
    const file = writeJson('bad.json', bad);
    const r = await spf('cost', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      `error: ${file}: benefits[2].coverage.fullYear: must be >= startYear 2027`,
    );
    expect(r.err).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it('exits 2 naming the missing years when the population does not cover the scenario', async () => {
    const file = writeJson('long.json', fileScenario([fileBenefit()], { years: [2025, 2035] }));
    const r = await spf('cost', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'years: the population of XFL covers 2025-2030, so 2031-2035 cannot be costed',
    );
  });

  it('exits 2 with line and column for a file that is not JSON', async () => {
    const path = join(tmp, 'broken.json');
    writeFileSync(path, '{\n  "format": "spf.scenario/1",\n  "name": oops\n}');
    const r = await spf('cost', path);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`error: ${path}: not valid JSON at line 3, column 11`);
  });

  it('exits 2 for a missing file, an unknown country code and a bad flag', async () => {
    expect((await spf('cost', join(tmp, 'nothere.json'))).err).toContain('no such file');
    const { country: _c, ...rest } = fileScenario([fileBenefit()]);
    // ZZZ is in neither the library nor the country database shipped with the app.
    const unknown = await spf('cost', writeJson('zzz.json', { ...rest, country: 'ZZZ' }));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain(
      'country: country ZZZ is not in the library: import it with `spf countries import FILE` or in the app: Country data → Import; or pass its data with --country FILE (a spf.country/1 file)',
    );
    const flag = await spf('cost', WORKED, '--format', 'xml');
    expect(flag.code).toBe(2);
    expect(flag.err).toContain("argument 'xml' is invalid. Allowed choices are table, json, csv");
  });

  it('explains its usage with --help (exit 0)', async () => {
    const top = await spf('--help');
    expect(top.code).toBe(0);
    expect(top.out).toContain('cost [options] [SCENARIO]');
    const cost = await spf('cost', '--help');
    expect(cost.code).toBe(0);
    expect(cost.out).toContain('--format <FORMAT>');
    expect(cost.out).toContain('npx spf cost');
  });

  it('runs as a real process with the same exit codes', () => {
    const ok = spfProcess('cost', WORKED, '--format', 'json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toHaveProperty('total.cost');
    const bad = spfProcess('cost', join(tmp, 'nothere.json'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('no such file');
  });
});
