// The global financing gap (methodology 12), worked by hand on the flat test country
// (test/helpers/fixtures.ts: 1,000 persons of each sex at every age 0..100, so 2,000 per age and
// 202,000 in all; GDP 1.0e9 LCU in 2025; 100 LCU per USD; poverty line 12,000 LCU a year; current
// spending children 0.1%, old age 0.4%, health 1% of GDP, nothing said of disability).
import { describe, expect, it } from 'vitest';
import {
  countryGap,
  globalGap,
  packageForYear,
  readCountry,
  readScenario,
  type CountryData,
  type GapCountryInput,
  type Scenario,
} from '#engine';
import { fileBenefit, fileScenario, flatCountry } from '../helpers/fixtures';

function country(overrides: Record<string, unknown> = {}): CountryData {
  const r = readCountry(flatCountry(overrides));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const macro = (gdp: number, fxPerUsd: number) => ({
  years: [2025],
  gdp: [gdp],
  realGrowth: [0.03],
  inflation: [0.05],
  revenuePctGdp: [0.2],
  expenditurePctGdp: [0.25],
  fxPerUsd: [fxPerUsd],
});

/**
 * Three guarantees, every one universal with no administration:
 * - child 0-14 at 25% of the line: 15 ages x 2,000 = 30,000 children x 3,000 = 9.0e7 LCU;
 * - old age 65-100 at 10% of the line: 36 ages x 2,000 = 72,000 x 1,200 = 8.64e7 LCU;
 * - disability 15-64 at 50% of the line, prevalence 2%: 50 x 2,000 x 0.02 = 2,000 x 6,000 = 1.2e7 LCU.
 * The child benefit is phased in from 2027 in the file: the gap costs full coverage in its year.
 */
function ilo(): Scenario {
  const r = readScenario(
    fileScenario([
      fileBenefit({
        id: 'child',
        coverage: { startYear: 2027, start: 0.2, fullYear: 2030, full: 1 },
      }),
      fileBenefit({
        id: 'old',
        kind: 'oldAge',
        ages: [65, 100],
        benefit: { basis: 'povertyLine', share: 0.1, months: 12, indexation: 'basis' },
      }),
      fileBenefit({
        id: 'dis',
        kind: 'disability',
        ages: [15, 64],
        eligibility: {
          targeting: null,
          exclusionError: 0,
          pensionTested: false,
          prevalence: 'disability',
          share: 1,
        },
        benefit: { basis: 'povertyLine', share: 0.5, months: 12, indexation: 'basis' },
      }),
    ]),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const FLAT: GapCountryInput = {
  iso3: 'XFL',
  name: 'Flatland',
  region: 'Africa',
  country: country(),
};
/** GDP doubled: every cost halves as a share of GDP; current spending stays the same share. */
const DOUBLE: GapCountryInput = {
  iso3: 'XDB',
  name: 'Doubleland',
  region: 'Africa',
  country: country({ code: 'XDB', macro: macro(2.0e9, 100) }),
};
/** The same LCU figures at 0.1 LCU per USD: GDP USD 1.0e10, 49,505 USD a person, high income. */
const RICH: GapCountryInput = {
  iso3: 'XRI',
  name: 'Richland',
  region: 'Europe',
  country: country({ code: 'XRI', macro: macro(1.0e9, 0.1) }),
};

describe('one country', () => {
  const g = countryGap(ilo(), FLAT, 2025);

  it('costs each function and floors its gap at zero against current spending', () => {
    // children: 9.0e7 / 1.0e9 = 9%, spending 0.1%, gap 8.9%
    expect(g.byFunction.children!.costPctGdp).toBeCloseTo(0.09, 12);
    expect(g.byFunction.children!.spendingPctGdp).toBe(0.001);
    expect(g.byFunction.children!.gapPctGdp).toBeCloseTo(0.089, 12);
    // old age: 8.64e7 / 1.0e9 = 8.64%, spending 0.4%, gap 8.24%
    expect(g.byFunction.oldAge!.gapPctGdp).toBeCloseTo(0.0824, 12);
    // disability: 1.2e7 / 1.0e9 = 1.2%, spending unknown (0), gap 1.2%
    expect(g.byFunction.disability).toEqual({
      costPctGdp: expect.closeTo(0.012, 12) as number,
      spendingPctGdp: 0,
      gapPctGdp: expect.closeTo(0.012, 12) as number,
    });
    expect(g.spendingUnknown).toEqual(['disability']);
    // Only the package's functions: no health, maternity or unemployment.
    expect(Object.keys(g.byFunction).sort()).toEqual(['children', 'disability', 'oldAge']);
  });

  it('sums the functions, in % of GDP, LCU and USD', () => {
    // cost 9 + 8.64 + 1.2 = 18.84%; spending 0.1 + 0.4 + 0 = 0.5%; gap 8.9 + 8.24 + 1.2 = 18.34%
    expect(g.costPctGdp).toBeCloseTo(0.1884, 12);
    expect(g.currentSpendingPctGdp).toBeCloseTo(0.005, 12);
    expect(g.gapPctGdp).toBeCloseTo(0.1834, 12);
    expect(g.gapLcu).toBeCloseTo(1.834e8, 2);
    // 1.834e8 LCU at 100 LCU per USD
    expect(g.gapUsd).toBeCloseTo(1.834e6, 4);
    expect(g.gdpUsd).toBeCloseTo(1.0e7, 4);
  });

  it('reads the income group from GDP per person in USD of the year', () => {
    // 1.0e7 USD / 202,000 = 49.50 USD: low (at most 1,135)
    expect(g.gdpPerCapitaUsd).toBeCloseTo(1.0e7 / 202_000, 9);
    expect(g.incomeGroup).toBe('low');
    // 1.0e10 / 202,000 = 49,505 USD: high (above 13,935)
    expect(countryGap(ilo(), RICH, 2025).incomeGroup).toBe('high');
  });

  it('halves every cost when GDP doubles, against the same spending shares', () => {
    const d = countryGap(ilo(), DOUBLE, 2025);
    // children 4.5 - 0.1 = 4.4; old age 4.32 - 0.4 = 3.92; disability 0.6: 8.92% of 2.0e7 USD
    expect(d.gapPctGdp).toBeCloseTo(0.0892, 12);
    expect(d.gapUsd).toBeCloseTo(1.784e6, 4);
  });

  it('costs one year with full coverage and no financing options', () => {
    const p = packageForYear(ilo(), 2025);
    expect(p.years).toEqual([2025, 2025]);
    expect(p.benefits[0]!.coverage).toEqual({ startYear: 2025, start: 1, fullYear: 2025, full: 1 });
    expect(p.financing).toEqual([]);
  });
});

describe('every country', () => {
  const NO_LINE: GapCountryInput = {
    iso3: 'XNL',
    name: 'No line',
    region: 'Asia',
    country: country({ code: 'XNL', povertyLine: undefined }),
  };
  const progress: string[] = [];
  const all = globalGap(ilo(), [FLAT, DOUBLE, RICH, NO_LINE], 2025, (done, total, iso3) =>
    progress.push(`${done}/${total} ${iso3}`),
  );
  const group = (name: string) => all.groups.find((g) => g.name === name)!;

  it('lists a country the package cannot be costed on, with the reason and its code', () => {
    expect(all.countries.map((c) => c.iso3)).toEqual(['XFL', 'XDB', 'XRI']);
    expect(all.skipped).toEqual([
      {
        iso3: 'XNL',
        code: 'costing.noPovertyLine',
        reason: 'benefits[0].benefit.basis: the country gives no poverty line (povertyLine)',
        path: 'benefits[0].benefit.basis',
      },
    ]);
    expect(progress).toEqual(['1/4 XFL', '2/4 XDB', '3/4 XRI', '4/4 XNL']);
  });

  it('weights the aggregates by GDP in USD', () => {
    // all: gaps 1.834e6 + 1.784e6 + 1.834e9 = 1.837618e9 USD over GDP 1e7 + 2e7 + 1e10 = 1.003e10
    expect(group('all').countries).toBe(3);
    expect(group('all').gapUsd).toBeCloseTo(1.837618e9, 0);
    expect(group('all').gapPctGdp).toBeCloseTo(1.837618e9 / 1.003e10, 12);
    // low and middle income = the two low-income countries: 3.618e6 / 3.0e7 = 12.06%
    expect(group('lowAndMiddle').gapPctGdp).toBeCloseTo(0.1206, 12);
    expect(group('low').gapPctGdp).toBeCloseTo(0.1206, 12);
    // children: (8.9% x 1e7 + 4.4% x 2e7) / 3e7 = 1.77e6 / 3e7 = 5.9%
    expect(group('low').byFunction.children!.gapPctGdp).toBeCloseTo(0.059, 12);
    // spending 0.1% in both, so 0.1% weighted too
    expect(group('low').byFunction.children!.spendingPctGdp).toBeCloseTo(0.001, 12);
    expect(group('high').gapPctGdp).toBeCloseTo(0.1834, 12);
  });

  it('orders the groups: all, low and middle, income groups, then regions; empty ones left out', () => {
    expect(all.groups.map((g) => `${g.kind}:${g.name}`)).toEqual([
      'all:all',
      'incomeGroup:lowAndMiddle',
      'incomeGroup:low',
      'incomeGroup:high',
      'region:Africa',
      'region:Europe',
    ]);
    expect(group('Africa').gapUsd).toBeCloseTo(3.618e6, 4);
  });
});
