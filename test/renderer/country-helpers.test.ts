import { describe, expect, it } from 'vitest';
import type { CountryData } from '#engine';
import {
  ageGroups,
  agesLabel,
  checkRange,
  groupByAge,
  medianAge,
  originSpans,
  pathInWords,
  populationOf,
  populationSummary,
  pyramidRows,
  rateParts,
  rateRows,
  SERIES_RULES,
  setRateValue,
  sourceOf,
  yearOrigin,
} from '../../renderer/src/features/country/country-helpers';

/** 101 zeros with the given ages set: a hand-made population. */
function ages(values: Record<number, number>): number[] {
  const out = new Array<number>(101).fill(0);
  for (const [a, v] of Object.entries(values)) out[Number(a)] = v;
  return out;
}

describe('age groups', () => {
  it('5-year groups are 0-4 ... 95-99 and an open 100+', () => {
    const g = ageGroups(5);
    expect(g).toHaveLength(21);
    expect(g[0]).toEqual({ from: 0, to: 4, label: '0-4' });
    expect(g[19]).toEqual({ from: 95, to: 99, label: '95-99' });
    expect(g[20]).toEqual({ from: 100, to: 100, label: '100+' });
  });

  it('single ages are 0..99 and 100+', () => {
    const g = ageGroups(1);
    expect(g).toHaveLength(101);
    expect(g[7]!.label).toBe('7');
    expect(g[100]!.label).toBe('100+');
  });

  it('groups sum the single ages and keep the total', () => {
    // value = age: 0-4 is 0+1+2+3+4 = 10; 95-99 is 95+96+97+98+99 = 485; 100+ is 100;
    // the total is 0+1+...+100 = 100 x 101 / 2 = 5050 whatever the grouping.
    const byAge = Array.from({ length: 101 }, (_, a) => a);
    const five = groupByAge(byAge, 5);
    expect(five[0]).toBe(10);
    expect(five[1]).toBe(35); // 5+6+7+8+9
    expect(five[19]).toBe(485);
    expect(five[20]).toBe(100);
    expect(five.reduce((s, v) => s + v, 0)).toBe(5050);
    expect(groupByAge(byAge, 1)).toEqual(byAge);
    expect(groupByAge(byAge, 10).reduce((s, v) => s + v, 0)).toBe(5050);
  });

  it('pyramid rows pair women and men by group, youngest first', () => {
    const rows = pyramidRows(ages({ 0: 3, 4: 2, 100: 1 }), ages({ 1: 5, 99: 7 }), 5);
    expect(rows[0]).toEqual({ label: '0-4', female: 5, male: 5 });
    expect(rows[19]).toEqual({ label: '95-99', female: 0, male: 7 });
    expect(rows[20]).toEqual({ label: '100+', female: 1, male: 0 });
  });
});

describe('median age', () => {
  it('interpolates within the age where half the population is reached', () => {
    // Both sexes: age 0 has 20, age 1 has 40, age 2 has 40; total 100, half 50.
    // Before age 1: 20; with age 1: 60 >= 50, so median = 1 + (50 - 20) / 40 = 1.75.
    const female = ages({ 0: 10, 1: 15, 2: 30 });
    const male = ages({ 0: 10, 1: 25, 2: 10 });
    expect(medianAge(female, male)).toBeCloseTo(1.75, 12);
  });

  it('is the middle of the only age when everyone is that age', () => {
    // Everyone aged 30: half is reached halfway through [30, 31).
    expect(medianAge(ages({ 30: 500 }), ages({ 30: 500 }))).toBeCloseTo(30.5, 12);
  });

  it('is NaN for an empty population', () => {
    expect(medianAge(ages({}), ages({}))).toBeNaN();
  });
});

describe('population summary', () => {
  // Women: 100 aged 5, 300 aged 20, 100 aged 70. Men: 100 aged 14, 200 aged 15, 200 aged 65.
  const female = ages({ 5: 100, 20: 300, 70: 100 });
  const male = ages({ 14: 100, 15: 200, 65: 200 });
  const s = populationSummary(female, male);

  it('totals by sex', () => {
    expect(s.female).toBe(500);
    expect(s.male).toBe(500);
    expect(s.total).toBe(1000);
  });

  it('shares of 0-14, 15-64 and 65+', () => {
    // 0-14: 100 (women aged 5) + 100 (men aged 14) = 200 of 1000 = 0.2
    // 15-64: 300 (women aged 20) + 200 (men aged 15) = 500 of 1000 = 0.5
    // 65+: 100 (women aged 70) + 200 (men aged 65) = 300 of 1000 = 0.3
    expect(s.share0to14).toBeCloseTo(0.2, 12);
    expect(s.share15to64).toBeCloseTo(0.5, 12);
    expect(s.share65plus).toBeCloseTo(0.3, 12);
    expect(s.share0to14 + s.share15to64 + s.share65plus).toBeCloseTo(1, 12);
  });

  it('median age', () => {
    // Half is 500. Cumulative: age 5: 100, age 14: 200, age 15: 400, age 20: 700 >= 500,
    // so median = 20 + (500 - 400) / 300 = 20.333...
    expect(s.medianAge).toBeCloseTo(20 + 1 / 3, 12);
  });

  it('finds the population of a year', () => {
    const country = {
      population: { years: [2025, 2026], female: [female, male], male: [male, female] },
    } as unknown as CountryData;
    expect(populationOf(country, 2026)).toEqual({ female: male, male: female });
    expect(populationOf(country, 2030)).toBeNull();
  });
});

describe('macro values', () => {
  const country = {
    baseYear: 2025,
    macro: { years: [2025, 2026, 2027] },
  } as unknown as CountryData;

  it('tells observed years from years extended by rule and from assumptions', () => {
    expect(yearOrigin('inflation', 2027, country, {})).toBe('observed');
    expect(yearOrigin('inflation', 2028, country, {})).toBe('extended');
    expect(yearOrigin('inflation', 2026, country, { inflation: 0.05 })).toBe('assumption');
    // The base year is always the data's.
    expect(yearOrigin('inflation', 2025, country, { inflation: 0.05 })).toBe('observed');
    // GDP is rebuilt when growth or inflation is overridden.
    expect(yearOrigin('gdp', 2026, country, { realGrowth: 0.04 })).toBe('assumption');
    expect(yearOrigin('fxPerUsd', 2026, country, { realGrowth: 0.04 })).toBe('observed');
  });

  it('groups consecutive years of one origin', () => {
    expect(
      originSpans([2025, 2026, 2027, 2028], ['observed', 'observed', 'extended', 'extended']),
    ).toEqual([
      { origin: 'observed', from: 2025, to: 2026 },
      { origin: 'extended', from: 2027, to: 2028 },
    ]);
  });

  it('checks the limits of the country format in the shown unit', () => {
    // Inflation is shown in %: it must be above -100% (a fraction above -1).
    expect(checkRange(-200, SERIES_RULES.inflation)).toEqual({ kind: 'above', limit: -100 });
    expect(checkRange(-100, SERIES_RULES.inflation)).toEqual({ kind: 'above', limit: -100 });
    expect(checkRange(4.5, SERIES_RULES.inflation)).toBeNull();
    // The country format allows up to 200% of GDP (Kiribati's expenditure is 107%).
    expect(checkRange(107, SERIES_RULES.expenditurePctGdp)).toBeNull();
    expect(checkRange(201, SERIES_RULES.revenuePctGdp)).toEqual({ kind: 'atMost', limit: 200 });
    expect(checkRange(-1, SERIES_RULES.revenuePctGdp)).toEqual({ kind: 'atLeast', limit: 0 });
    expect(checkRange(0, SERIES_RULES.gdp)).toEqual({ kind: 'above', limit: 0 });
  });
});

describe('rates by age', () => {
  it('lays out one number, bands and 101 ages as rows', () => {
    expect(rateRows(0.4)).toEqual([{ from: 0, to: 100, value: 0.4, path: [] }]);
    expect(
      rateRows([
        [65, 100, 0.3],
        [0, 14, 0.36],
      ]),
    ).toEqual([
      { from: 0, to: 14, value: 0.36, path: [1, 2] },
      { from: 65, to: 100, value: 0.3, path: [0, 2] },
    ]);
    const perAge = rateRows(Array.from({ length: 101 }, (_, a) => a / 1000));
    expect(perAge).toHaveLength(101);
    expect(perAge[50]).toEqual({ from: 50, to: 50, value: 0.05, path: [50] });
  });

  it('splits a rate by sex', () => {
    expect(rateParts({ female: 0.1, male: [[15, 64, 0.2]] })).toEqual([
      { sex: 'female', rate: 0.1 },
      { sex: 'male', rate: [[15, 64, 0.2]] },
    ]);
    expect(rateParts(0.1)).toEqual([{ sex: 'all', rate: 0.1 }]);
  });

  it('sets one value and keeps the band structure', () => {
    const rates: NonNullable<CountryData['rates']> = {
      poverty: [
        [0, 14, 0.36],
        [15, 64, 0.26],
      ],
      healthCoverage: 0.4,
      laborForceParticipation: { female: [[15, 64, 0.5]], male: 0.7 },
    };
    setRateValue(rates, 'poverty', 'all', [1, 2], 0.2);
    setRateValue(rates, 'healthCoverage', 'all', [], 0.5);
    setRateValue(rates, 'laborForceParticipation', 'female', [0, 2], 0.55);
    setRateValue(rates, 'laborForceParticipation', 'male', [], 0.75);
    expect(rates.poverty).toEqual([
      [0, 14, 0.36],
      [15, 64, 0.2],
    ]);
    expect(rates.healthCoverage).toBe(0.5);
    expect(rates.laborForceParticipation).toEqual({ female: [[15, 64, 0.55]], male: 0.75 });
  });

  it('writes ages for people', () => {
    expect(agesLabel(0, 100)).toBe('0-100+');
    expect(agesLabel(65, 100)).toBe('65+');
    expect(agesLabel(0, 14)).toBe('0-14');
    expect(agesLabel(7, 7)).toBe('7');
  });
});

describe('sources and paths', () => {
  it('finds the nearest source of a field', () => {
    const country = {
      sources: [
        { field: 'macro', source: 'IMF WEO' },
        { field: 'macro.gdp', source: 'National accounts', userChanged: true },
      ],
    } as unknown as CountryData;
    expect(sourceOf(country, 'macro.gdp')?.source).toBe('National accounts');
    expect(sourceOf(country, 'macro.inflation')?.source).toBe('IMF WEO');
    expect(sourceOf(country, 'population')).toBeUndefined();
  });

  it('writes a field path in words, counting list items from 1', () => {
    const words: Record<string, string> = { population: 'Population', female: 'women' };
    expect(pathInWords('population.female[3]', (k) => words[k])).toEqual([
      'Population',
      'women',
      '#4',
    ]);
    expect(pathInWords('macro.gdp[0]', (k) => words[k])).toEqual(['macro', 'gdp', '#1']);
    expect(pathInWords('', () => undefined)).toEqual([]);
  });
});
