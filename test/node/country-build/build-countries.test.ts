/**
 * Kenya, Nepal and Indonesia built from ../shared/data, checked against the raw files (read here
 * independently with papaparse): totals by sex, births, GDP, the derivations in `sources`.
 */
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../src/node/bundled-models';
import { buildCountryModel, readCountry, runScenario } from '#engine';
import { built, rawCountryRows } from '../../helpers/country-data';

const COUNTRIES = ['KEN', 'NPL', 'IDN'] as const;

function sum(xs: readonly number[]): number {
  return xs.reduce((s, v) => s + v, 0);
}

/** Raw WPP 2024 indicator rows of a country by year. */
function wpp2024(iso3: string): Map<number, Record<string, string>> {
  return new Map(rawCountryRows('wpp2024Indicators', iso3).map((r) => [Number(r.year), r]));
}

/** Raw IMF WEO values of a country: indicator → year → value. */
function weo(iso3: string, indicator: string): Map<number, number> {
  return new Map(
    rawCountryRows('imfWeo', iso3)
      .filter((r) => r.indicator === indicator && r.value !== '')
      .map((r) => [Number(r.year), Number(r.value)]),
  );
}

describe.each(COUNTRIES)('%s built from the public data', (iso3) => {
  it('passes readCountry with no issues and no warnings, and covers 2025-2060', async () => {
    const { country } = await built(iso3);
    const r = readCountry(JSON.parse(JSON.stringify(country)));
    expect(r.ok ? [] : r.issues).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(country.baseYear).toBe(2025);
    expect(country.population.years[0]).toBe(2025);
    expect(country.population.years.at(-1)).toBe(2060);
  });

  it('has totals by sex within 0.1% of WPP 2024 in every year (pop_female/male_thousands x 1000)', async () => {
    const { country } = await built(iso3);
    const un = wpp2024(iso3);
    country.population.years.forEach((year, i) => {
      const row = un.get(year)!;
      // The builder scales each sex to the UN total and rounds each age to whole persons, so the
      // difference is at most 101 x 0.5 persons, far inside 0.1%.
      for (const sex of ['female', 'male'] as const) {
        const want = Number(row[`pop_${sex}_thousands`]) * 1000;
        const got = sum(country.population[sex][i]!);
        expect(Math.abs(got / want - 1), `${year} ${sex}: ${got} vs ${want}`).toBeLessThan(0.001);
      }
    });
  });

  it('has births equal to WPP 2024 births_thousands x 1000', async () => {
    const { country } = await built(iso3);
    const un = wpp2024(iso3);
    country.births!.years.forEach((year, i) => {
      expect(country.births!.values[i]).toBeCloseTo(
        Number(un.get(year)!.births_thousands) * 1000,
        1,
      );
    });
    expect(country.births!.years).toEqual(country.population.years);
  });

  it('has GDP equal to IMF NGDP x 1e9 for every IMF year from the base year (to 2029)', async () => {
    const { country } = await built(iso3);
    const ngdp = weo(iso3, 'NGDP');
    expect(country.macro.years).toEqual([2025, 2026, 2027, 2028, 2029]);
    country.macro.years.forEach((year, i) => {
      expect(country.macro.gdp[i]).toBeCloseTo(ngdp.get(year)! * 1e9, 0);
    });
    // Percentages become fractions: growth, inflation, revenue, expenditure, debt.
    const growth = weo(iso3, 'NGDP_RPCH').get(2026)!;
    expect(country.macro.realGrowth[1]).toBeCloseTo(growth / 100, 12);
    expect(country.macro.revenuePctGdp[0]).toBeCloseTo(weo(iso3, 'GGR_NGDP').get(2025)! / 100, 12);
    expect(country.macro.debtPctGdp?.[0]).toBeCloseTo(
      weo(iso3, 'GGXWDG_NGDP').get(2025)! / 100,
      12,
    );
    expect(country.macro.fxPerUsd[0]).toBe(weo(iso3, 'XR_LCU_PER_USD_IMPLIED').get(2025));
  });

  it('marks every default as an assumption with a note, and names a source for every field', async () => {
    const { country, assumptions } = await built(iso3);
    const assumed = country.sources!.filter((s) => s.assumption).map((s) => s.field);
    expect(assumed).toEqual(assumptions.map((a) => a.field));
    for (const field of [
      'povertyLines.international-3.00.amount',
      'longRun.usdInflation',
      'minimumWage',
      'averageWage',
      'rates.disability',
      'rates.orphanhood',
      'rates.pensionCoverage',
      'rates.laborForceParticipation',
      'rates.unemployment',
    ]) {
      expect(assumed, field).toContain(field);
    }
    const fields = country.sources!.map((s) => s.field);
    for (const field of [
      'population',
      'births',
      'macro',
      'povertyLines.international-3.00.headcount',
      'povertyLines.national.headcount',
      'spendingPctGdp.health',
    ]) {
      expect(fields, field).toContain(field);
    }
    for (const s of country.sources!) expect(s.note, s.field).toMatch(/\S{3}/);
  });

  it('has severe disability among adults 18+ within 2.2%-3.8% (World Report on Disability 2011)', async () => {
    const { country } = await built(iso3);
    const bands = country.rates!.disability as [number, number, number][];
    const rate = (a: number) => bands.find(([f, t]) => a >= f && a <= t)![2];
    let adults = 0;
    let disabled = 0;
    for (const sex of ['female', 'male'] as const) {
      country.population[sex][0]!.forEach((n, a) => {
        if (a >= 18) {
          adults += n;
          disabled += n * rate(a);
        }
      });
    }
    expect(disabled / adults).toBeGreaterThan(0.022);
    expect(disabled / adults).toBeLessThan(0.038);
  });
});

describe('Kenya in detail', () => {
  it('splits the age groups of WPP 2019 and keeps each group’s share before scaling', async () => {
    const { country } = await built('KEN');
    const rows = rawCountryRows('wpp2019Population5yr', 'KEN').filter((r) => r.year === '2025');
    // 2025 is a WPP 2019 point: each sex is the WPP 2019 structure times one factor, so the
    // share of each 5-year group in the sex total is WPP 2019's (rounding to whole persons aside).
    for (const sex of ['female', 'male'] as const) {
      const groups = rows.map((r) => Number(r[`pop_${sex}_thousands`]));
      const total = sum(groups);
      const ages = country.population[sex][0]!;
      const built2025 = sum(ages);
      groups.forEach((g, k) => {
        const ours = k === 20 ? ages[100]! : sum(ages.slice(5 * k, 5 * k + 5));
        // Rounding each age to whole persons moves a group by at most 2.5 persons and the total
        // by at most 50.5, so a share (at most 0.1 of the total) moves by under 10 / total.
        expect(Math.abs(ours / built2025 - g / total), `${sex} group ${k}`).toBeLessThan(
          10 / built2025,
        );
      });
    }
  });

  it('gives each poverty line its own amount and headcount, USD 3.00 first (defect 11)', async () => {
    const { country } = await built('KEN');
    // USD a day x 365 x PPPEX 2021 (42.332) x PCPI 2025 / PCPI 2021 (579.182 / 452.068):
    // 3.00 x 19,795.79... = 59,387.38; 4.20 x ... = 83,142.34; 8.30 x ... = 164,305.10 KES a year.
    expect(country.povertyLines).toEqual([
      { id: 'international-3.00', amount: 59387.38, headcount: 0.464 },
      { id: 'international-4.20', amount: 83142.34, headcount: 0.679 },
      { id: 'international-8.30', amount: 164305.1, headcount: 0.913 },
      // SI.POV.NAHC 38.6% in 2021; the public data have no national line in KES, so its amount is
      // the one the headcount implies (implied-national-line.test.ts): USD 2.5444 a day x 19,795.79...
      // = 50,367.69 KES a year.
      { id: 'national', amount: 50367.69, headcount: 0.386 },
    ]);
    // The earlier single fields are gone: the USD 3.00 amount is no longer called the national line.
    expect(country.povertyLine).toBeUndefined();
    expect(country.rates!.poverty).toBeUndefined();
    const amountSource = country.sources!.find(
      (s) => s.field === 'povertyLines.international-3.00.amount',
    );
    expect(amountSource?.note).toMatch(/^59,387.38 KES per person per year = USD 3.00 a day/);
    expect(amountSource?.note).toContain('This is not the national poverty line');
    // SI.POV.DDAY 46.4% in 2021 goes with the USD 3.00 amount.
    const headcountSource = country.sources!.find(
      (s) => s.field === 'povertyLines.international-3.00.headcount',
    );
    expect(headcountSource?.edition).toBe('SI.POV.DDAY, 2021');
    // Public health spending: WHO GHED gghed_gdp 2.02183% in 2022.
    expect(country.spendingPctGdp!.health).toBeCloseTo(0.0202183, 10);
  });

  it('states 2% US dollar inflation and extends the exchange rate with it after 2029 (defect 12)', async () => {
    const { country } = await built('KEN');
    expect(country.longRun).toEqual({ usdInflation: 0.02 });
    const usd = country.sources!.find((s) => s.field === 'longRun.usdInflation');
    expect(usd?.assumption).toBe(true);
    const m = buildCountryModel(country, 2031);
    const k2029 = 2029 - 2025;
    // The IMF's last year: XR_LCU_PER_USD_IMPLIED 189.224. Then fx[t] = fx[t-1] x (1 + pi) / 1.02
    // with the 2029 inflation held (PCPIPCH 2029 / 100).
    const pi = country.macro.inflation.at(-1)!;
    expect(m.fxPerUsd[k2029]).toBe(189.224);
    expect(m.fxPerUsd[k2029 + 1]).toBeCloseTo((189.224 * (1 + pi)) / 1.02, 9);
    expect(m.fxPerUsd[k2029 + 2]).toBeCloseTo((189.224 * (1 + pi) ** 2) / 1.02 ** 2, 9);
  });

  it('sets wages as shares of GDP per capita and unemployment that averages to the total rate', async () => {
    const { country } = await built('KEN');
    const persons = sum(country.population.female[0]!) + sum(country.population.male[0]!);
    const monthly = country.macro.gdp[0]! / persons / 12;
    expect(country.minimumWage).toBeCloseTo(0.5 * monthly, 2);
    expect(country.averageWage).toBeCloseTo(1.1 * monthly, 2);
    // No LUR for Kenya: 5% of the labour force on average over 15-64. Unemployed / labour force,
    // with the labour force = population x participation by band, gives back 5% (bands rounded).
    const lfp = country.rates!.laborForceParticipation as Record<
      'female' | 'male',
      [number, number, number][]
    >;
    const u = country.rates!.unemployment as Record<'female' | 'male', [number, number, number][]>;
    let force = 0;
    let unemployed = 0;
    for (const sex of ['female', 'male'] as const) {
      for (let a = 15; a <= 64; a++) {
        const n = country.population[sex][0]![a]!;
        force += n * lfp[sex].find(([f, t]) => a >= f && a <= t)![2];
        unemployed += n * u[sex].find(([f, t]) => a >= f && a <= t)![2];
      }
    }
    expect(unemployed / force).toBeCloseTo(0.05, 4);
  });

  it('runs through the engine: the default package on Kenya gives finite costs every year', async () => {
    const { country } = await built('KEN');
    const scenario = { ...defaultScenario(), country: 'KEN' };
    const result = runScenario(scenario, country);
    expect(result.years[0]).toBe(2025);
    expect(result.total.cost.length).toBe(result.years.length);
    for (const c of result.total.cost) expect(Number.isFinite(c)).toBe(true);
    for (const p of result.total.pctGdp) expect(Number.isFinite(p)).toBe(true);
    // Phased in from 2026, so the package costs something by 2030.
    expect(result.total.cost[result.years.indexOf(2030)]).toBeGreaterThan(0);
  });
});

describe('Indonesia uses the WPP 2024 single ages', () => {
  it('records the derivation in sources', async () => {
    const { country } = await built('IDN');
    const population = country.sources!.find((s) => s.field === 'population')!;
    expect(population.edition).toMatch(/WPP 2024 single ages/);
    expect(population.note).toMatch(/mid-year t = \(1 January t \+ 1 January t\+1\) \/ 2/);
    expect(population.note).toMatch(/100\+ by sex from the same WPP 2019 series/);
  });

  it('has both sexes at each age 0-99 = the mean of 1 January t and t+1, up to the sex scaling', async () => {
    const { country } = await built('IDN');
    const jan1 = new Map(
      rawCountryRows('wpp2024Population1JanSingleAge', 'IDN').map((r) => [
        `${r.year} ${r.age}`,
        Number(r.pop_both_sexes_persons),
      ]),
    );
    for (const [i, year] of [
      [0, 2025],
      [10, 2035],
      [35, 2060],
    ] as const) {
      for (const age of [0, 30, 70, 99]) {
        const mid = (jan1.get(`${year} ${age}`)! + jan1.get(`${year + 1} ${age}`)!) / 2;
        const both = country.population.female[i]![age]! + country.population.male[i]![age]!;
        // The sexes are scaled to the WPP 2024 totals by factors within 0.3% of 1 (see sources).
        expect(Math.abs(both / mid - 1), `${year} age ${age}`).toBeLessThan(0.003);
      }
    }
  });

  it('takes 100+ from the WPP 2019 age groups (the single-age file has no 100+)', async () => {
    const { country } = await built('IDN');
    const rows = rawCountryRows('wpp2019Population5yr', 'IDN').filter(
      (r) => r.year === '2025' && r.age_group === '100+',
    );
    const f = Number(rows[0]!.pop_female_thousands) * 1000;
    // Scaled with the rest of the women by a factor within 0.3% of 1.
    expect(Math.abs(country.population.female[0]![100]! / f - 1)).toBeLessThan(0.003);
  });
});
