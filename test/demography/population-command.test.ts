import { describe, expect, it } from 'vitest';
import { spf } from '../helpers/cli';
import { dataDir } from '../helpers/country-data';

interface ProjectionJson {
  years: number[];
  total: number[];
  births: number[];
  deaths: number[];
  netMigrants: number[];
  population: Record<string, number[]>;
  femaleShare: number;
  sexRatioAtBirth: number;
}

describe('spf population project', () => {
  it('prints years, totals, births and 101 ages a year on 1 January as JSON', async () => {
    const r = await spf(
      'population',
      'project',
      '--iso3',
      'IDN',
      '--data',
      dataDir(),
      '--from',
      '2024',
      '--to',
      '2034',
      '--format',
      'json',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as ProjectionJson;
    expect(j.years).toEqual(Array.from({ length: 11 }, (_, i) => 2024 + i));
    expect(Object.keys(j.population)).toEqual(j.years.map(String));
    for (const y of j.years) expect(j.population[String(y)]).toHaveLength(101);
    // 2024 is the UN's own 1 January population (ages 0-99; 284 million) plus an estimated 100+.
    const first = j.population['2024']!;
    expect(first.slice(0, 100).reduce((s, v) => s + v, 0)).toBeCloseTo(283_487_000, -6);
    expect(j.total[0]).toBeCloseTo(
      first.reduce((s, v) => s + v, 0),
      3,
    );
    // The first year's births are the UN's (4,468,312): they set the share of women.
    expect(j.births[0]).toBeCloseTo(4_468_312, 0);
    expect(j.births).toHaveLength(11);
    expect(j.sexRatioAtBirth).toBeCloseTo((1 - j.femaleShare) / j.femaleShare, 12);
    // The account balances: P(t+1) = P(t) + births - deaths + net migrants.
    for (let i = 0; i < 10; i++) {
      expect(j.total[i]! + j.births[i]! - j.deaths[i]! + j.netMigrants[i]!).toBeCloseTo(
        j.total[i + 1]!,
        3,
      );
    }
  }, 20_000);

  it('prints a readable table: years down, total, births, deaths, net migration and age groups', async () => {
    const r = await spf(
      'population',
      'project',
      '--iso3',
      'jpn',
      '--data',
      dataDir(),
      '--to',
      '2026',
    );
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('Japan (JPN): population projection 2024-2026');
    expect(lines.find((l) => l.startsWith('Year'))).toMatch(
      /Year\s+Total\s+Births\s+Deaths\s+Net migr\.\s+0-14\s+15-64\s+65\+/,
    );
    expect(lines.filter((l) => /^20\d\d\s/.test(l))).toHaveLength(3);
  }, 20_000);

  it('exits 2 naming the 13 countries with single-age data for another code', async () => {
    const r = await spf('population', 'project', '--iso3', 'KEN', '--data', dataDir());
    expect(r.code).toBe(2);
    expect(r.err).toContain('error: --iso3: "KEN" has no WPP 2024 single-age data');
    expect(r.err).toContain('BRA, ETH, FJI, GBR, IDN, IND, JPN, KOR, MYS, PHL, THA, USA, ZAF');
  }, 20_000);

  it('exits 2 with the field for years outside the data or a bad year', async () => {
    const early = await spf(
      'population',
      'project',
      '--iso3',
      'IDN',
      '--data',
      dataDir(),
      '--from',
      '2019',
    );
    expect(early.code).toBe(2);
    expect(early.err).toContain(
      'error: --from: must be a year with a 1 January population and rates, 2020-2099, found 2019',
    );
    const late = await spf(
      'population',
      'project',
      '--iso3',
      'IDN',
      '--data',
      dataDir(),
      '--to',
      '2100',
    );
    expect(late.code).toBe(2);
    expect(late.err).toContain('error: --to: must be from --from (2024) to 2099');
    const bad = await spf('population', 'project', '--iso3', 'IDN', '--from', 'soon');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('must be a year such as 2024, found "soon"');
  }, 20_000);
});
