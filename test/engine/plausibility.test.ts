import { describe, expect, it } from 'vitest';
import {
  firstNonFiniteResult,
  plausibilityWarnings,
  readScenario,
  runScenario,
  type CountryData,
  type Scenario,
} from '#engine';
import { fileBenefit, fileScenario, flatCountry } from '../helpers/fixtures';
import { spf } from '../helpers/cli';
import { tempDir, writeJson } from '../helpers/library';

function read(file: Record<string, unknown>): Scenario {
  const r = readScenario(file);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return r.value;
}

const cost = (s: Scenario) => runScenario(s, s.country as CountryData);

/**
 * The flat country: 30,000 children aged 0..14 (15 ages x 1,000 x 2 sexes); GDP 1e9 in 2025 for
 * 202,000 persons, so GDP per capita 4,950.50.
 */
const absurd = () =>
  read(fileScenario([fileBenefit({ benefit: { basis: 'fixed', amount: 1e12, months: 12 } })]));

describe('plausibility warnings (issue 9, item 6)', () => {
  it('warns beside a benefit level of 1e12, naming the input', () => {
    // Before: 36,000,000,000% of GDP with no warning.
    // Per child 1e12 x 12 = 1.2e13 a year; 30,000 children cost 3.6e17 = 3.6e8 x GDP = 36,000,000,000%.
    // 1.2e13 / (1e9 / 202,000) = 2,424,000,000 times GDP per capita.
    const s = absurd();
    const r = cost(s);
    expect(r.total.pctGdp[0]).toBeCloseTo(3.6e8, 0);
    const at = 'benefits[0].benefit.amount';
    expect(r.warnings).toEqual([
      `${at}: the package costs 36,000,000,000% of GDP in 2025 (plausible: at most 30%); the largest part is benefit "b": check ${at}`,
      `${at}: benefit "b" costs 36,000,000,000% of GDP in 2025 (plausible: at most 10%); check ${at}`,
      `${at}: benefit "b" pays 2,424,000,000 times GDP per capita per beneficiary in 2025 (plausible: at most 10); check ${at}`,
    ]);
    const coded = plausibilityWarnings(s, r);
    expect(coded.map((w) => w.code)).toEqual([
      'plausibility.packagePctGdp',
      'plausibility.benefitPctGdp',
      'plausibility.perBeneficiary',
    ]);
    expect(coded[2]!.params).toEqual({
      id: 'b',
      ratio: '2,424,000,000',
      year: 2025,
      limit: 10,
      input: at,
    });
  });

  it('says nothing about a plausible package', () => {
    // 25% of the poverty line of 12,000 for 30,000 children: 9e7 = 9% of GDP; per child 3,000 < 10 x 4,950.
    const r = cost(read(fileScenario([fileBenefit()])));
    expect(r.total.pctGdp[0]).toBeCloseTo(0.09, 10);
    expect(r.warnings.filter((w) => w.includes('plausible'))).toEqual([]);
  });

  it('names the count, not the level, when many persons drive the cost', () => {
    // Eligibility share 100: 3,000,000 "children" at 3,000 a year = 9e9 = 900% of GDP.
    const s = read(
      fileScenario([
        fileBenefit({
          eligibility: {
            targeting: null,
            exclusionError: 0,
            pensionTested: false,
            prevalence: null,
            share: 100,
          },
        }),
      ]),
    );
    const w = plausibilityWarnings(s, cost(s));
    expect(w.find((x) => x.code === 'plausibility.benefitPctGdp')?.path).toBe(
      'benefits[0].eligibility',
    );
  });
});

describe('warnings only about what is costed (defect 8)', () => {
  const health = (enabled: boolean) =>
    fileBenefit({
      id: 'h',
      kind: 'health',
      ages: [0, 100],
      enabled,
      eligibility: { targeting: null, prevalence: 'healthUncovered' },
      benefit: { basis: 'gdpPerCapita', share: 0.01, months: 12 },
    });
  const onCountryWithoutCoverage = (enabled: boolean) => {
    const country = flatCountry();
    const rates = { ...(country.rates as Record<string, unknown>) };
    delete rates.healthCoverage;
    return read(fileScenario([fileBenefit(), health(enabled)], { country: { ...country, rates } }));
  };

  it('gives no health-coverage warning when health care is switched off', () => {
    expect(cost(onCountryWithoutCoverage(false)).warnings).toEqual([]);
  });

  it('still warns when health care is costed', () => {
    expect(cost(onCountryWithoutCoverage(true)).warnings).toContain(
      'benefits[1].eligibility.prevalence: the country gives no health coverage (rates.healthCoverage): everyone counts as uncovered',
    );
  });
});

describe('no NaN in output (issue 9, item 2)', () => {
  it('names the benefit, the year and the inputs of the first result that is not finite', () => {
    const s = read(fileScenario([fileBenefit()]));
    const r = cost(s);
    r.benefits[0]!.eligible[2] = Number.NaN;
    expect(firstNonFiniteResult(s, r)).toEqual({
      path: 'benefits[0]',
      message:
        'benefit "b": eligible in 2027 is not a finite number; check population, benefits[0].ages, benefits[0].eligibility',
      code: 'validation.notFinite.benefit',
      params: {
        id: 'b',
        field: 'eligible',
        year: 2027,
        inputs: 'population, benefits[0].ages, benefits[0].eligibility',
      },
    });
  });

  it('finds an overflow in the package total', () => {
    const s = read(fileScenario([fileBenefit()]));
    const r = cost(s);
    r.total.cost[1] = Number.POSITIVE_INFINITY;
    expect(firstNonFiniteResult(s, r)?.message).toBe(
      'the package: cost in 2026 is not a finite number; check benefits',
    );
  });

  it('refuses, at spf cost, a population cell of 1e308 (exit 0 and NaN before)', async () => {
    const country = flatCountry();
    const pop = country.population as { female: number[][] };
    pop.female[0]![10] = 1e308;
    const file = writeJson(tempDir(), 'huge.json', fileScenario([fileBenefit()], { country }));
    const r = await spf('cost', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      `error: ${file}: country.population.female[0][10]: must be <= 10000000000, found 1e+308`,
    );
  });
});
