/**
 * Bad input to `spf country build`: each case gives an InputError naming the file and the row and
 * column (or the option), never a stack trace. Each edits a copy of Kenya's lines of the public
 * files in a throw-away folder (line 1 is the header, so a file's line N is "row N"). The issues'
 * codes and their French and Spanish: test/messages/country-build-messages.test.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCountry } from '../../../src/node/country-build/build-country';
import { SHARED_FILES } from '../../../src/node/shared-data/shared-files';
import { buildError, dataDir, kenyaDataDir } from '../../helpers/country-data';

/** The 1-based line of the first line starting with `prefix` (the header is line 1). */
function lineOf(lines: readonly string[], prefix: string): number {
  const i = lines.findIndex((l) => l.startsWith(prefix));
  if (i < 0) throw new Error(`test fixture has no line starting ${prefix}`);
  return i + 1;
}

/** Replaces field `column` (0-based) of the line starting with `prefix`. */
function setField(lines: string[], prefix: string, column: number, value: string): string {
  const i = lineOf(lines, prefix) - 1;
  const fields = lines[i]!.split(',');
  fields[column] = value;
  lines[i] = fields.join(',');
  return `${lines.join('\n')}\n`;
}

const WPP2019 = SHARED_FILES.wpp2019Population5yr;
const KEN_2025_35 = 'KEN,404,Kenya,2025,medium,35-39,35,';

describe('malformed public data files', () => {
  it('1. a truncated file: the last row is cut short', async () => {
    let row = 0;
    const dir = kenyaDataDir({
      wpp2019Population5yr: (lines) => {
        row = lineOf(lines, 'KEN,404,Kenya,2030,');
        return lines.slice(0, row - 1).join('\n') + '\n' + lines[row - 1]!.slice(0, 30);
      },
    });
    const e = await buildError({ iso3: 'KEN', dataDir: dir });
    expect(e.source).toBe(join(dir, WPP2019));
    expect(e.issues[0]!.path).toBe(`row ${row}`);
    expect(e.issues[0]!.message).toMatch(
      /has 7 values, expected 9 .*the last row is incomplete \(is the file truncated\?\)/,
    );
  });

  it('2. a missing column', async () => {
    const dir = kenyaDataDir({
      wpp2019Population5yr: (lines) =>
        lines.map((l) => l.split(',').slice(0, 8).join(',')).join('\n'),
    });
    const e = await buildError({ iso3: 'KEN', dataDir: dir });
    expect(e.source).toBe(join(dir, WPP2019));
    expect(e.issues[0]).toMatchObject({
      path: 'row 1, column pop_female_thousands',
      message: expect.stringMatching(
        /^the column "pop_female_thousands" is missing; the header has "iso3"/,
      ) as string,
    });
  });

  it('3. thousands mistaken for persons: counts 1,000 times too big fail the check against WPP 2024', async () => {
    const dir = kenyaDataDir({
      wpp2019Population5yr: (lines) =>
        [
          lines[0],
          ...lines.slice(1).map((l) => {
            const f = l.split(',');
            f[7] = String(Number(f[7]) * 1000);
            f[8] = String(Number(f[8]) * 1000);
            return f.join(',');
          }),
        ].join('\n'),
    });
    const e = await buildError({ iso3: 'KEN', dataDir: dir });
    expect(e.source).toBe(join(dir, WPP2019));
    expect(e.issues[0]!.path).toBe(
      'rows for KEN (lines 2-652), columns pop_male_thousands and pop_female_thousands',
    );
    // 2025: WPP 2019 gives 59,981.315 thousand; read as thousands of "thousands" that is
    // 59,981,315,000 persons, 59,981,315,000 / 58,083,590 = 1,033 times WPP 2024's total.
    expect(e.issues[0]!.message).toBe(
      'give 59,981,315,000 persons in 2025, 1,033 times the WPP 2024 total for 2025 (58,083,590): the counts must be in thousands, and these look like persons',
    );
  });

  it('4. text in a number', async () => {
    let row = 0;
    const dir = kenyaDataDir({
      wpp2019Population5yr: (lines) => (
        (row = lineOf(lines, KEN_2025_35)),
        setField(lines, KEN_2025_35, 7, 'n/a')
      ),
    });
    const e = await buildError({ iso3: 'KEN', dataDir: dir });
    expect(e.message).toBe(
      `${join(dir, WPP2019)}: row ${row}, column pop_male_thousands: must be a number >= 0, found "n/a"`,
    );
  });

  it('5. a negative population', async () => {
    let row = 0;
    const dir = kenyaDataDir({
      wpp2019Population5yr: (lines) => (
        (row = lineOf(lines, KEN_2025_35)),
        setField(lines, KEN_2025_35, 8, '-1994.339')
      ),
    });
    const e = await buildError({ iso3: 'KEN', dataDir: dir });
    expect(e.issues).toMatchObject([
      {
        path: `row ${row}, column pop_female_thousands`,
        message: 'must be a number >= 0, found "-1994.339"',
      },
    ]);
  });

  it('6. duplicate rows', async () => {
    let row = 0;
    const dir = kenyaDataDir({
      wpp2019Population5yr: (lines) => {
        row = lineOf(lines, KEN_2025_35);
        return [...lines, lines[row - 1]].join('\n');
      },
    });
    const e = await buildError({ iso3: 'KEN', dataDir: dir });
    expect(e.issues).toMatchObject([
      {
        path: 'row 653, column age_start',
        message: `year and age group 2025 35 is given twice: in row ${row} and here`,
      },
    ]);
  });

  it('7. a byte-order mark is accepted, not an error: the same country as without it', async () => {
    const plain = kenyaDataDir();
    const bom = kenyaDataDir({
      wpp2019Population5yr: (lines) => `\uFEFF${lines.join('\n')}\n`,
      wpp2024Indicators: (lines) => `\uFEFF${lines.join('\n')}\n`,
      imfWeo: (lines) => `\uFEFF${lines.join('\r\n')}\r\n`,
    });
    const a = await buildCountry({ iso3: 'KEN', dataDir: plain });
    const b = await buildCountry({ iso3: 'KEN', dataDir: bom });
    expect(b.country).toEqual(a.country);
  });

  it('8. the wrong delimiter (semicolons)', async () => {
    const dir = kenyaDataDir({
      wpp2024Indicators: (lines) => lines.map((l) => l.replace(/,/g, ';')).join('\n'),
    });
    const e = await buildError({ iso3: 'KEN', dataDir: dir });
    expect(e.source).toBe(join(dir, SHARED_FILES.wpp2024Indicators));
    expect(e.issues[0]).toMatchObject({
      path: 'row 1',
      message:
        'the columns are separated by semicolons, not commas: save the file as comma-separated CSV',
    });
  });

  it('9. an unknown ISO3 code lists close matches', async () => {
    const e = await buildError({ iso3: 'KNE', dataDir: dataDir() });
    expect(e.issues[0]!.path).toBe('column iso3');
    expect(e.issues[0]!.message).toMatch(/^has no rows for "KNE": did you mean KEN \(Kenya\)/);
    const byName = await buildError({ iso3: 'NEP', dataDir: dataDir() });
    expect(byName.issues[0]!.message).toMatch(/NPL \(Nepal\)/);
  });

  it('10. a code that is not three letters', async () => {
    const e = await buildError({ iso3: 'KE1', dataDir: dataDir() });
    expect(e.issues).toMatchObject([
      {
        path: '--iso3',
        message: 'must be a three-letter ISO 3166-1 code such as KEN, found "KE1"',
      },
    ]);
  });

  it('11. missing ages', async () => {
    const dir = kenyaDataDir({
      wpp2019Population5yr: (lines) => lines.filter((l) => !l.startsWith(KEN_2025_35)).join('\n'),
    });
    const e = await buildError({ iso3: 'KEN', dataDir: dir });
    expect(e.issues).toMatchObject([
      {
        path: 'rows for KEN, year 2025, column age_start',
        message: 'age groups 35-39 are missing',
      },
    ]);
  });

  it('12. a base year outside the IMF data', async () => {
    const e = await buildError({ iso3: 'KEN', dataDir: kenyaDataDir(), baseYear: 2035 });
    expect(e.issues).toMatchObject([
      {
        path: '--base-year',
        message:
          '2035 is outside the years with IMF GDP for KEN (1990-2029 in imf_weo_oct2024_selected.csv)',
      },
    ]);
  });

  it('13. a last year outside the population data', async () => {
    const e = await buildError({ iso3: 'KEN', dataDir: kenyaDataDir(), toYear: 2150 });
    expect(e.issues[0]!.path).toBe('--to');
    expect(e.issues[0]!.message).toMatch(/WPP 2024 births for KEN cover 1950-2100/);
  });

  it('14. an empty file', async () => {
    const dir = kenyaDataDir({ imfWeo: () => '' });
    const e = await buildError({ iso3: 'KEN', dataDir: dir });
    expect(e.message).toBe(
      `${join(dir, SHARED_FILES.imfWeo)}: is empty: a header row and data rows were expected`,
    );
  });

  it('15. a missing file', async () => {
    const e = await buildError({ iso3: 'KEN', dataDir: '/no/such/folder' });
    expect(e.message).toBe(
      '/no/such/folder/wpp2024_demographic_indicators_annual.csv: no such file',
    );
  });

  it('16. births in persons instead of thousands', async () => {
    const dir = kenyaDataDir({
      wpp2024Indicators: (lines) =>
        [
          lines[0],
          ...lines.slice(1).map((l) => {
            const f = l.split(',');
            if (f[8]) f[8] = String(Number(f[8]) * 1000);
            return f.join(',');
          }),
        ].join('\n'),
    });
    const e = await buildError({ iso3: 'KEN', dataDir: dir });
    expect(e.issues[0]!.path).toBe('rows for KEN, year 2025, column births_thousands');
    expect(e.issues[0]!.message).toMatch(
      /over 10% of the population\): the column must be in thousands/,
    );
  });

  it('17. text in an IMF value', async () => {
    let row = 0;
    const dir = kenyaDataDir({
      imfWeo: (lines) => (
        (row = lineOf(lines, 'KEN,NGDP,2025,')),
        setField(lines, 'KEN,NGDP,2025,', 3, '18,299')
      ),
    });
    const e = await buildError({ iso3: 'KEN', dataDir: dir });
    expect(e.issues[0]).toMatchObject({
      path: `row ${row}`,
      message: 'has 6 values, expected 5 (iso3, indicator, year, value, is_projection)',
    });
    const dir2 = kenyaDataDir({
      imfWeo: (lines) => setField(lines, 'KEN,NGDP,2025,', 3, 'about 18299'),
    });
    const e2 = await buildError({ iso3: 'KEN', dataDir: dir2 });
    expect(e2.issues[0]).toMatchObject({
      path: `row ${row}, column value`,
      message: 'must be a number, found "about 18299"',
    });
  });

  it('18. no GDP for the country in the IMF file', async () => {
    const dir = kenyaDataDir({
      imfWeo: (lines) => lines.filter((l) => !l.startsWith('KEN,NGDP,')).join('\n'),
    });
    const e = await buildError({ iso3: 'KEN', dataDir: dir });
    expect(e.message).toBe(
      `${join(dir, SHARED_FILES.imfWeo)}: rows for KEN, indicator NGDP: has no GDP: the base year cannot be set`,
    );
  });

  it('19. the WHO indicator code for public health spending is not what the builder expects', async () => {
    const dir = kenyaDataDir({
      whoGhedIndicators: (lines) =>
        lines
          .map((l) => l.replace('gghed_gdp,Domestic general government', 'gghed_gdp,Out-of-pocket'))
          .join('\n'),
    });
    const e = await buildError({ iso3: 'KEN', dataDir: dir });
    expect(e.source).toBe(join(dir, SHARED_FILES.whoGhedIndicators));
    expect(e.issues[0]!.path).toBe('column indicator_code');
    expect(e.issues[0]!.message).toMatch(
      /has no "gghed_gdp" measured as domestic general government health expenditure/,
    );
  });

  it('20. a quoted value left open at the end of the file', async () => {
    const dir = kenyaDataDir({
      wpp2024Indicators: (lines) => `${lines.join('\n')}\nKEN,404,"Kenya,2101`,
    });
    const e = await buildError({ iso3: 'KEN', dataDir: dir });
    expect(e.issues[0]!.path).toBe('row 153');
    expect(e.issues[0]!.message).toMatch(/quoted value is not closed/);
  });

  it('21. a year given twice in the IMF file', async () => {
    const dir = kenyaDataDir({
      imfWeo: (lines) => [...lines, lines[lineOf(lines, 'KEN,NGDP,2025,') - 1]].join('\n'),
    });
    const e = await buildError({ iso3: 'KEN', dataDir: dir });
    expect(e.issues[0]!.message).toMatch(
      /^indicator and year NGDP 2025 is given twice: in row \d+ and here$/,
    );
  });

  it('22. a folder where a file should be', async () => {
    const dir = kenyaDataDir();
    const e = await buildError({ iso3: 'KEN', dataDir: dir, files: { wbPoverty: dir } });
    expect(e.message).toBe(`${dir}: is a folder, not a CSV file`);
  });
});

describe('a year or unit the single-age file gets wrong', () => {
  it('refuses single-age counts in thousands where persons are expected', async () => {
    const dir = kenyaDataDir();
    // Indonesia's single ages divided by 1,000, as if in thousands.
    const lines = (await import('../../helpers/country-data')).fileLines(
      'wpp2024Population1JanSingleAge',
      ['IDN'],
    );
    const text = [
      lines[0],
      ...lines.slice(1).map((l) => {
        const f = l.split(',');
        f[5] = String(Number(f[5]) / 1000);
        return f.join(',');
      }),
    ].join('\n');
    const file = join(dir, 'idn-single.csv');
    writeFileSync(file, text);
    const e = await buildError({
      iso3: 'IDN',
      dataDir: dataDir(),
      files: { wpp2024Population1JanSingleAge: file },
    });
    expect(e.source).toBe(file);
    expect(e.issues[0]!.path).toBe('rows for IDN, column pop_both_sexes_persons');
    expect(e.issues[0]!.message).toMatch(
      /the counts must be in persons, and these look like thousands/,
    );
  });
});

describe('progress', () => {
  it('reports each step with a fraction that only grows, ending at 1', async () => {
    const calls: [string, number][] = [];
    await buildCountry({
      iso3: 'KEN',
      dataDir: kenyaDataDir(),
      onProgress: (phase, f) => calls.push([phase, f]),
    });
    const fractions = calls.map(([, f]) => f);
    fractions.forEach((f, i) => expect(f).toBeGreaterThanOrEqual(fractions[i - 1] ?? 0));
    expect(calls[0]).toEqual(['reading wpp2024_demographic_indicators_annual.csv', 0]);
    expect(calls.at(-1)).toEqual(['done', 1]);
    const phases = [...new Set(calls.map(([p]) => p))];
    expect(phases).toContain('reading wpp2019_population_by_5yr_age_sex.csv');
    expect(phases).toContain('reading who_ghed_health_expenditure.csv');
  });
});
