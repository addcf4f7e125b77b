import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { PensionResult } from '#engine';
import { spf } from '../helpers/cli';
import { fileScenario, flatCountry } from '../helpers/fixtures';

const tmp = mkdtempSync(join(tmpdir(), 'spf-pension-'));
function writeJson(name: string, value: unknown): string {
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

/**
 * The stationary scheme of test/pension/run-pension.test.ts on the flat country: 29,900
 * contributors, 25,317.5 pensioners, pensions 80% of the insurable wage: cost rate 0.677391.
 */
const scheme = {
  contributionRate: 0.2,
  pensionAge: 60,
  accrualRate: 0.02,
  coverage: 0.5,
  indexation: 'wages',
  initial: { averagePension: 2400, reserve: 1e9 },
  interestRate: 0.04,
};
const country = flatCountry({
  rates: {
    ...(flatCountry().rates as Record<string, unknown>),
    pensionCoverage: { female: [[61, 100, 0.2375]], male: [[61, 100, 0.38]] },
  },
});
const { country: _inline, ...rest } = fileScenario([], { pension: scheme });
const byCode = { ...rest, country: 'XFL', name: 'Flat scheme' };
const scenarioFile = writeJson('scheme.json', byCode);
const countryFile = writeJson('flat.json', country);

describe('spf pension', () => {
  it('prints every indicator by year as JSON (formats.md)', async () => {
    const r = await spf('pension', scenarioFile, '--country', countryFile, '--format', 'json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as PensionResult;
    expect(j.format).toBe('spf.pension-result/1');
    expect(j.years).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    for (const group of [j.population, j.finances, j.indicators]) {
      for (const [key, values] of Object.entries(group)) expect(values, key).toHaveLength(6);
    }
    const expected = (25_317.5 / 29_900) * 0.8;
    for (const c of j.indicators.paygCostRate) expect(c).toBeCloseTo(expected, 12);
    // Reserve 2025: 1e9 x 1.04 + (0.2 - 0.677391) x 29,900 x 36,000 = 526,164,000.
    expect(j.finances.reserve[0]).toBeCloseTo(1.04e9 + (0.2 - expected) * 29_900 * 36_000, 0);
    expect(j.generalAveragePremiums[0]!.to).toBe(2030);
  });

  it('writes CSV with one row per year to --out', async () => {
    const out = join(tmp, 'scheme.csv');
    const r = await spf(
      'pension',
      scenarioFile,
      '--country',
      countryFile,
      '--format',
      'csv',
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    expect(r.err).toContain(`Wrote ${out}`);
    const rows = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((row) => row.year)).toEqual(['2025', '2026', '2027', '2028', '2029', '2030']);
    expect(Number(rows[0]!['population.contributors'])).toBeCloseTo(29_900, 6);
    expect(Number(rows[3]!['indicators.paygCostRate'])).toBeCloseTo(0.677391, 6);
    expect(Object.keys(rows[0]!)).toContain('finances.reserve');
  });

  it('prints a readable table with the premium and the year the reserve runs out', async () => {
    const r = await spf('pension', scenarioFile, '--country', countryFile);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toContain('Contributory pension scheme (Flat scheme): Flatland');
    expect(lines.find((l) => l.startsWith('Year'))).toMatch(
      /Year\s+Insured\s+Pensioners\s+New\s+Contributions\s+Expenditure\s+Reserve\s+PAYG cost/,
    );
    expect(lines.find((l) => l.startsWith('2025'))).toContain('67.74%');
    expect(r.out).toContain('General average premium 2025-2030:');
    expect(r.out).toContain('The reserve runs out in 2026.');
  });

  it('exits 2 naming the file and the field for a malformed pension block', async () => {
    const bad = writeJson('bad.json', {
      ...byCode,
      pension: { ...scheme, pensionAge: 30, contributionRate: 12 },
    });
    const r = await spf('pension', bad, '--country', countryFile);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`error: ${bad}: pension.contributionRate: must be <= 1, found 12`);
    expect(r.err).toContain(`error: ${bad}: pension.pensionAge: must be >= 40, found 30`);
    expect(r.out).toBe('');
  });

  it('exits 2 for a scenario without a pension block or beyond the population', async () => {
    const none = writeJson('none.json', { ...byCode, pension: undefined });
    const r = await spf('pension', none, '--country', countryFile);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`error: ${none}: pension: is required`);
    const long = writeJson('long.json', { ...byCode, years: [2025, 2040] });
    const r2 = await spf('pension', long, '--country', countryFile);
    expect(r2.code).toBe(2);
    expect(r2.err).toContain(
      `error: ${long}: years: the population of XFL does not cover 2031-2040`,
    );
  });
});
