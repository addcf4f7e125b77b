/**
 * Malformed country files: each is refused with {ok: false, issues}, never a throw, and each problem is
 * named by its exact field path and a plain message (formats.md: "Errors name the field and the
 * position, never just 'invalid file'").
 *
 * Every case starts from the valid "flat" country (test/helpers/fixtures.ts: base year 2025, population
 * years 2025-2030, macro years [2025] only) and breaks one thing.
 */
import { describe, expect, it } from 'vitest';
import { readCountry } from '#engine';
import { flatCountry, flatRow } from '../helpers/fixtures';
import { countryIssues, edit, expectIssues, REMOVE } from '../helpers/input-checks';

const macro = (years: number[], overrides: Record<string, unknown> = {}) => ({
  years,
  gdp: years.map(() => 1e9),
  realGrowth: years.map(() => 0.03),
  inflation: years.map(() => 0.05),
  revenuePctGdp: years.map(() => 0.2),
  expenditurePctGdp: years.map(() => 0.25),
  fxPerUsd: years.map(() => 100),
  ...overrides,
});

type Case = [title: string, input: unknown, expected: [path: string, phrase: string][]];

const cases: Case[] = [
  // --- the format line ---
  [
    'a scenario file given as a country',
    edit(flatCountry(), ['format', 'spf.scenario/1']),
    [['format', 'must be "spf.country/1", found "spf.scenario/1"']],
  ],
  [
    'a newer version of the format',
    edit(flatCountry(), ['format', 'spf.country/2']),
    [
      [
        'format',
        '"spf.country/2" is a newer version than this app reads ("spf.country/1"); update SPF Costing Studio',
      ],
    ],
  ],
  [
    'version 0 is not "newer"',
    edit(flatCountry(), ['format', 'spf.country/0']),
    [['format', 'must be "spf.country/1", found "spf.country/0"']],
  ],
  [
    'no format line',
    edit(flatCountry(), ['format', REMOVE]),
    [['format', 'is required: "spf.country/1"']],
  ],
  // --- not an object at all: the path is the whole file ---
  ['a list', [flatCountry()], [['', 'must be a JSON object with "format": "spf.country/1"']]],
  ['a string', 'XFL', [['', 'must be a JSON object with "format": "spf.country/1"']]],
  ['null', null, [['', 'must be a JSON object with "format": "spf.country/1"']]],
  ['a number', 42, [['', 'must be a JSON object with "format": "spf.country/1"']]],
  // --- identity and base year ---
  ['missing code', edit(flatCountry(), ['code', REMOVE]), [['code', 'is required']]],
  [
    'a code of one letter',
    edit(flatCountry(), ['code', 'K']),
    [['code', 'must be 2 to 16 letters, digits, "-" or "_" (an ISO3 code such as "KEN")']],
  ],
  [
    'the base year as text',
    edit(flatCountry(), ['baseYear', '2025']),
    [['baseYear', 'must be a number, found "2025"']],
  ],
  [
    'a fractional base year',
    edit(flatCountry(), ['baseYear', 2025.5]),
    [['baseYear', 'must be a whole number, found 2025.5']],
  ],
  // --- population ---
  ['no population', edit(flatCountry(), ['population', REMOVE]), [['population', 'is required']]],
  [
    'a population row with 100 numbers',
    edit(flatCountry(), ['population.female[3]', flatRow().slice(0, 100)]),
    [['population.female[3]', 'must have 101 numbers (ages 0 to 99 and 100+), found 100']],
  ],
  [
    'a negative population',
    edit(flatCountry(), ['population.female[3][47]', -1]),
    [['population.female[3][47]', 'must be >= 0, found -1']],
  ],
  [
    'text in a number',
    edit(flatCountry(), ['population.male[0][5]', 'many']),
    [['population.male[0][5]', 'must be a number, found "many"']],
  ],
  [
    'a NaN-like string',
    edit(flatCountry(), ['population.male[2][100]', 'NaN']),
    [['population.male[2][100]', 'must be a number, found "NaN"']],
  ],
  [
    'an empty cell (null, as a spreadsheet export writes it)',
    edit(flatCountry(), ['population.female[0][0]', null]),
    [['population.female[0][0]', 'must be a number, found null']],
  ],
  [
    'a row that is a number, not a list',
    edit(flatCountry(), ['population.male[1]', 1000]),
    [['population.male[1]', 'must be a list of 101 numbers']],
  ],
  [
    'years not consecutive',
    // 2025, 2026, then 2028: the first gap is at index 2.
    edit(flatCountry(), ['population.years', [2025, 2026, 2028, 2029, 2030, 2031]]),
    [['population.years[2]', 'years must be consecutive: expected 2027, found 2028']],
  ],
  [
    'fewer female rows than years',
    // 6 years, 4 rows.
    edit(flatCountry(), ['population.female', [flatRow(), flatRow(), flatRow(), flatRow()]]),
    [['population.female', 'must have one row of 101 numbers per year (6), found 4']],
  ],
  // --- births ---
  [
    'births values not aligned with years',
    // 6 years 2025-2030, 5 values.
    edit(flatCountry(), ['births.values', [5000, 5000, 5000, 5000, 5000]]),
    [['births.values', 'must have one value per year (6), found 5']],
  ],
  // --- macro ---
  [
    'a macro series shorter than the macro years',
    edit(flatCountry(), ['macro', macro([2025, 2026], { gdp: [1e9] })]),
    [['macro.gdp', 'must have one value per year (2), found 1']],
  ],
  [
    'macro years lacking the base year',
    edit(flatCountry(), ['macro', macro([2026, 2027])]),
    [['macro.years', 'must include the base year 2025']],
  ],
  [
    'GDP of zero',
    edit(flatCountry(), ['macro.gdp[0]', 0]),
    [['macro.gdp[0]', 'must be > 0, found 0']],
  ],
  [
    'inflation of -100%',
    edit(flatCountry(), ['macro.inflation[0]', -1]),
    [['macro.inflation[0]', 'must be > -1, found -1']],
  ],
  [
    'revenue written as a percentage',
    edit(flatCountry(), ['macro.revenuePctGdp[0]', 20]),
    [
      [
        'macro.revenuePctGdp[0]',
        // At most 2 (200% of GDP) since issue 13: Kiribati spends over 100% of its GDP.
        'must be <= 2, found 20; rates and shares are fractions: write 20% as 0.2',
      ],
    ],
  ],
  [
    'a missing macro series',
    edit(flatCountry(), ['macro.fxPerUsd', REMOVE]),
    [['macro.fxPerUsd', 'is required']],
  ],
  [
    'a negative poverty line',
    edit(flatCountry(), ['povertyLine', -5]),
    [['povertyLine', 'must be > 0, found -5']],
  ],
  // --- rates by age ---
  [
    'a rate band with toAge < fromAge',
    edit(flatCountry(), ['rates.disability[1]', [64, 15, 0.02]]),
    [['rates.disability[1][1]', 'must be >= fromAge 64']],
  ],
  [
    'overlapping rate bands',
    // [0, 14] then [10, 64]: ages 10..14 are in both.
    edit(flatCountry(), ['rates.disability[1]', [10, 64, 0.02]]),
    [['rates.disability[1]', 'overlaps band [0] at age 10']],
  ],
  [
    'a rate above 1',
    edit(flatCountry(), ['rates.poverty', 1.5]),
    [['rates.poverty', 'must be a rate from 0 to 1, found 1.5']],
  ],
  [
    'a rate written as a percentage',
    edit(flatCountry(), ['rates.poverty', 40]),
    [['rates.poverty', 'found 40; rates and shares are fractions: write 40% as 0.4']],
  ],
  [
    'a band rate above 1',
    edit(flatCountry(), ['rates.orphanhood[0][2]', 5]),
    [['rates.orphanhood[0][2]', 'must be a rate from 0 to 1, found 5']],
  ],
  [
    'a band age of 101',
    edit(flatCountry(), ['rates.disability[2][1]', 101]),
    [['rates.disability[2][1]', 'must be a whole-number age from 0 to 100, found 101']],
  ],
  [
    'a band of two numbers',
    edit(flatCountry(), ['rates.orphanhood[0]', [0, 17]]),
    [['rates.orphanhood[0]', 'must be a band [fromAge, toAge, rate]']],
  ],
  [
    'a list of rates by age with 50 numbers',
    edit(flatCountry(), ['rates.poverty', new Array<number>(50).fill(0.4)]),
    [
      [
        'rates.poverty',
        'a list of rates by single age must have 101 numbers (ages 0 to 99 and 100+), found 50',
      ],
    ],
  ],
  [
    'one bad age in a list of 101 rates',
    edit(
      flatCountry(),
      ['rates.poverty', new Array<number>(101).fill(0.4)],
      ['rates.poverty[7]', -0.1],
    ),
    [['rates.poverty[7]', 'must be a rate from 0 to 1, found -0.1']],
  ],
  [
    'a rate as a word',
    edit(flatCountry(), ['rates.poverty', 'high']),
    [
      [
        'rates.poverty',
        'must be a rate from 0 to 1, a list of 101 rates (ages 0 to 99 and 100+), or a list of [fromAge, toAge, rate] bands',
      ],
    ],
  ],
  [
    'a rate split by sex missing "male"',
    edit(flatCountry(), ['rates.laborForceParticipation', { female: [[15, 64, 0.5]] }]),
    [['rates.laborForceParticipation.male', 'is required']],
  ],
  [
    'a rate split by sex with a third key',
    edit(flatCountry(), ['rates.laborForceParticipation.men', 0.8]),
    [
      [
        'rates.laborForceParticipation.men',
        'unknown field: a rate split by sex has only "female" and "male"',
      ],
    ],
  ],
  [
    'a bad band inside a rate split by sex',
    edit(flatCountry(), ['rates.laborForceParticipation.female[0][2]', 1.5]),
    [['rates.laborForceParticipation.female[0][2]', 'must be a rate from 0 to 1, found 1.5']],
  ],
  [
    'a misspelt rate name',
    edit(flatCountry(), ['rates.povrety', 0.4], ['rates.poverty', REMOVE]),
    [['rates.povrety', 'unknown field; did you mean "poverty"?']],
  ],
  [
    'a misspelt top-level field',
    edit(flatCountry(), ['povertyLien', 12000]),
    [['povertyLien', 'unknown field; did you mean "povertyLine"?']],
  ],
  [
    'current spending written as a percentage',
    edit(flatCountry(), ['spendingPctGdp.children', 2]),
    [
      [
        'spendingPctGdp.children',
        'must be <= 1, found 2; rates and shares are fractions: write 2% as 0.02',
      ],
    ],
  ],
  // --- sources ---
  [
    'a sources entry without "source"',
    edit(flatCountry(), ['sources[0]', { field: 'population' }]),
    [['sources[0].source', 'is required']],
  ],
  [
    'sources that are not a list',
    edit(flatCountry(), ['sources', 'UN WPP 2024']),
    [['sources', 'must be a list, found "UN WPP 2024"']],
  ],
];

describe('malformed country files', () => {
  it('covers at least 20 distinct problems', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('%s', (_title, input, expected) => {
    expectIssues(countryIssues(input), expected);
  });

  it('reports every problem of a file at once, not only the first', () => {
    const issues = countryIssues(
      edit(flatCountry(), ['code', 'K'], ['population.female[3][47]', -1], ['rates.poverty', 1.5]),
    );
    expect(issues.map((i) => i.path).sort()).toEqual([
      'code',
      'population.female[3][47]',
      'rates.poverty',
    ]);
  });

  it('locates the problems of a country inside a scenario under the prefix it is given', () => {
    const r = readCountry(edit(flatCountry(), ['population.female[3][47]', -1]), ['country']);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expectIssues(r.issues, [['country.population.female[3][47]', 'must be >= 0, found -1']]);
  });

  it('never changes the file it was given', () => {
    const input = edit(flatCountry(), ['colour', 'blue'], ['rates.poverty', 1.5]);
    const before = structuredClone(input);
    countryIssues(input);
    expect(input).toEqual(before);
  });
});
