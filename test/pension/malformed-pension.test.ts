import { describe, expect, it } from 'vitest';
import { InputError, runPension, type Issue } from '#engine';
import { fileBenefit, fileScenario, flatCountry } from '../helpers/fixtures';
import { expectIssues, readInline, scenarioIssues } from '../helpers/input-checks';

const scheme = (overrides: Record<string, unknown> = {}) => ({
  contributionRate: 0.1,
  pensionAge: 60,
  accrualRate: 0.015,
  coverage: 0.4,
  ...overrides,
});

const withScheme = (
  overrides: Record<string, unknown> = {},
  scenario: Record<string, unknown> = {},
) => fileScenario([fileBenefit()], { pension: scheme(overrides), ...scenario });

/** The problems runPension finds in a scenario that reads cleanly. */
function pensionIssues(file: unknown): Issue[] {
  const { scenario, country } = readInline(file);
  try {
    runPension(scenario, country);
  } catch (e) {
    if (e instanceof InputError) return [...e.issues];
    throw e;
  }
  throw new Error('expected the pension projection to be refused, but it ran');
}

describe('malformed pension blocks', () => {
  it('give located errors for values out of range', () => {
    expectIssues(scenarioIssues(withScheme({ pensionAge: 30 })), [
      ['pension.pensionAge', 'must be >= 40, found 30'],
    ]);
    expectIssues(
      scenarioIssues(
        withScheme({
          contributionRate: [0.1, 1.2],
          accrualRate: 0.2,
          coverage: 1.5,
          entryAge: 5,
          interestRate: -1,
        }),
      ),
      [
        ['pension.contributionRate[1]', 'must be <= 1, found 1.2'],
        ['pension.entryAge', 'must be >= 10, found 5'],
        ['pension.accrualRate', 'must be <= 0.1, found 0.2'],
        ['pension.coverage', 'must be a rate from 0 to 1, found 1.5'],
        ['pension.interestRate', 'must be > -1, found -1'],
      ],
    );
  });

  it('give located errors for missing, misspelt and inconsistent fields', () => {
    const { pensionAge: _age, ...noAge } = scheme();
    expectIssues(scenarioIssues(fileScenario([], { pension: noAge })), [
      ['pension.pensionAge', 'is required'],
    ]);
    expectIssues(scenarioIssues(withScheme({ acrualRate: 0.02 })), [
      ['pension.acrualRate', 'unknown field; did you mean "accrualRate"?'],
    ]);
    expectIssues(
      scenarioIssues(
        withScheme({
          pensionAge: { female: 40, male: 60 },
          entryAge: 40,
          minimumPension: { basis: 'fixed' },
        }),
      ),
      [
        ['pension.pensionAge', 'must be above entryAge 40'],
        ['pension.minimumPension.amount', 'is required when basis is "fixed"'],
      ],
    );
    expectIssues(scenarioIssues(withScheme({ indexation: 'cpi' })), [
      ['pension.indexation', 'must be "prices", "wages", "none" or a yearly rate'],
    ]);
    expectIssues(
      scenarioIssues(
        withScheme({ earnings: { ageProfile: [[20, 64, -1]] }, density: [[0, 200, 1]] }),
      ),
      [
        ['pension.earnings.ageProfile[0][2]', 'must be >= 0, found -1'],
        ['pension.density[0][1]', 'must be a whole-number age from 0 to 100, found 200'],
      ],
    );
  });

  it('give located errors when the scheme does not fit the country or the years', () => {
    expectIssues(
      pensionIssues(
        withScheme(
          { premium: { toYears: [2024, 2030] }, coverageTarget: { year: 2020, coverage: 0.5 } },
          { country: flatCountry({ rates: { unemployment: 0.1 }, averageWage: undefined }) },
        ),
      ),
      [
        [
          'pension.participation',
          'the country gives no labour force participation (rates.laborForceParticipation)',
        ],
        ['pension.coverageTarget.year', 'must be >= the first year 2025'],
        ['pension.earnings.basis', 'the country gives no average wage (averageWage)'],
        ['pension.premium.toYears[0]', 'must be a year from 2025 to 2030, found 2024'],
      ],
    );
    expectIssues(pensionIssues(withScheme({ initial: { insured: 1e9 } })), [
      ['pension.initial.insured', 'would need coverage above 100%'],
    ]);
    expectIssues(pensionIssues(withScheme({}, { years: [2025, 2035] })), [
      ['years', 'does not cover 2031-2035'],
    ]);
  });

  it('a scenario without a pension block cannot be projected as one', () => {
    expect(pensionIssues(fileScenario([fileBenefit()]))[0]).toEqual({
      path: 'pension',
      message: 'is required: the scenario has no contributory pension scheme',
      code: 'pension.required',
    });
  });
});
