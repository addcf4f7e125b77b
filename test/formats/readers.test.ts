/**
 * The readers on valid files: values come through unchanged, defaults are filled in by kind, unknown
 * fields give warnings (and are dropped), a misspelt known field is an error with a suggestion, and the
 * format line decides which files are read.
 */
import { describe, expect, it } from 'vitest';
import { readCountry, readScenario, type BenefitSpec } from '#engine';
import { fileBenefit, fileScenario, flatCountry, flatRow } from '../helpers/fixtures';
import {
  countryIssues,
  edit,
  expectIssues,
  readInline,
  REMOVE,
  scenarioIssues,
} from '../helpers/input-checks';

/** A benefit written with only the fields a file must give. */
const minimal = (kind: string, extra: Record<string, unknown> = {}) => ({
  id: kind,
  kind,
  benefit: { basis: 'povertyLine' },
  coverage: { startYear: 2026, fullYear: 2028 },
  ...extra,
});

function readBenefit(b: Record<string, unknown>): BenefitSpec {
  const { scenario } = readInline(fileScenario([b]));
  expect(scenario.benefits).toHaveLength(1);
  return scenario.benefits[0]!;
}

describe('valid country files', () => {
  it('reads the flat country with no issue and no warning, every value unchanged', () => {
    const input = flatCountry();
    const r = readCountry(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    expect(r.value).toEqual(input);
    expect(r.value.population.female[3]![47]).toBe(1000);
    expect(r.value.rates?.disability).toEqual([
      [0, 14, 0.01],
      [15, 64, 0.02],
      [65, 100, 0.1],
    ]);
  });

  it('accepts every form of a rate by age: a number, 101 numbers, bands, split by sex', () => {
    const byAge = Array.from({ length: 101 }, (_, a) => (a < 18 ? 0.05 : 0));
    const r = readCountry(
      edit(
        flatCountry(),
        ['rates.orphanhood', byAge],
        ['rates.poverty', { female: 0.45, male: [[0, 100, 0.35]] }],
      ),
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.rates?.orphanhood).toEqual(byAge);
      expect(r.value.rates?.poverty).toEqual({ female: 0.45, male: [[0, 100, 0.35]] });
    }
  });

  it('warns, without refusing, when the population looks like thousands', () => {
    // 1 "person" at each age and sex: 2 x 101 = 202 in 2025.
    const years = [2025, 2026, 2027, 2028, 2029, 2030];
    const r = readCountry(
      edit(
        flatCountry(),
        ['population.female', years.map(() => flatRow(1))],
        ['population.male', years.map(() => flatRow(1))],
      ),
    );
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([
      {
        path: 'population',
        message:
          'the total for 2025 is only 202 persons: population must be in persons, not thousands',
        code: 'country.populationInThousands',
        params: { year: 2025, total: 202 },
      },
    ]);
  });
});

describe('valid scenario files: defaults filled in', () => {
  it('fills a minimal child benefit with the child defaults', () => {
    expect(readBenefit(minimal('child'))).toEqual({
      id: 'child',
      kind: 'child',
      label: 'Child benefit',
      enabled: true,
      ages: [0, 14],
      sex: 'all',
      eligibility: {
        targeting: null,
        exclusionError: 0,
        pensionTested: false,
        prevalence: null,
        share: 1,
      },
      benefit: {
        basis: 'povertyLine',
        share: 1,
        amount: 0,
        months: 12,
        indexation: 'basis',
        nonWageCostRate: 0,
      },
      // No start or full: coverage is full (1) from the start year.
      coverage: { startYear: 2026, start: 1, fullYear: 2028, full: 1 },
      adminRate: 0,
      formula: null,
      function: 'children',
    });
  });

  it('uses the kind to choose ages, months, prevalence and the spending function', () => {
    const pick = (b: BenefitSpec) => ({
      ages: b.ages,
      months: b.benefit.months,
      prevalence: b.eligibility.prevalence,
      function: b.function,
      label: b.label,
    });
    expect(pick(readBenefit(minimal('orphan')))).toEqual({
      ages: [0, 17],
      months: 12,
      prevalence: 'orphanhood',
      function: 'children',
      label: 'Orphan benefit',
    });
    expect(pick(readBenefit(minimal('maternity')))).toEqual({
      ages: [15, 49],
      months: 4,
      prevalence: null,
      function: 'maternity',
      label: 'Maternity benefit',
    });
    expect(pick(readBenefit(minimal('disability')))).toEqual({
      ages: [15, 64],
      months: 12,
      prevalence: 'disability',
      function: 'disability',
      label: 'Disability benefit',
    });
    expect(pick(readBenefit(minimal('oldAge')))).toEqual({
      ages: [65, 100],
      months: 12,
      prevalence: null,
      function: 'oldAge',
      label: 'Old-age pension',
    });
    expect(pick(readBenefit(minimal('unemployment')))).toEqual({
      ages: [15, 64],
      months: 12,
      prevalence: 'unemployment',
      function: 'unemployment',
      label: 'Unemployment benefit / employment guarantee',
    });
    expect(pick(readBenefit(minimal('health')))).toEqual({
      ages: [0, 100],
      months: 12,
      prevalence: 'healthUncovered',
      function: 'health',
      label: 'Essential health care',
    });
    expect(pick(readBenefit(minimal('custom')))).toEqual({
      ages: [0, 100],
      months: 12,
      prevalence: null,
      function: null,
      label: 'Custom benefit',
    });
  });

  it('covers everyone eligible from the first scenario year when a benefit gives no coverage', () => {
    const { coverage: _none, ...rest } = fileBenefit();
    const r = readScenario(fileScenario([rest], { years: [2027, 2030] }));
    expect(r.ok && r.value.benefits[0]!.coverage).toEqual({
      startYear: 2027,
      start: 1,
      fullYear: 2027,
      full: 1,
    });
  });

  it('always pays maternity benefits to women, whatever sex the file gives', () => {
    expect(readBenefit(minimal('maternity', { sex: 'all' })).sex).toBe('female');
  });

  it('keeps the values a file gives over the defaults', () => {
    const b = readBenefit(
      minimal('disability', {
        label: 'Disability grant',
        ages: [18, 59],
        sex: 'male',
        enabled: false,
        eligibility: {
          targeting: 0.6,
          exclusionError: 0.1,
          prevalence: 'unemployment',
          share: 0.9,
        },
        benefit: { basis: 'fixed', amount: 800, months: 10, indexation: 'wages' },
        coverage: { startYear: 2026, start: 0.3, fullYear: 2029, full: 0.9 },
        adminRate: 0.04,
        function: 'oldAge',
      }),
    );
    expect(b).toMatchObject({
      label: 'Disability grant',
      ages: [18, 59],
      sex: 'male',
      enabled: false,
      eligibility: {
        targeting: 0.6,
        exclusionError: 0.1,
        pensionTested: false,
        prevalence: 'unemployment',
        share: 0.9,
      },
      benefit: { basis: 'fixed', share: 1, amount: 800, months: 10, indexation: 'wages' },
      coverage: { startYear: 2026, start: 0.3, fullYear: 2029, full: 0.9 },
      adminRate: 0.04,
      function: 'oldAge',
    });
  });

  it('starts coverage at its full value when only "full" is given', () => {
    const b = readBenefit(
      minimal('child', { coverage: { startYear: 2026, fullYear: 2028, full: 0.8 } }),
    );
    expect(b.coverage).toEqual({ startYear: 2026, start: 0.8, fullYear: 2028, full: 0.8 });
  });

  it('keeps a custom formula, only with the parts given', () => {
    const b = readBenefit(minimal('custom', { formula: { perBeneficiary: 'povertyLine * 0.5' } }));
    expect(b.formula).toEqual({ perBeneficiary: 'povertyLine * 0.5' });
  });

  it('fills financing defaults: start 0 and a label naming the option', () => {
    const { scenario } = readInline(
      fileScenario([fileBenefit()], {
        financing: [
          { option: 'tax', startYear: 2026, fullYear: 2030, full: 0.01 },
          {
            option: 'aid',
            label: 'Donor pledge',
            startYear: 2026,
            start: 0.002,
            fullYear: 2027,
            full: 0.004,
          },
        ],
      }),
    );
    expect(scenario.financing).toEqual([
      {
        option: 'tax',
        label: 'Raise tax revenue',
        startYear: 2026,
        start: 0,
        fullYear: 2030,
        full: 0.01,
      },
      {
        option: 'aid',
        label: 'Donor pledge',
        startYear: 2026,
        start: 0.002,
        fullYear: 2027,
        full: 0.004,
      },
    ]);
  });

  it('gives no financing and no assumptions when the file gives none', () => {
    const { scenario } = readInline(edit(fileScenario([fileBenefit()]), ['financing', REMOVE]));
    expect(scenario.financing).toEqual([]);
    expect(scenario.assumptions).toEqual({});
  });

  it('copies assumptions and the descriptive fields, so later edits of the file do not leak in', () => {
    const file = fileScenario([fileBenefit()], {
      assumptions: { inflation: [0.04, 0.03], realGrowth: 0.02 },
      description: 'Test',
      notes: 'Workshop',
      tags: ['children'],
    });
    const { scenario } = readInline(file);
    expect(scenario.assumptions).toEqual({ inflation: [0.04, 0.03], realGrowth: 0.02 });
    expect(scenario).toMatchObject({ description: 'Test', notes: 'Workshop', tags: ['children'] });
    (file.assumptions as { inflation: number[] }).inflation[0] = 9;
    expect(scenario.assumptions.inflation).toEqual([0.04, 0.03]);
  });

  it('keeps a country code as a code, to be looked up by the app', () => {
    const r = readScenario(fileScenario([fileBenefit()], { country: 'XFL' }));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.country).toBe('XFL');
  });
});

describe('unknown fields', () => {
  it('warns about each unknown field by its path, drops it and reads the rest', () => {
    const file = edit(
      fileScenario([fileBenefit()], {
        financing: [{ option: 'tax', startYear: 2026, fullYear: 2030, full: 0.01 }],
      }),
      ['author', 'Ministry'],
      ['benefits[0].colour', 'blue'],
      ['benefits[0].benefit.remark', 'to discuss'],
      ['financing[0].source', 'IMF'],
      ['country.wikipedia', 'https://example.org'],
      ['country.rates.wealth', 0.1],
    );
    const r = readScenario(file);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.every((w) => w.message === 'unknown field, ignored')).toBe(true);
    expect(r.warnings.map((w) => w.path).sort()).toEqual([
      'author',
      'benefits[0].benefit.remark',
      'benefits[0].colour',
      'country.rates.wealth',
      'country.wikipedia',
      'financing[0].source',
    ]);
    const country = r.value.country;
    if (typeof country === 'string') throw new Error('inline country expected');
    expect(country).not.toHaveProperty('wikipedia');
    expect(country.rates).not.toHaveProperty('wealth');
    expect(r.value.benefits[0]!.benefit.share).toBe(0.25);
  });

  it('leaves the caller’s object untouched when it drops unknown fields', () => {
    const file = edit(fileScenario([fileBenefit()]), ['benefits[0].colour', 'blue']);
    const before = structuredClone(file);
    expect(readScenario(file).ok).toBe(true);
    expect(file).toEqual(before);
  });

  it('does not suggest a field for a short unknown key', () => {
    // "ag" is 2 letters: too short to be taken for "ages".
    const r = readScenario(edit(fileScenario([fileBenefit()]), ['benefits[0].ag', [0, 4]]));
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([
      {
        path: 'benefits[0].ag',
        message: 'unknown field, ignored',
        code: 'validation.unknownFieldIgnored',
      },
    ]);
  });

  it('survives unknown fields a JSON copy could not handle: very deep, cyclic or BigInt', () => {
    // 100,000 nested lists, parsed from JSON text as a file would be.
    const deep: unknown = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const cyclic: Record<string, unknown> = { note: 'x' };
    cyclic.self = cyclic;
    for (const extra of [deep, cyclic, 10n]) {
      const r = readCountry({ ...flatCountry(), extra });
      expect(r.ok).toBe(true);
      expect(r.warnings).toEqual([
        {
          path: 'extra',
          message: 'unknown field, ignored',
          code: 'validation.unknownFieldIgnored',
        },
      ]);
    }
  });
});

describe('misspelt fields: an error with a suggestion, since ignoring them would change the costing', () => {
  it.each([
    ['benefits[0].adminRat', 'adminRate'],
    ['benefits[0].eligibility.targetting', 'targeting'],
    ['benefits[0].eligibility.exclusionErorr', 'exclusionError'],
    ['benefits[0].benefit.indexaton', 'indexation'],
    ['benefits[0].benefit.Months', 'months'],
    ['assumptions.inflaton', 'inflation'],
    ['country.BaseYear', 'baseYear'],
    ['country.rates.povrety', 'poverty'],
    ['country.spendingPctGdp.helth', 'health'],
  ])('%s → did you mean "%s"?', (path, meant) => {
    const file = edit(fileScenario([fileBenefit()], { assumptions: {} }), [path, 0.1]);
    expectIssues(scenarioIssues(file), [[path, `unknown field; did you mean "${meant}"?`]]);
  });

  it('names the missing field too when the misspelling replaced a required one', () => {
    const file = edit(fileScenario([fileBenefit()]), [
      'benefits[0].coverage',
      { startYear: 2025, fullYaer: 2025 },
    ]);
    expectIssues(scenarioIssues(file), [
      ['benefits[0].coverage.fullYear', 'is required'],
      ['benefits[0].coverage.fullYaer', 'unknown field; did you mean "fullYear"?'],
    ]);
  });

  it('reports the misspelt field as an error and a plainly unknown one as a warning', () => {
    const r = readCountry(edit(flatCountry(), ['povertyLien', 1], ['colour', 'blue']));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      {
        path: 'povertyLien',
        message: 'unknown field; did you mean "povertyLine"?',
        code: 'validation.unknownFieldMeant',
        params: { meant: 'povertyLine' },
      },
    ]);
    expect(r.warnings).toEqual([
      { path: 'colour', message: 'unknown field, ignored', code: 'validation.unknownFieldIgnored' },
    ]);
  });
});

describe('format versions', () => {
  it.each([
    [
      'spf.country/2',
      '"spf.country/2" is a newer version than this app reads ("spf.country/1"); update SPF Costing Studio',
    ],
    ['spf.country/10', '"spf.country/10" is a newer version than this app reads'],
    ['spf.country/0', 'must be "spf.country/1", found "spf.country/0"'],
    ['spf.country/x', 'must be "spf.country/1", found "spf.country/x"'],
    ['spf.country', 'must be "spf.country/1", found "spf.country"'],
    ['SPF.COUNTRY/1', 'must be "spf.country/1", found "SPF.COUNTRY/1"'],
  ])('country format %s', (format, message) => {
    expectIssues(countryIssues(edit(flatCountry(), ['format', format])), [['format', message]]);
  });

  it('refuses a country whose format is a number', () => {
    expectIssues(countryIssues(edit(flatCountry(), ['format', 1])), [
      ['format', 'must be "spf.country/1", found 1'],
    ]);
  });

  it('refuses a scenario of a newer version before looking at anything else', () => {
    // The benefits are broken too, but a newer file may well have a different shape.
    const file = edit(fileScenario([fileBenefit()]), ['format', 'spf.scenario/3'], ['benefits', 5]);
    expectIssues(scenarioIssues(file), [
      ['format', '"spf.scenario/3" is a newer version than this app reads ("spf.scenario/1")'],
    ]);
  });

  it('refuses a scenario with no format line', () => {
    expectIssues(scenarioIssues(edit(fileScenario([fileBenefit()]), ['format', REMOVE])), [
      ['format', 'is required: "spf.scenario/1"'],
    ]);
  });

  it('checks the inline country’s own format line, under "country."', () => {
    expectIssues(
      scenarioIssues(edit(fileScenario([fileBenefit()]), ['country.format', 'spf.scenario/1'])),
      [['country.format', 'must be "spf.country/1", found "spf.scenario/1"']],
    );
  });
});
