/**
 * A database entry: the key figures of a built country (base year), its names in English, French
 * and Spanish and its UN region (from the world-countries package, ODbL 1.0), and its income group.
 */
import countries from 'world-countries';
import {
  buildCountryModel,
  chosenPovertyLine,
  incomeGroupOf,
  type CountryData,
  type Issue,
} from '#engine';
import type { CodedRemark, CountryDbEntry } from '../../src/contract/country-db';

interface WorldCountry {
  cca3: string;
  ccn3: string;
  name: { common: string };
  translations: Record<string, { common: string } | undefined>;
  region: string;
  subregion?: string;
}

const BY_ISO3 = new Map((countries as unknown as WorldCountry[]).map((c) => [c.cca3, c]));

/** Names and region of a code; the UN's own name when world-countries does not know the code. */
export function namesOf(
  iso3: string,
  unName: string,
): Pick<CountryDbEntry, 'm49' | 'names' | 'region' | 'subregion'> {
  const c = BY_ISO3.get(iso3);
  if (!c)
    return { m49: null, names: { en: unName, fr: unName, es: unName }, region: '', subregion: '' };
  return {
    m49: c.ccn3 ? Number(c.ccn3) : null,
    names: {
      en: c.name.common,
      fr: c.translations.fra?.common ?? c.name.common,
      es: c.translations.spa?.common ?? c.name.common,
    },
    region: c.region,
    subregion: c.subregion ?? '',
  };
}

function remark(issue: Issue): CodedRemark | undefined {
  if (!issue.code) return undefined;
  return { path: issue.path, code: issue.code, params: { ...(issue.params ?? {}) } };
}

/**
 * The entry of a built country; `remarks` are the build's coded notes (fallbacks, gaps);
 * `publishedGdpUsd` the IMF's GDP in US dollars of the base year when it publishes one (else GDP in
 * LCU at the country's exchange rate).
 */
export function databaseEntry(
  country: CountryData,
  remarks: readonly Issue[],
  publishedGdpUsd?: number,
): CountryDbEntry {
  const model = buildCountryModel(country, country.baseYear);
  const population = model.populationTotal[0]!;
  const gdpLcu = model.gdp[0]!;
  const gdpUsd = publishedGdpUsd ?? gdpLcu / model.fxPerUsd[0]!;
  const gdpPerCapitaUsd = gdpUsd / population;
  const headcount = chosenPovertyLine(country, undefined)?.headcount;
  return {
    iso3: country.code,
    ...namesOf(country.code, country.name),
    baseYear: country.baseYear,
    currency: country.currency,
    population,
    gdpLcu,
    gdpUsd,
    gdpPerCapitaUsd,
    incomeGroup: incomeGroupOf(gdpPerCapitaUsd, country.baseYear),
    povertyHeadcount: typeof headcount === 'number' ? headcount : null,
    warnings: remarks.flatMap((r) => remark(r) ?? []).slice(0, 100),
  };
}
