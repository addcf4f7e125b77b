/**
 * Sample countries of the shipped database against the publishers' totals, read here straight from
 * the CSV files in ../shared/data (papaparse, independently of the builder's readers).
 */
import { describe, expect, it } from 'vitest';
import { incomeThresholds } from '#engine';
import { loadCountryDatabase } from '../../../src/node/country-db/database-file';
import { rawCountryRows } from '../../helpers/country-data';

const db = loadCountryDatabase();
const entryOf = (iso3: string) => {
  const found = db.countries.find((c) => c.entry.iso3 === iso3);
  if (!found) throw new Error(`${iso3} is not in the shipped database`);
  return found.entry;
};

/** The IMF WEO value of `indicator` in `year`, as published (billions). */
function weo(iso3: string, indicator: string, year: number): number {
  const row = rawCountryRows('imfWeo', iso3).find(
    (r) => r.indicator === indicator && Number(r.year) === year,
  );
  if (!row) throw new Error(`no ${indicator} ${year} for ${iso3}`);
  return Number(row.value);
}

/** WPP 2024 total population of `year`, persons (the file is in thousands). */
function wppPersons(iso3: string, year: number): number {
  const row = rawCountryRows('wpp2024Indicators', iso3).find((r) => Number(r.year) === year)!;
  return Number(row.pop_total_thousands) * 1000;
}

describe.each(['KEN', 'NPL', 'BRA', 'DEU'])('%s in the country database', (iso3) => {
  it('has the UN population of its base year, to the rounding of whole persons', () => {
    const e = entryOf(iso3);
    // The builder scales each sex's single ages (0..100) to the UN totals by sex and rounds every
    // age to whole persons: at most 2 x 101 x 0.5 = 101 persons off, plus up to 1 person between
    // pop_total and pop_male + pop_female (each published to the person). 102 in all.
    expect(Math.abs(e.population - wppPersons(iso3, e.baseYear))).toBeLessThanOrEqual(102);
  });

  it('has the IMF GDP of its base year exactly, in LCU and in US dollars', () => {
    const e = entryOf(iso3);
    // NGDP is in billions of LCU; the builder rounds GDP to whole units, and every NGDP here has at
    // most 3 decimals, so x 1e9 is already whole.
    expect(e.gdpLcu).toBe(Math.round(weo(iso3, 'NGDP', e.baseYear) * 1e9));
    // NGDPD (billions of USD) is the entry's GDP in US dollars, taken as published.
    const usd = weo(iso3, 'NGDPD', e.baseYear) * 1e9;
    expect(Math.abs(e.gdpUsd / usd - 1)).toBeLessThan(1e-9);
    expect(e.gdpPerCapitaUsd).toBeCloseTo(e.gdpUsd / e.population, 6);
  });
});

describe('income groups of the sample countries (World Bank FY2026 thresholds)', () => {
  it('classifies Kenya, Nepal, Brazil and Germany as worked out by hand', () => {
    // 2025 is after the last published data year (2024), so the FY2026 thresholds apply:
    // low <= 1,135, lower-middle <= 4,495, upper-middle <= 13,935 (USD per person).
    expect(incomeThresholds(2025).fiscalYear).toBe('FY2026');
    // Kenya: NGDPD 116.662 bn / 58,083,591 persons = USD 2,008.5 -> lower-middle.
    expect(entryOf('KEN').gdpPerCapitaUsd).toBeCloseTo(2008.5, 0);
    expect(entryOf('KEN').incomeGroup).toBe('lowerMiddle');
    // Nepal: 47.826 bn / 29,608,076 = USD 1,615.3 -> lower-middle.
    expect(entryOf('NPL').gdpPerCapitaUsd).toBeCloseTo(1615.3, 0);
    expect(entryOf('NPL').incomeGroup).toBe('lowerMiddle');
    // Brazil: 2,307.16 bn / 213,202,117 = USD 10,821.5 -> upper-middle.
    expect(entryOf('BRA').gdpPerCapitaUsd).toBeCloseTo(10821.5, 0);
    expect(entryOf('BRA').incomeGroup).toBe('upperMiddle');
    // Germany: 4,921.56 bn / 83,741,226 = USD 58,771.1 -> high.
    expect(entryOf('DEU').gdpPerCapitaUsd).toBeCloseTo(58771.1, 0);
    expect(entryOf('DEU').incomeGroup).toBe('high');
  });

  it('has Germany, built with its 2022 WHO health spending (2023 is empty in GHED)', () => {
    expect(entryOf('DEU').names).toEqual({ en: 'Germany', fr: 'Allemagne', es: 'Alemania' });
    expect(entryOf('DEU').warnings.map((w) => w.code)).toContain('build.note.healthEarlierYear');
  });

  it('names each country in English, French and Spanish with its UN region', () => {
    expect(entryOf('KEN')).toMatchObject({
      names: { en: 'Kenya', fr: 'Kenya', es: 'Kenia' },
      region: 'Africa',
      subregion: 'Eastern Africa',
      m49: 404,
      currency: 'KES',
    });
    expect(entryOf('NPL').names).toEqual({ en: 'Nepal', fr: 'Népal', es: 'Nepal' });
  });
});
