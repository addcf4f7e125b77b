/**
 * `--wpp-population FILE`: population in the UN's own WPP CSV layout (LocID, ISO3_code, Time,
 * AgeGrp, AgeGrpStart, AgeGrpSpan, PopMale, PopFemale, PopTotal, Variant; thousands), single ages
 * or 5-year groups, used as given instead of the WPP 2019 structure.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCountry } from '../../../src/node/country-build/build-country';
import { built, buildError, kenyaDataDir, rawCountryRows } from '../../helpers/country-data';

const HEADER =
  'SortOrder,LocID,Notes,ISO3_code,ISO2_code,Location,Variant,Time,MidPeriod,AgeGrp,AgeGrpStart,AgeGrpSpan,PopMale,PopFemale,PopTotal';
const tmp = mkdtempSync(join(tmpdir(), 'spf-un-wpp-'));

interface Row {
  year: number;
  start: number;
  span: number;
  male: number;
  female: number;
  variant?: string;
}

/** A file in the UN layout; the location name has a comma, so it is quoted, as in the UN's files. */
function unFile(name: string, rows: readonly Row[], header = HEADER): string {
  const lines = rows.map((r) => {
    const label =
      r.span === -1
        ? `${r.start}+`
        : r.span === 1
          ? String(r.start)
          : `${r.start}-${r.start + r.span - 1}`;
    return [
      1,
      404,
      '',
      'KEN',
      'KE',
      '"Kenya, Republic of"',
      r.variant ?? 'Medium',
      r.year,
      r.year + 0.5,
      label,
      r.start,
      r.span,
      r.male,
      r.female,
      Number((r.male + r.female).toFixed(6)),
    ].join(',');
  });
  const file = join(tmp, name);
  writeFileSync(file, `${header}\n${lines.join('\n')}\n`);
  return file;
}

/** Kenya's WPP 2019 5-year groups (thousands) in the UN layout, every 5 years 2020-2065. */
function groupRows(): Row[] {
  return rawCountryRows('wpp2019Population5yr', 'KEN')
    .filter((r) => Number(r.year) >= 2020 && Number(r.year) <= 2065)
    .map((r) => ({
      year: Number(r.year),
      start: Number(r.age_start),
      span: r.age_start === '100' ? -1 : 5,
      male: Number(r.pop_male_thousands),
      female: Number(r.pop_female_thousands),
    }));
}

/** Single ages in thousands from a built population (persons / 1000), 2025-2060. */
async function singleRows(): Promise<Row[]> {
  const { country } = await built('KEN');
  return country.population.years.flatMap((year, i) =>
    Array.from({ length: 101 }, (_, a) => ({
      year,
      start: a,
      span: a === 100 ? -1 : 1,
      male: country.population.male[i]![a]! / 1000,
      female: country.population.female[i]![a]! / 1000,
    })),
  );
}

describe('population in the UN WPP CSV layout', () => {
  it('uses single ages as given: persons = thousands x 1000, not rescaled', async () => {
    const file = unFile('single.csv', await singleRows());
    const r = await buildCountry({
      iso3: 'KEN',
      dataDir: kenyaDataDir(),
      wppPopulation: [file],
      wppEdition: 'WPP 2024 (test copy)',
    });
    const { country } = await built('KEN');
    expect(r.country.population.female).toEqual(country.population.female);
    expect(r.country.population.male).toEqual(country.population.male);
    const source = r.country.sources!.find((s) => s.field === 'population')!;
    expect(source.edition).toBe('WPP 2024 (test copy)');
    expect(source.note).toMatch(
      /UN WPP CSV layout, thousands x 1000, Medium variant\), used as given without rescaling; single ages as given/,
    );
  });

  it('splits 5-year groups with Sprague, between 5-year points, without scaling to WPP 2024', async () => {
    const file = unFile('groups.csv', groupRows());
    const r = await buildCountry({ iso3: 'KEN', dataDir: kenyaDataDir(), wppPopulation: [file] });
    // 2025 is a point of the file: each sex adds up to the file's total x 1000 (not WPP 2024's).
    for (const sex of ['female', 'male'] as const) {
      const want = groupRows()
        .filter((row) => row.year === 2025)
        .reduce((s, row) => s + row[sex] * 1000, 0);
      const got = r.country.population[sex][0]!.reduce((s, v) => s + v, 0);
      expect(Math.abs(got - want)).toBeLessThanOrEqual(51);
    }
    expect(r.country.sources!.find((s) => s.field === 'population')!.note).toMatch(
      /5-year groups interpolated geometrically between the years given and split into single ages with the Sprague multipliers/,
    );
  });

  it('reads estimates and projections given as two files', async () => {
    const rows = groupRows();
    const a = unFile(
      'estimates.csv',
      rows.filter((r) => r.year <= 2040),
    );
    const b = unFile(
      'projections.csv',
      rows.filter((r) => r.year > 2040),
    );
    const one = await buildCountry({
      iso3: 'KEN',
      dataDir: kenyaDataDir(),
      wppPopulation: [unFile('all.csv', rows)],
    });
    const two = await buildCountry({ iso3: 'KEN', dataDir: kenyaDataDir(), wppPopulation: [a, b] });
    expect(two.country.population).toEqual(one.country.population);
  });
});

describe('malformed UN-layout files', () => {
  it('a file in persons instead of thousands gives a population 1,000 times too big: refused', async () => {
    const rows = groupRows().map((r) => ({ ...r, male: r.male * 1000, female: r.female * 1000 }));
    const file = unFile('persons.csv', rows);
    const e = await buildError({ iso3: 'KEN', dataDir: kenyaDataDir(), wppPopulation: [file] });
    expect(e.source).toBe(file);
    expect(e.issues[0]!.path).toBe('rows for KEN, columns PopMale and PopFemale');
    expect(e.issues[0]!.message).toMatch(
      /1,033 times the WPP 2024 total for 2025 \(58,083,590\): the counts must be in thousands, and these look like persons/,
    );
  });

  it('a missing column', async () => {
    const file = unFile('no-span.csv', groupRows(), HEADER.replace('AgeGrpSpan', 'Span'));
    const e = await buildError({ iso3: 'KEN', dataDir: kenyaDataDir(), wppPopulation: [file] });
    expect(e.issues[0]!.path).toBe('row 1, column AgeGrpSpan');
  });

  it('ages missing in a year', async () => {
    const file = unFile(
      'gap.csv',
      groupRows().filter((r) => !(r.year === 2030 && r.start === 40)),
    );
    const e = await buildError({ iso3: 'KEN', dataDir: kenyaDataDir(), wppPopulation: [file] });
    expect(e.issues).toEqual([
      {
        path: 'rows for KEN, year 2030, column AgeGrpStart',
        message: 'ages 40-44 are missing (the open group must be 100+)',
      },
    ]);
  });

  it('single ages and 5-year groups mixed in one year', async () => {
    const rows = groupRows().map((r) =>
      r.year === 2030 && r.start === 40 ? { ...r, span: 1 } : r,
    );
    const e = await buildError({
      iso3: 'KEN',
      dataDir: kenyaDataDir(),
      wppPopulation: [unFile('mixed.csv', rows)],
    });
    expect(e.issues[0]!.path).toBe('rows for KEN, year 2030, column AgeGrpSpan');
    expect(e.issues[0]!.message).toMatch(/all single years \(span 1\) or all 5-year groups/);
  });

  it('the same year and age in two files', async () => {
    const rows = groupRows();
    const a = unFile(
      'dup-a.csv',
      rows.filter((r) => r.year <= 2040),
    );
    const b = unFile(
      'dup-b.csv',
      rows.filter((r) => r.year >= 2040),
    );
    const e = await buildError({ iso3: 'KEN', dataDir: kenyaDataDir(), wppPopulation: [a, b] });
    expect(e.source).toBe(b);
    expect(e.issues[0]!.path).toBe('row 2, column AgeGrpStart');
    expect(e.issues[0]!.message).toBe(`year 2040, age 0 is given twice: in ${a} row 86 and here`);
  });

  it('no Medium variant', async () => {
    const file = unFile(
      'high.csv',
      groupRows().map((r) => ({ ...r, variant: 'High' })),
    );
    const e = await buildError({ iso3: 'KEN', dataDir: kenyaDataDir(), wppPopulation: [file] });
    expect(e.issues).toEqual([
      {
        path: 'column Variant',
        message: 'has no "Medium" or "Estimates" rows for KEN; it has "High"',
      },
    ]);
  });

  it('years that do not cover the country file', async () => {
    const file = unFile(
      'short.csv',
      groupRows().filter((r) => r.year <= 2050),
    );
    const e = await buildError({ iso3: 'KEN', dataDir: kenyaDataDir(), wppPopulation: [file] });
    expect(e.issues[0]).toMatchObject({
      path: 'rows for KEN, column Time',
      message:
        'covers 2020-2050, but the country file needs 2025-2060: give a file with those years (or change --base-year / --to)',
    });
  });

  it('PopTotal that is not PopMale + PopFemale (columns out of order)', async () => {
    const rows = groupRows();
    const file = unFile('total.csv', rows);
    const text = (await import('node:fs'))
      .readFileSync(file, 'utf8')
      .replace(/,(\d+\.?\d*)\n/, ',1.5\n');
    writeFileSync(file, text);
    const e = await buildError({ iso3: 'KEN', dataDir: kenyaDataDir(), wppPopulation: [file] });
    expect(e.issues[0]!.path).toBe('row 2, column PopTotal');
    expect(e.issues[0]!.message).toMatch(/^is 1\.5 but PopMale \+ PopFemale = /);
  });
});
