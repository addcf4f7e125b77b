/**
 * Malformed scenario files. Problems in the file itself are found by readScenario ({ok: false, issues},
 * never a throw); problems of the scenario against its country (years the data do not cover, rates or
 * amounts a benefit needs) are found by runScenario, which throws an InputError carrying every issue.
 * Each case names the exact field path and a key phrase of the message.
 *
 * Every case starts from a valid scenario on the flat country (test/helpers/fixtures.ts: base year 2025,
 * population and births 2025-2030, every rate given) and breaks one thing.
 */
import { describe, expect, it } from 'vitest';
import { readScenario, runScenario } from '#engine';
import { fileBenefit, fileScenario, flatCountry, flatRow } from '../helpers/fixtures';
import {
  edit,
  expectIssues,
  readInline,
  REMOVE,
  runIssues,
  scenarioIssues,
} from '../helpers/input-checks';

/** A scenario of one benefit (child 0-14, 25% of the poverty line) with `edits` applied to it. */
const one = (...edits: [string, unknown][]) => edit(fileScenario([fileBenefit()]), ...edits);

const KINDS =
  '"child", "orphan", "maternity", "disability", "oldAge", "unemployment", "health", "custom"';
const OPTIONS =
  '"contributions", "tax", "illicitFlows", "reallocation", "reserves", "borrowing", "macroFramework", "aid"';

type Case = [title: string, input: unknown, expected: [path: string, phrase: string][]];

const readCases: Case[] = [
  // --- the file ---
  ['a list', [], [['', 'must be a JSON object with "format": "spf.scenario/1"']]],
  ['a string', 'child benefit', [['', 'must be a JSON object with "format": "spf.scenario/1"']]],
  ['null', null, [['', 'must be a JSON object with "format": "spf.scenario/1"']]],
  [
    'a newer version of the format',
    one(['format', 'spf.scenario/2']),
    [['format', '"spf.scenario/2" is a newer version than this app reads ("spf.scenario/1")']],
  ],
  [
    'a country file given as a scenario',
    flatCountry(),
    [['format', 'must be "spf.scenario/1", found "spf.country/1"']],
  ],
  ['no name', one(['name', REMOVE]), [['name', 'is required']]],
  // --- years ---
  [
    'years reversed',
    one(['years', [2030, 2025]]),
    [['years[1]', 'must be >= the first year 2030']],
  ],
  [
    'years with one element',
    one(['years', [2025]]),
    [['years', 'must be [firstYear, lastYear], e.g. [2025, 2040]']],
  ],
  // --- kind, basis and amount ---
  [
    'an unknown kind',
    one(['benefits[0].kind', 'pension']),
    [['benefits[0].kind', `must be one of ${KINDS}, found "pension"`]],
  ],
  [
    'a kind with the wrong case',
    one(['benefits[0].kind', 'Child']),
    [['benefits[0].kind', 'found "Child"; did you mean "child"?']],
  ],
  [
    'an unknown basis',
    one(['benefits[0].benefit.basis', 'wage']),
    [
      [
        'benefits[0].benefit.basis',
        'must be one of "povertyLine", "gdpPerCapita", "minimumWage", "averageWage", "fixed", found "wage"',
      ],
    ],
  ],
  [
    'fixed basis without an amount',
    one(['benefits[0].benefit', { basis: 'fixed' }]),
    [
      [
        'benefits[0].benefit.amount',
        'is required when basis is "fixed" (LCU per month at base-year prices)',
      ],
    ],
  ],
  [
    'fixed basis with share 0.5',
    one(['benefits[0].benefit', { basis: 'fixed', amount: 500, share: 0.5 }]),
    [
      [
        'benefits[0].benefit.share',
        'must be 1 or left out when basis is "fixed": put the whole amount in "amount"',
      ],
    ],
  ],
  [
    'an amount with the poverty-line basis',
    one(['benefits[0].benefit.amount', 500]),
    [
      [
        'benefits[0].benefit.amount',
        'is only used with basis "fixed"; with basis "povertyLine" give "share" instead',
      ],
    ],
  ],
  [
    'months 0',
    one(['benefits[0].benefit.months', 0]),
    [['benefits[0].benefit.months', 'must be > 0, found 0']],
  ],
  [
    'health care paid for 4 months',
    one(
      ['benefits[0].kind', 'health'],
      ['benefits[0].benefit', { basis: 'gdpPerCapita', share: 0.05, months: 4 }],
    ),
    [
      [
        'benefits[0].benefit.months',
        'must be 12 (or left out): essential health care is in kind and costed per year',
      ],
    ],
  ],
  [
    'a negative share',
    one(['benefits[0].benefit.share', -0.25]),
    [['benefits[0].benefit.share', 'must be >= 0, found -0.25']],
  ],
  [
    'an unknown indexation',
    one(['benefits[0].benefit.indexation', 'gdp']),
    [
      [
        'benefits[0].benefit.indexation',
        'must be one of "basis", "prices", "wages", "none", found "gdp"',
      ],
    ],
  ],
  [
    'a non-wage cost rate on a child benefit',
    one(['benefits[0].benefit.nonWageCostRate', 0.2]),
    [
      [
        'benefits[0].benefit.nonWageCostRate',
        'is only used by unemployment / employment guarantee and custom benefits',
      ],
    ],
  ],
  // --- who is eligible ---
  [
    'ages [20, 10]',
    one(['benefits[0].ages', [20, 10]]),
    [['benefits[0].ages[1]', 'must be >= fromAge 20']],
  ],
  [
    'age 101',
    one(['benefits[0].ages', [0, 101]]),
    [['benefits[0].ages[1]', 'must be <= 100, found 101']],
  ],
  [
    'sex "women"',
    one(['benefits[0].sex', 'women']),
    [['benefits[0].sex', 'must be one of "all", "female", "male", found "women"']],
  ],
  [
    'targeting "rich"',
    one(['benefits[0].eligibility.targeting', 'rich']),
    [
      [
        'benefits[0].eligibility.targeting',
        'must be null (universal), "poverty" (the poverty headcount) or a share from 0 to 1',
      ],
    ],
  ],
  [
    'exclusion error 1.5',
    one(['benefits[0].eligibility.exclusionError', 1.5]),
    [['benefits[0].eligibility.exclusionError', 'must be <= 1, found 1.5']],
  ],
  [
    'an unknown prevalence',
    one(['benefits[0].eligibility.prevalence', 'blindness']),
    [
      [
        'benefits[0].eligibility.prevalence',
        'must be one of "disability", "orphanhood", "unemployment", "healthUncovered", found "blindness"',
      ],
    ],
  ],
  // --- coverage and administration ---
  [
    'coverage.fullYear before startYear in the third benefit',
    fileScenario([
      fileBenefit({ id: 'a' }),
      fileBenefit({ id: 'b' }),
      fileBenefit({ id: 'c', coverage: { startYear: 2027, start: 0.5, fullYear: 2026, full: 1 } }),
    ]),
    [['benefits[2].coverage.fullYear', 'must be >= startYear 2027']],
  ],
  [
    'coverage.start above 1',
    one(['benefits[0].coverage.start', 1.5]),
    [['benefits[0].coverage.start', 'must be <= 1, found 1.5']],
  ],
  [
    'an administration rate written as a percentage',
    one(['benefits[0].adminRate', 5]),
    [
      [
        'benefits[0].adminRate',
        'must be <= 1, found 5; rates and shares are fractions: write 5% as 0.05',
      ],
    ],
  ],
  [
    'a coverage ramp without its start year',
    one(['benefits[0].coverage.startYear', REMOVE]),
    [['benefits[0].coverage.startYear', 'is required']],
  ],
  // --- ids and structure ---
  [
    'duplicate ids',
    fileScenario([fileBenefit({ id: 'x' }), fileBenefit({ id: 'x' })]),
    [['benefits[1].id', '"x" is already used by benefits[0]']],
  ],
  [
    'an id with a space',
    one(['benefits[0].id', 'child benefit']),
    [['benefits[0].id', 'must be 1 to 40 letters, digits, ".", "-" or "_"']],
  ],
  [
    'a benefit that is null',
    one(['benefits[0]', null]),
    [['benefits[0]', 'must be an object, found null']],
  ],
  [
    'benefits that are not a list',
    one(['benefits', { child: fileBenefit() }]),
    [['benefits', 'must be a list, found an object']],
  ],
  [
    'a misspelt benefit field',
    one(['benefits[0].adminRat', 0.05]),
    [['benefits[0].adminRat', 'unknown field; did you mean "adminRate"?']],
  ],
  // --- formulas ---
  [
    'a formula on a non-custom benefit',
    one(['benefits[0].formula', { eligible: 'pop(0, 14)' }]),
    [['benefits[0].formula', 'is only allowed for benefits of kind "custom"']],
  ],
  [
    'a custom formula with neither part',
    one(['benefits[0].kind', 'custom'], ['benefits[0].formula', {}]),
    [['benefits[0].formula', 'must give "eligible", "perBeneficiary" or both']],
  ],
  // --- financing and assumptions ---
  [
    'an unknown financing option close to a known one',
    one(['financing', [{ option: 'taxes', startYear: 2026, fullYear: 2027, full: 0.01 }]]),
    [['financing[0].option', `must be one of ${OPTIONS}, found "taxes"; did you mean "tax"?`]],
  ],
  [
    'financing fullYear before startYear',
    one(['financing', [{ option: 'tax', startYear: 2028, fullYear: 2027, full: 0.01 }]]),
    [['financing[0].fullYear', 'must be >= startYear 2028']],
  ],
  [
    'financing without its full value',
    one(['financing', [{ option: 'aid', startYear: 2026, fullYear: 2027 }]]),
    [['financing[0].full', 'is required']],
  ],
  [
    'inflation of -2',
    one(['assumptions', { inflation: -2 }]),
    [['assumptions.inflation', 'must be > -1 and <= 10, found -2']],
  ],
  [
    'one bad year in an inflation path',
    one(['assumptions', { inflation: [0.03, 0.04, -2] }]),
    [['assumptions.inflation[2]', 'must be > -1 and <= 10, found -2']],
  ],
  [
    'inflation as a word',
    one(['assumptions', { inflation: 'high' }]),
    [
      [
        'assumptions.inflation',
        'must be a number, or a list of numbers for the years after the base year',
      ],
    ],
  ],
  [
    // Up to 200% of GDP, as the country format allows (Kiribati spends 107%); 250% is refused.
    'expenditure of 250% of GDP',
    one(['assumptions', { expenditurePctGdp: 2.5 }]),
    [['assumptions.expenditurePctGdp', '<= 2, found 2.5']],
  ],
  // --- an inline country: its problems are located under "country." ---
  [
    'an inline country with a negative population',
    one(['country.population.female[3][47]', -1]),
    [['country.population.female[3][47]', 'must be >= 0, found -1']],
  ],
  [
    'an inline country of a newer version',
    one(['country.format', 'spf.country/2']),
    [['country.format', '"spf.country/2" is a newer version than this app reads']],
  ],
  [
    'an inline country with a misspelt field',
    one(['country.povertyLien', 12000], ['country.povertyLine', REMOVE]),
    [['country.povertyLien', 'unknown field; did you mean "povertyLine"?']],
  ],
  [
    'an inline country with overlapping bands',
    one(['country.rates.disability[1]', [10, 64, 0.02]]),
    [['country.rates.disability[1]', 'overlaps band [0] at age 10']],
  ],
  [
    'an inline country missing the base year in its macro years',
    one([
      'country.macro',
      {
        years: [2026],
        gdp: [1e9],
        realGrowth: [0.03],
        inflation: [0.05],
        revenuePctGdp: [0.2],
        expenditurePctGdp: [0.25],
        fxPerUsd: [100],
      },
    ]),
    [['country.macro.years', 'must include the base year 2025']],
  ],
  [
    'a country that is a list',
    one(['country', [flatCountry()]]),
    [['country', 'must be a country code such as "XTA", or a whole spf.country/1 object']],
  ],
];

describe('malformed scenario files (readScenario)', () => {
  it('covers at least 20 distinct problems', () => {
    expect(readCases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(readCases)('%s', (_title, input, expected) => {
    expectIssues(scenarioIssues(input), expected);
  });

  it('reads a government spending 107% of its GDP (Kiribati, IMF WEO 2025)', () => {
    expect(readScenario(one(['assumptions', { expenditurePctGdp: 1.07 }])).ok).toBe(true);
  });

  it('makes no suggestion for an option that is not close to a known one', () => {
    const [message] = expectIssues(
      scenarioIssues(
        one(['financing', [{ option: 'lottery', startYear: 2026, fullYear: 2027, full: 0.01 }]]),
      ),
      [['financing[0].option', `must be one of ${OPTIONS}, found "lottery"`]],
    );
    expect(message).not.toContain('did you mean');
  });

  it('reports shape errors, the checks between fields and the inline country all at once', () => {
    const issues = scenarioIssues(
      edit(
        fileScenario(
          [
            fileBenefit({ id: 'a', ages: [20, 10] }),
            fileBenefit({ id: 'b' }),
            fileBenefit({ id: 'c', adminRate: 2 }),
          ],
          { financing: [{ option: 'tax', startYear: 2028, fullYear: 2027, full: 0.01 }] },
        ),
        ['country.rates.poverty', 1.5],
      ),
    );
    // Defect 16: a shape error no longer hides the other faults. Benefits and financing entries that
    // parse on their own are still checked across fields, and the inline country is read.
    expectIssues(issues, [
      ['benefits[2].adminRate', 'must be <= 1, found 2'],
      ['benefits[0].ages[1]', 'must be >= fromAge 20'],
      ['financing[0].fullYear', 'must be >= startYear 2028'],
      ['country.rates.poverty', 'must be a rate from 0 to 1, found 1.5'],
    ]);
    // With the shape right, the checks between fields and the inline country's problems come together,
    // in the order of the file.
    const second = scenarioIssues(
      edit(
        fileScenario([fileBenefit({ id: 'a', ages: [20, 10] }), fileBenefit({ id: 'a' })], {
          financing: [{ option: 'tax', startYear: 2028, fullYear: 2027, full: 0.01 }],
        }),
        ['country.rates.poverty', 1.5],
      ),
    );
    expectIssues(second, [
      ['benefits[0].ages[1]', 'must be >= fromAge 20'],
      ['benefits[1].id', '"a" is already used by benefits[0]'],
      ['financing[0].fullYear', 'must be >= startYear 2028'],
      ['country.rates.poverty', 'must be a rate from 0 to 1, found 1.5'],
    ]);
  });
});

/** A flat country with `edits`, inline in a scenario of `benefits` over `years`. */
function onCountry(
  benefits: Record<string, unknown>[],
  countryEdits: [string, unknown][],
  years: [number, number] = [2025, 2030],
) {
  return fileScenario(benefits, { country: edit(flatCountry(), ...countryEdits), years });
}

const maternity = (overrides: Record<string, unknown> = {}) =>
  fileBenefit({
    id: 'mat',
    kind: 'maternity',
    ages: [15, 49],
    sex: 'female',
    benefit: { basis: 'povertyLine', share: 1, months: 4 },
    ...overrides,
  });

const runCases: Case[] = [
  [
    'scenario years beyond the population',
    // The population covers 2025-2030; the scenario runs to 2035.
    onCountry([fileBenefit()], [], [2025, 2035]),
    [['years', 'the population of XFL covers 2025-2030, so 2031-2035 cannot be costed']],
  ],
  [
    'scenario years before the base year',
    onCountry([fileBenefit()], [], [2023, 2030]),
    [['years[0]', "must be >= the country's base year 2025"]],
  ],
  [
    'a maternity benefit without births for some years',
    // Births 2025-2027 only.
    onCountry(
      [maternity()],
      [['births', { years: [2025, 2026, 2027], values: [5000, 5000, 5000] }]],
    ),
    [
      [
        'benefits[0].kind',
        "a maternity benefit counts births, but the country's births do not cover 2028-2030; births are never extrapolated",
      ],
    ],
  ],
  [
    'a maternity benefit on a country with no births at all',
    onCountry([maternity()], [['births', REMOVE]]),
    [['benefits[0].kind', "the country's births do not cover 2025-2030"]],
  ],
  [
    'poverty targeting with no poverty headcount',
    onCountry(
      [fileBenefit({ eligibility: { targeting: 'poverty' } })],
      [['rates.poverty', REMOVE]],
    ),
    [
      [
        'benefits[0].eligibility.targeting',
        'targets the poor, but the country gives no poverty headcount (rates.poverty)',
      ],
    ],
  ],
  [
    'a pension test with no contributory pension coverage',
    onCountry(
      [fileBenefit({ kind: 'oldAge', ages: [65, 100], eligibility: { pensionTested: true } })],
      [['rates.pensionCoverage', REMOVE]],
    ),
    [
      [
        'benefits[0].eligibility.pensionTested',
        'is pension-tested, but the country gives no contributory pension coverage (rates.pensionCoverage)',
      ],
    ],
  ],
  [
    'a minimum-wage basis with no minimum wage',
    onCountry(
      [fileBenefit({ benefit: { basis: 'minimumWage', share: 0.5 } })],
      [['minimumWage', REMOVE]],
    ),
    [['benefits[0].benefit.basis', 'the country gives no minimum wage (minimumWage)']],
  ],
  [
    'an average-wage basis with no average wage',
    onCountry(
      [fileBenefit({ benefit: { basis: 'averageWage', share: 0.5 } })],
      [['averageWage', REMOVE]],
    ),
    [['benefits[0].benefit.basis', 'the country gives no average wage (averageWage)']],
  ],
  [
    'a poverty-line basis with no poverty line',
    onCountry([fileBenefit()], [['povertyLine', REMOVE]]),
    [['benefits[0].benefit.basis', 'the country gives no poverty line (povertyLine)']],
  ],
  [
    'a disability benefit with no disability prevalence',
    onCountry(
      [fileBenefit({ kind: 'disability', ages: [15, 64] })],
      [['rates.disability', REMOVE]],
    ),
    [
      [
        'benefits[0].eligibility.prevalence',
        'the country gives no severe disability prevalence (rates.disability)',
      ],
    ],
  ],
];

describe('scenarios that do not fit their country (runScenario)', () => {
  it.each(runCases)('%s', (_title, input, expected) => {
    expectIssues(runIssues(input), expected);
  });

  it('names the base year when the population lacks it', () => {
    // Population 2026-2031 while the base year is 2025: GDP per capita cannot start.
    const years = [2026, 2027, 2028, 2029, 2030, 2031];
    const issues = runIssues(
      onCountry([fileBenefit()], [['population.years', years]], [2026, 2030]),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toMatch(/population\.years$/);
    expect(issues[0]!.message).toContain('must include the base year 2025');
    expect(issues[0]!.message).toContain('the population covers 2026-2031');
  });

  it('reports every problem of every benefit at once, each at its own index', () => {
    const issues = runIssues(
      onCountry(
        [
          fileBenefit({ id: 'ok' }),
          fileBenefit({ id: 'poor', eligibility: { targeting: 'poverty' } }),
          fileBenefit({ id: 'wage', benefit: { basis: 'minimumWage', share: 1 } }),
          fileBenefit({ id: 'f', kind: 'custom', formula: { eligible: 'cos(1)' } }),
        ],
        [
          ['rates.poverty', REMOVE],
          ['minimumWage', REMOVE],
        ],
        [2025, 2032],
      ),
    );
    expectIssues(issues, [
      ['years', '2031-2032 cannot be costed'],
      ['benefits[1].eligibility.targeting', 'gives no poverty headcount'],
      ['benefits[2].benefit.basis', 'gives no minimum wage'],
      ['benefits[3].formula.eligible', 'unknown function "cos"'],
    ]);
  });

  it('only warns when a health benefit has no health coverage rate: everyone counts as uncovered', () => {
    const { scenario, country } = readInline(
      onCountry(
        [fileBenefit({ kind: 'health', ages: [0, 100], benefit: { basis: 'fixed', amount: 10 } })],
        [['rates.healthCoverage', REMOVE]],
      ),
    );
    const r = runScenario(scenario, country);
    expect(r.warnings).toContain(
      'benefits[0].eligibility.prevalence: the country gives no health coverage (rates.healthCoverage): everyone counts as uncovered',
    );
    // 202,000 persons, all uncovered, x 10 LCU a month x 12 = 24,240,000 in 2025.
    expect(r.benefits[0]!.cost[0]).toBeCloseTo(24_240_000, 4);
  });

  it('does not extrapolate a population that is short by a single year', () => {
    const short = edit(
      flatCountry(),
      ['population.years', [2025, 2026, 2027, 2028, 2029]],
      ['population.female', [1, 2, 3, 4, 5].map(() => flatRow())],
      ['population.male', [1, 2, 3, 4, 5].map(() => flatRow())],
    );
    expectIssues(runIssues(fileScenario([fileBenefit()], { country: short })), [
      ['years', 'covers 2025-2029, so 2030 cannot be costed'],
    ]);
  });
});
