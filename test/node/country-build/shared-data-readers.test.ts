/**
 * The readers of ../shared/data (src/backend/shared-data), checked against values read from the
 * raw files here: units converted (thousands → persons, per 1,000 → per woman), one country taken
 * from files of many, and countries missing from the 13-country single-age files answered with null.
 */
import { describe, expect, it } from 'vitest';
import {
  latestValue,
  readImfEstimatesStartAfter,
  readImfWeo,
  readWbPoverty,
  readWhoGhed,
  readWhoGhedIndicators,
  readWpp2019Population5yr,
  readWpp2024AsfrSingleAge,
  readWpp2024FertilityDistribution5yr,
  readWpp2024Indicators,
  readWpp2024Mortality5yr,
  readWpp2024MxSingleAge,
  readWpp2024Population1JanSingleAge,
  seriesYear,
  weoValue,
} from '../../../src/node/shared-data';
import { dataFile, rawCountryRows } from '../../helpers/country-data';

describe('WPP 2024 single-age files (13 countries, both sexes)', () => {
  it('reads the 1 January population of Indonesia in persons, ages 0-99', async () => {
    const s = (await readWpp2024Population1JanSingleAge(
      dataFile('wpp2024Population1JanSingleAge'),
      'IDN',
    ))!;
    expect(s.years[0]).toBe(2020);
    expect(s.years.at(-1)).toBe(2099);
    expect(s.ages).toEqual(Array.from({ length: 100 }, (_, a) => a));
    expect(s.periodTypes[s.years.indexOf(2023)]).toBe('estimate');
    expect(s.periodTypes[s.years.indexOf(2024)]).toBe('projection_medium');
    const raw = rawCountryRows('wpp2024Population1JanSingleAge', 'IDN').find(
      (r) => r.year === '2025' && r.age === '30',
    )!;
    expect(seriesYear(s, 2025, 'f')[30]).toBe(Number(raw.pop_both_sexes_persons));
    expect(() => seriesYear(s, 2101, 'f.csv')).toThrow(/has no year 2101; it covers 2020-2099/);
  });

  it('answers null for a country the file does not have (Kenya)', async () => {
    expect(
      await readWpp2024Population1JanSingleAge(dataFile('wpp2024Population1JanSingleAge'), 'KEN'),
    ).toBeNull();
    expect(await readWpp2024MxSingleAge(dataFile('wpp2024MxSingleAge'), 'KEN')).toBeNull();
    expect(await readWpp2024AsfrSingleAge(dataFile('wpp2024AsfrSingleAge'), 'KEN')).toBeNull();
  });

  it('reads death rates by single age, as given', async () => {
    const s = (await readWpp2024MxSingleAge(dataFile('wpp2024MxSingleAge'), 'BRA'))!;
    // The file's first row: BRA, 2020, age 0, 0.01283806.
    expect(seriesYear(s, 2020, 'f')[0]).toBe(0.01283806);
    expect(s.values[0]).toHaveLength(100);
  });

  it('reads fertility per woman (the file per 1,000), summing to the TFR', async () => {
    const s = (await readWpp2024AsfrSingleAge(dataFile('wpp2024AsfrSingleAge'), 'IDN'))!;
    expect(s.ages[0]).toBe(15);
    expect(s.ages.at(-1)).toBe(49);
    const tfr = seriesYear(s, 2024, 'f').reduce((a, b) => a + b, 0);
    // README section 8: the sum over ages / 1000 reproduces WPP 2024's TFR within 0.009 (2.11).
    const raw = rawCountryRows('wpp2024Indicators', 'IDN').find((r) => r.year === '2024')!;
    expect(Math.abs(tfr - Number(raw.total_fertility_rate))).toBeLessThan(0.01);
  });
});

describe('WPP 2024 and WPP 2019 country files', () => {
  it('reads the annual indicators in persons', async () => {
    const s = await readWpp2024Indicators(dataFile('wpp2024Indicators'), 'NPL');
    expect(s.name).toBe('Nepal');
    const y2024 = s.byYear.get(2024)!;
    // README spot-check: Nepal 29,628 thousand in 2024, births 562 thousand.
    expect(y2024.popTotal! / 1e6).toBeCloseTo(29.628, 3);
    expect(y2024.births! / 1e3).toBeCloseTo(562, 0);
    expect(s.byYear.get(2023)!.popTotal).toBeNull();
    expect(y2024.totalFertility).toBeCloseTo(1.96, 2);
  });

  it('reads 5-year death rates by sex with the open group 100+ as age 100', async () => {
    const m = await readWpp2024Mortality5yr(dataFile('wpp2024Mortality5yr'), 'KEN');
    expect(m.ageStarts).toEqual([0, 1, ...Array.from({ length: 20 }, (_, i) => 5 * (i + 1))]);
    const p = m.periods.findIndex((x) => x.label === '2015-2020');
    expect(m.periods[p]!.midYear).toBe(2018);
    expect(m.male[p]![0]).toBe(0.0375095);
    expect(m.female[p]![m.ageStarts.indexOf(30)]).toBe(0.00485968);
  });

  it('reads the distribution of fertility by mother’s age, in percent', async () => {
    const f = await readWpp2024FertilityDistribution5yr(
      dataFile('wpp2024FertilityDistribution5yr'),
      'KEN',
    );
    expect(f.ageGroups).toEqual(['15-19', '20-24', '25-29', '30-34', '35-39', '40-44', '45-49']);
    const p = f.periods.findIndex((x) => x.label === '2015-2020');
    expect(f.percent[p]!.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 2);
  });

  it('reads WPP 2019 age groups in persons, 21 groups a year', async () => {
    const w = await readWpp2019Population5yr(dataFile('wpp2019Population5yr'), 'KEN');
    expect(w.years.slice(0, 3)).toEqual([1950, 1955, 1960]);
    const i = w.years.indexOf(2025);
    expect(w.variants[i]).toBe('medium');
    // Kenya 2025, 0-4 males: 3,793.587 thousand.
    expect(w.male[i]![0]).toBeCloseTo(3793587, 3);
    expect(w.female[i]![20]).toBeCloseTo(13, 6);
  });
});

describe('IMF, World Bank and WHO files', () => {
  it('reads the IMF WEO in its own units, with actual and projected years', async () => {
    const weo = await readImfWeo(dataFile('imfWeo'), 'KEN');
    expect(weoValue(weo, 'NGDP', 2023)).toEqual({ value: 15108.8, projection: false });
    expect(weoValue(weo, 'NGDP', 2024)!.projection).toBe(true);
    const actual = await readImfEstimatesStartAfter(dataFile('imfEstimatesStartAfter'), 'KEN');
    expect(actual.get('NGDP')).toBe(2023);
  });

  it('reads Kosovo under the IMF code UVK', async () => {
    const weo = await readImfWeo(dataFile('imfWeo'), 'XKX');
    expect(weo.series.get('NGDP')?.size).toBeGreaterThan(0);
  });

  it('reads the latest poverty headcount and public health spending', async () => {
    const pov = await readWbPoverty(dataFile('wbPoverty'), 'IDN');
    expect(latestValue(pov.byIndicator.get('SI.POV.NAHC'))).toEqual({ year: 2024, value: 9 });
    const ghed = await readWhoGhed(dataFile('whoGhed'), 'NPL');
    expect(latestValue(ghed.byIndicator.get('gghed_gdp'))).toEqual({ year: 2022, value: 2.106 });
    const codes = await readWhoGhedIndicators(dataFile('whoGhedIndicators'));
    expect(codes.get('gghed_gdp')).toEqual({
      code: 'gghed_gdp',
      name: 'Domestic general government health expenditure',
      unit: 'percent of GDP',
    });
  });
});
