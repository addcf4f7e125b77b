import { incomeGroupOf, incomeThresholds, type CountryData, type CountrySource } from '#engine';
import { weoValue, type WeoCountry } from '../shared-data/imf-outlook';
import {
  DEFAULT_UNEMPLOYMENT_RATE,
  FATHER_AGE_GAP,
  INCOME_GROUP_WORDS,
  LABOUR_FORCE_PARTICIPATION,
  PENSION_COVERAGE_BY_INCOME,
  WORLD_BANK_LINES,
  SEVERE_DISABILITY,
  unemploymentBands,
  WAGE_SHARES_OF_GDP_PER_CAPITA,
  bandRate,
  YOUTH_TO_ADULT_UNEMPLOYMENT,
  type Band,
} from './gap-defaults';
import type { OrphanhoodBuild } from './orphanhood-from-wpp';
import { conversionWords, pppConversion, usdPerDayInLcu } from './ppp-conversion';
import { TOOL_SOURCE } from './source-names';
import { sum } from './population-by-age';

/** A field filled with a documented default, and how. */
export interface Assumption {
  field: string;
  note: string;
}

export interface GapInputs {
  iso3: string;
  currency: string;
  baseYear: number;
  /** GDP of the base year, LCU. */
  gdp: number;
  fxPerUsd: number;
  /** Base-year population by single age. */
  population: { female: readonly number[]; male: readonly number[] };
  weo: WeoCountry;
  orphanhood: OrphanhoodBuild;
}

export interface GapFill {
  amounts: Pick<CountryData, 'minimumWage' | 'averageWage'>;
  /** LCU per person per year at base-year prices of each international line (2021 PPP). */
  povertyLineAmounts: Partial<Record<(typeof WORLD_BANK_LINES)[number]['id'], number>>;
  rates: NonNullable<CountryData['rates']>;
  assumptions: Assumption[];
  sources: CountrySource[];
}

function money(x: number): number {
  return Math.round(x * 100) / 100;
}

function pct(x: number, digits = 1): string {
  return `${(100 * x).toFixed(digits)}%`;
}

function copyBands(bands: readonly Band[]): Band[] {
  return bands.map(([a, b, r]) => [a, b, r]);
}

function num(x: number): string {
  return x.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** Severe disability with the default bands: the share of everyone and of adults 18+. */
export function severeDisabilityPrevalence(population: {
  female: readonly number[];
  male: readonly number[];
}): { all: number; adults: number } {
  let all = 0;
  let disabled = 0;
  let adults = 0;
  let disabledAdults = 0;
  for (const sex of [population.female, population.male]) {
    for (let a = 0; a < sex.length; a++) {
      const n = sex[a]!;
      const d = n * bandRate(SEVERE_DISABILITY, a);
      all += n;
      disabled += d;
      if (a >= 18) {
        adults += n;
        disabledAdults += d;
      }
    }
  }
  return { all: disabled / all, adults: disabledAdults / adults };
}

/** The documented defaults for the fields the public data do not give (see gap-defaults.ts). */
export function gapDefaults(inputs: GapInputs): GapFill {
  const { weo, baseYear, currency, population } = inputs;
  const out: GapFill = {
    amounts: {},
    povertyLineAmounts: {},
    rates: {},
    assumptions: [],
    sources: [],
  };
  const assume = (field: string, note: string, source = TOOL_SOURCE) => {
    out.assumptions.push({ field, note });
    out.sources.push({ field, source, note, assumption: true });
  };
  const persons = sum(population.female) + sum(population.male);
  const gdpPerCapita = inputs.gdp / persons;

  // Poverty lines: USD a day at 2021 PPP, in LCU of 2021, moved to the base year with the CPI.
  const conversion = pppConversion(weo, baseYear);
  if (conversion) {
    for (const { id, usdPerDay } of WORLD_BANK_LINES) {
      const line = usdPerDayInLcu(usdPerDay, conversion);
      out.povertyLineAmounts[id] = line;
      assume(
        `povertyLines.${id}.amount`,
        `${num(line)} ${currency} per person per year = USD ${usdPerDay.toFixed(2)} a day (World Bank line, ${conversion.pppYear} PPP) ${conversionWords(conversion, currency)}. This is not the national poverty line, whose amount in local currency the public data do not give (povertyLines.national has the amount the national headcount implies, where it can be derived). PPPEX is the GDP conversion rate, the closest substitute for the World Bank's consumption PPP.`,
      );
    }
  }

  // Wages as shares of GDP per capita.
  const monthly = gdpPerCapita / 12;
  const { minimumWage, averageWage } = WAGE_SHARES_OF_GDP_PER_CAPITA;
  out.amounts.minimumWage = money(minimumWage * monthly);
  out.amounts.averageWage = money(averageWage * monthly);
  const gdppcText = `GDP per capita ${baseYear} = ${num(inputs.gdp)} / ${num(persons)} persons = ${num(gdpPerCapita)} ${currency} a year (${num(monthly)} a month)`;
  assume(
    'minimumWage',
    `${num(out.amounts.minimumWage)} ${currency} a month = ${minimumWage} x monthly GDP per capita; ${gdppcText}. No minimum wage in the public data.`,
  );
  assume(
    'averageWage',
    `${num(out.amounts.averageWage)} ${currency} a month = ${averageWage} x monthly GDP per capita (${gdppcText}), so the minimum wage is ${Math.round((100 * minimumWage) / averageWage)}% of the average, within the usual 40-60%. No wage data in the public data.`,
  );

  // Severe disability.
  out.rates.disability = copyBands(SEVERE_DISABILITY);
  const prevalence = severeDisabilityPrevalence(population);
  assume(
    'rates.disability',
    `Severe disability by age, both sexes: ${SEVERE_DISABILITY.map(([a, b, r]) => `${pct(r)} at ${a}-${b}`).join(', ')}; ${pct(prevalence.all, 2)} of the ${baseYear} population and ${pct(prevalence.adults, 2)} of adults 18+. Consistent with the World Report on Disability (WHO and World Bank 2011): 2.2%-3.8% of adults with severe disability, 0.7% of children 0-14. No prevalence data in the public data.`,
  );

  // Orphanhood from the country's own mortality.
  const orphans = inputs.orphanhood;
  out.rates.orphanhood = copyBands(orphans.bands);
  let children = 0;
  let orphaned = 0;
  for (const [age, , rate] of orphans.bands) {
    const n = population.female[age]! + population.male[age]!;
    children += n;
    orphaned += n * rate;
  }
  assume(
    'rates.orphanhood',
    `Share of children who have lost at least one parent, by age 0-17, from the UN WPP 2024 death rates by sex and 5-year age group of ${orphans.period} (wpp2024_mortality_rates_5yr_age.csv) and the mothers' ages of that period (wpp2024_fertility_age_distribution_5yr.csv, mean ${orphans.motherMeanAge.toFixed(1)}), fathers ${FATHER_AGE_GAP} years older, parents dying independently: ${pct(orphans.bands[0]![2])} at age 0, ${pct(orphans.bands[10]![2])} at 10, ${pct(orphans.bands[17]![2])} at 17, ${pct(orphaned / children)} of children 0-17 in ${baseYear}. Ignores AIDS-related clustering of parents' deaths. No survey data in the public data.`,
    'Derived from UN DESA, World Population Prospects 2024 (docs/country-data.md)',
  );

  // Contributory pension coverage by income group.
  const usd = gdpPerCapita / inputs.fxPerUsd;
  const group = incomeGroupOf(usd, baseYear);
  const t = incomeThresholds(baseYear);
  const coverage = PENSION_COVERAGE_BY_INCOME[group];
  out.rates.pensionCoverage = [[65, 100, coverage]];
  assume(
    'rates.pensionCoverage',
    `${pct(coverage, 0)} of persons 65+ have a contributory pension: the tool's round default for ${INCOME_GROUP_WORDS[group]} countries (GDP per capita ${baseYear} USD ${num(Math.round(usd))}, World Bank ${t.fiscalYear} thresholds on GNI per capita, USD ${num(t.low)} / ${num(t.lowerMiddle)} / ${num(t.upperMiddle)}). Not data: replace with the ILO's SDG 1.3.1 coverage.`,
  );

  // Labour force participation.
  out.rates.laborForceParticipation = {
    female: copyBands(LABOUR_FORCE_PARTICIPATION.female),
    male: copyBands(LABOUR_FORCE_PARTICIPATION.male),
  };
  const describe = (sex: 'female' | 'male') =>
    LABOUR_FORCE_PARTICIPATION[sex].map(([a, b, r]) => `${pct(r, 0)} at ${a}-${b}`).join(', ');
  assume(
    'rates.laborForceParticipation',
    `Round values typical of lower-middle-income countries: women ${describe('female')}; men ${describe('male')}. No ILO participation data in the public data.`,
  );

  // Unemployment from the IMF's total rate.
  const lurNow = weoValue(weo, 'LUR', baseYear);
  const lurYears = [...(weo.series.get('LUR')?.keys() ?? [])].filter((y) => y <= baseYear);
  const lurYear = lurNow ? baseYear : lurYears.length > 0 ? Math.max(...lurYears) : undefined;
  const lur = lurYear !== undefined ? weoValue(weo, 'LUR', lurYear)!.value / 100 : undefined;
  const total = lur ?? DEFAULT_UNEMPLOYMENT_RATE;
  const bands = unemploymentBands(total, population);
  out.rates.unemployment = { female: bands.female, male: bands.male };
  const origin =
    lur !== undefined
      ? `IMF WEO unemployment rate (LUR) ${pct(lur)} of the labour force in ${lurYear}`
      : `no IMF unemployment rate (LUR) for ${inputs.iso3}: ${pct(DEFAULT_UNEMPLOYMENT_RATE)} of the labour force, about the world rate (ILO)`;
  assume(
    'rates.unemployment',
    `${origin}, spread over ages with youth (15-24) at ${YOUTH_TO_ADULT_UNEMPLOYMENT} times the rate at 25-64 and the labour-force-weighted average kept: ${pct(bands.youth)} at 15-24, ${pct(bands.adult)} at 25-64 of the labour force. Written as a share of the whole age group (the rate x the participation of each band and sex), as the engine reads it (methodology section 2).`,
  );
  return out;
}
