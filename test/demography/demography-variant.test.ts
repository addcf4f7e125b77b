import { describe, expect, it } from 'vitest';
import { NO_VARIANT, projectCountry } from '#engine';
import { fileBenefit, fileScenario, flatCountry } from '../helpers/fixtures';
import {
  countryIssues,
  expectIssues,
  readInline,
  runIssues,
  scenarioIssues,
} from '../helpers/input-checks';
import { cost } from '../helpers/run';
import { trainingCountryWithRates } from '../pension/fixtures';

/** Death rate 1% at every age, TFR 2 with a 5-year pattern, sex ratio 1.05, no migration. */
function flatDemography(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    mx: {
      years: [2025],
      female: [new Array<number>(101).fill(0.01)],
      male: [new Array<number>(101).fill(0.01)],
    },
    tfr: { years: [2025], values: [2] },
    asfrPattern: [0.05, 0.2, 0.3, 0.25, 0.13, 0.05, 0.02],
    sexRatioAtBirth: 1.05,
    ...overrides,
  };
}

function scenario(demography?: Record<string, unknown>, years: [number, number] = [2025, 2030]) {
  return fileScenario([fileBenefit()], {
    country: flatCountry({ demography: flatDemography() }),
    years,
    ...(demography ? { demography } : {}),
  });
}

const children = (r: ReturnType<typeof cost>) => r.benefits[0]!.eligible;

describe('the costing with a demographic variant', () => {
  const own = cost(scenario());
  const base = cost(scenario({ project: true }));
  const low = cost(scenario({ fertility: { tfrMultiplier: 0.5 } }));

  it('without a variant (or with project false) gives exactly the results on the country population', () => {
    expect(cost(scenario({ project: false }))).toEqual(own);
    // The flat country: 15 ages x 2 sexes x 1,000 children every year.
    expect(children(own)).toEqual([30_000, 30_000, 30_000, 30_000, 30_000, 30_000]);
  });

  it('starts from the country base-year population and births', () => {
    expect(base.baseline.population[0]).toBe(own.baseline.population[0]);
    expect(base.baseline.births[0]).toBe(5000);
    expect(children(base)[0]).toBe(30_000);
  });

  it('a lower fertility variant gives fewer children and a lower child-benefit cost than the base', () => {
    for (let i = 1; i < 6; i++) {
      expect(children(low)[i]!).toBeLessThan(children(base)[i]!);
      expect(low.benefits[0]!.cost[i]!).toBeLessThan(base.benefits[0]!.cost[i]!);
      expect(low.total.pctGdp[i]!).toBeLessThan(base.total.pctGdp[i]!);
    }
    // The same women (born before 2026) with half the rates: half the births, exactly.
    for (let i = 1; i < 6; i++) {
      expect(low.baseline.births[i]! / base.baseline.births[i]!).toBeCloseTo(0.5, 12);
    }
    // The base year is the country's own in both.
    expect(low.benefits[0]!.cost[0]).toBe(base.benefits[0]!.cost[0]);
  });

  it('leaves everyone born before the variant starts alone', () => {
    const { scenario: s, country } = readInline(scenario());
    const b = projectCountry(country, { ...NO_VARIANT }, 2030);
    const l = projectCountry(country, { ...NO_VARIANT, tfrMultiplier: 0.5 }, 2030);
    // Mid-2030: ages 5 and over were born by mid-2025, before the first changed year (2026).
    for (let a = 5; a <= 100; a++) expect(l.female[5]![a]).toBe(b.female[5]![a]);
    expect(l.female[5]![0]!).toBeLessThan(b.female[5]![0]!);
    expect(s.years).toEqual([2025, 2030]);
  });

  it('moves older populations with mortality improvement and migration', () => {
    const better = cost(scenario({ mortalityImprovement: 0.02 }));
    const arriving = cost(scenario({ netMigration: { perYear: 20_000 } }));
    for (let i = 1; i < 6; i++) {
      expect(better.baseline.population[i]!).toBeGreaterThan(base.baseline.population[i]!);
      expect(arriving.baseline.population[i]!).toBeGreaterThan(base.baseline.population[i]!);
    }
    // The variant changes the years after the base year: 2026's 20,000 arrive during 2026 and are
    // counted on 1 January 2027, so mid-2026, the mean of 1 January 2026 and 2027, has about
    // 10,000 more persons (10,149: their children born in 2026 too, less the 1% who die).
    const more = arriving.baseline.population[1]! - base.baseline.population[1]!;
    expect(more).toBeGreaterThan(9_900);
    expect(more).toBeLessThan(10_400);
  });

  it('costs years the country population does not cover once they are projected', () => {
    const r = cost(scenario({}, [2025, 2040]));
    expect(r.years).toHaveLength(16);
    expect(r.baseline.population[15]!).toBeGreaterThan(0);
    expect(runIssues(scenario(undefined, [2025, 2040]))[0]!.path).toBe('years');
  });

  it('reproduces the training country from the rates it was generated with (within 1.5%)', () => {
    const c = trainingCountryWithRates();
    const p = projectCountry(c, NO_VARIANT, 2060);
    const total = (f: number[], m: number[]) =>
      f.reduce((s, v) => s + v, 0) + m.reduce((s, v) => s + v, 0);
    for (let i = 0; i < p.years.length; i++) {
      const ours = total(p.female[i]!, p.male[i]!);
      const data = total(c.population.female[i]!, c.population.male[i]!);
      expect(Math.abs(ours / data - 1), String(p.years[i])).toBeLessThan(0.015);
      expect(Math.abs(p.births[i]! / c.births!.values[i]! - 1), String(p.years[i])).toBeLessThan(
        0.015,
      );
    }
  });
});

describe('malformed demography blocks', () => {
  it('are refused in a scenario with located errors', () => {
    expectIssues(
      scenarioIssues(
        scenario({
          fertility: { tfr: 2, tfrMultiplier: 0.8 },
          mortalityImprovment: 0.01,
          netMigration: { multiplier: 1, perYear: 5 },
        }),
      ),
      [
        ['demography.mortalityImprovment', 'unknown field; did you mean "mortalityImprovement"?'],
        ['demography.fertility.tfrMultiplier', 'give either tfr or tfrMultiplier, not both'],
        ['demography.netMigration.multiplier', 'give either perYear or multiplier, not both'],
      ],
    );
    expectIssues(scenarioIssues(scenario({ mortalityImprovement: 0.7, sexRatioAtBirth: 2 })), [
      ['demography.mortalityImprovement', 'must be < 0.5, found 0.7'],
      ['demography.sexRatioAtBirth', 'must be <= 1.3, found 2'],
    ]);
    expectIssues(scenarioIssues(scenario({ fertility: { tfr: [2, -1] } })), [
      ['demography.fertility.tfr[1]', 'must be >= 0, found -1'],
    ]);
    expectIssues(scenarioIssues(scenario({ fertility: { tfr: 'low' } })), [
      ['demography.fertility.tfr', 'must be a total fertility rate, or a list of them'],
    ]);
  });

  it('are refused in a country with located errors', () => {
    const bad = flatCountry({
      demography: flatDemography({
        mx: {
          years: [2025, 2030],
          ageStarts: [0, 1, 5],
          female: [[0.01, 0.001, 0.02]],
          male: [
            [0.01, 0.001, 0.02],
            [0.01, 0.001],
          ],
        },
        tfr: { years: [2030, 2025], values: [2, 2] },
        asfrPattern: [1, 2, 3],
      }),
    });
    expectIssues(countryIssues(bad), [
      ['demography.mx.female', 'must have one entry per year of mx.years (2), found 1'],
      ['demography.mx.male[1]', 'must have one rate per age group of mx.ageStarts (3), found 2'],
      ['demography.tfr.years[1]', 'years must increase: 2025 follows 2030'],
      ['demography.asfrPattern', 'must have 35 shares (single ages 15 to 49) or 7'],
    ]);
  });

  it('a variant on a country without demographic rates is refused, naming the block', () => {
    const s = fileScenario([fileBenefit()], { demography: { fertility: { tfrMultiplier: 0.9 } } });
    expectIssues(runIssues(s), [['demography', 'gives no demographic rates (country.demography']]);
  });
});
