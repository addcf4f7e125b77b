import { InputError, codedIssue, type CountrySource } from '#engine';
import type { IndicatorSeries } from '../shared-data/un-indicators-2024';
import type { AgeGroupPopulation } from '../shared-data/un-population-2019';
import type { SingleAgeSeries } from '../shared-data/un-single-age-2024';
import type { UnPopulation } from '../shared-data/un-wpp-csv';
import {
  midYearFromJanuary,
  roundPersons,
  scaleToTotals,
  singleAgesBetween,
  singleAgesFromGroups,
  splitBySex,
  sum,
  type ScaleFactor,
  type SexAgePopulation,
} from './population-by-age';
import { WPP_SOURCE, WPP_URL } from './source-names';

export interface PopulationBuild {
  population: SexAgePopulation;
  source: CountrySource;
}

/** Where a population came from, for messages about its scale. */
interface Origin {
  file: string;
  rows: string;
  columns: string;
  unit: 'thousands' | 'persons';
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/**
 * Compares a population with the WPP 2024 total of the same year, so that a file in the wrong
 * unit (persons where thousands are expected, or the reverse) is refused instead of giving a
 * country 1,000 times too big or too small. Within a factor of 2 passes: editions differ by a
 * few percent, and a wrong unit is off by 1,000.
 */
export function checkScale(
  pop: SexAgePopulation,
  indicators: IndicatorSeries,
  origin: Origin,
  indicatorsFile: string,
): void {
  const withTotal = indicators.years.filter((y) => indicators.byYear.get(y)!.popTotal !== null);
  if (withTotal.length === 0 || pop.years.length === 0) return;
  // The year of the population closest to a year with a UN total.
  let best = { i: 0, year: withTotal[0]!, gap: Infinity };
  pop.years.forEach((y, i) => {
    const nearest = withTotal.reduce((a, b) => (Math.abs(b - y) < Math.abs(a - y) ? b : a));
    if (Math.abs(nearest - y) < best.gap) best = { i, year: nearest, gap: Math.abs(nearest - y) };
  });
  const total = sum(pop.female[best.i]!) + sum(pop.male[best.i]!);
  const un = indicators.byYear.get(best.year)!.popTotal!;
  const ratio = total / un;
  if (ratio >= 0.5 && ratio <= 2) return;
  const year = pop.years[best.i]!;
  const hint =
    ratio > 20
      ? origin.unit === 'thousands'
        ? 'the counts must be in thousands, and these look like persons'
        : 'is the file in persons as expected? its counts look 1,000 times too big'
      : ratio < 0.05
        ? origin.unit === 'persons'
          ? 'the counts must be in persons, and these look like thousands'
          : `the counts look too small for thousands (or ${indicatorsFile} is not in thousands)`
        : 'is it the right country and unit?';
  throw new InputError(
    [
      {
        path: `${origin.rows}, ${origin.columns}`,
        message: `give ${fmt(total)} persons in ${year}, ${ratio >= 10 ? fmt(ratio) : ratio.toPrecision(3)} times the WPP 2024 total for ${best.year} (${fmt(un)}): ${hint}`,
      },
    ],
    origin.file,
  );
}

function totalsBySex(indicators: IndicatorSeries) {
  return (year: number) => {
    const row = indicators.byYear.get(year);
    return row && row.popFemale !== null && row.popMale !== null
      ? { female: row.popFemale, male: row.popMale }
      : null;
  };
}

function describeFactors(factors: readonly ScaleFactor[]): string {
  const own = factors.filter((f) => !f.held);
  if (own.length === 0) return 'no year had WPP 2024 totals by sex, so nothing was scaled';
  const range = (k: 'female' | 'male') => {
    const v = own.map((f) => f[k]);
    return `${Math.min(...v).toFixed(4)}-${Math.max(...v).toFixed(4)}`;
  };
  const held = factors.filter((f) => f.held).map((f) => f.year);
  return (
    `scaling factors ${own[0]!.year}-${own[own.length - 1]!.year}: women ${range('female')}, men ${range('male')}` +
    (held.length > 0
      ? `; ${held[0]}-${held[held.length - 1]} (no WPP 2024 totals by sex) keep the factor of ${own[0]!.year}`
      : '')
  );
}

/** The population rounded to whole persons, with its source: the UN's WPP, in the edition and the way said. */
function wppPopulation(pop: SexAgePopulation, edition: string, note: string): PopulationBuild {
  return {
    population: roundPersons(pop),
    source: { field: 'population', source: WPP_SOURCE, edition, url: WPP_URL, note },
  };
}

const SPRAGUE_NOTE =
  'interpolated geometrically between the 5-year points by age group and sex, and split into single ages with the Sprague multipliers (the first panels for 0-4 and 5-9; 95-99 split geometrically, falling by the ratio (P95-99 / P90-94)^(1/5) per year of age; negative values of a group set to 0 and the group rescaled to its total; 100+ kept as given)';

/** The default: WPP 2019 groups → single ages every year → WPP 2024 totals by sex. */
export function populationFromGroups(
  wpp2019: AgeGroupPopulation,
  indicators: IndicatorSeries,
  years: readonly number[],
  files: { wpp2019: string; indicators: string },
): PopulationBuild {
  const pop = singleAgesFromGroups(wpp2019, years);
  checkScale(pop, indicators, wpp2019Origin(wpp2019, files.wpp2019), files.indicators);
  const factors = scaleToTotals(pop, totalsBySex(indicators));
  return wppPopulation(
    pop,
    'WPP 2019 age structure (5-year groups by sex), scaled to WPP 2024 medium-variant totals by sex',
    `Mid-year persons. WPP 2019 population by sex and 5-year age group (estimates to 2020, medium variant from 2025; thousands x 1000), ${SPRAGUE_NOTE}; ` +
      `then each sex multiplied by one factor a year so that its total equals the WPP 2024 total by sex (pop_female/male_thousands x 1000), ${describeFactors(factors)}; rounded to whole persons.`,
  );
}

function wpp2019Origin(wpp2019: AgeGroupPopulation, file: string): Origin {
  return {
    file,
    rows: `rows for ${wpp2019.iso3} (lines ${wpp2019.lines.first}-${wpp2019.lines.last})`,
    columns: 'columns pop_male_thousands and pop_female_thousands',
    unit: 'thousands',
  };
}

/**
 * Where WPP 2024 single ages exist (README section 8): mid-year = mean of 1 January t and t+1,
 * split by sex with the WPP 2019 sex ratios by single age of the same year, 100+ from WPP 2019,
 * then scaled to the WPP 2024 totals by sex. Other years come from the groups as above.
 */
export function populationFromSingleAges(
  singleAge: SingleAgeSeries,
  wpp2019: AgeGroupPopulation,
  indicators: IndicatorSeries,
  years: readonly number[],
  files: { singleAge: string; wpp2019: string; indicators: string },
): PopulationBuild {
  const structure = singleAgesFromGroups(wpp2019, years);
  checkScale(structure, indicators, wpp2019Origin(wpp2019, files.wpp2019), files.indicators);
  const pop: SexAgePopulation = { years: [...years], female: [], male: [] };
  const used: number[] = [];
  const both: number[][] = [];
  years.forEach((year, i) => {
    const a = singleAge.years.indexOf(year);
    const b = singleAge.years.indexOf(year + 1);
    if (a >= 0 && b >= 0) {
      const mid = midYearFromJanuary(singleAge.values[a]!, singleAge.values[b]!);
      const split = splitBySex(mid, { female: structure.female[i]!, male: structure.male[i]! });
      pop.female.push(split.female);
      pop.male.push(split.male);
      used.push(year);
      both.push(mid);
    } else {
      pop.female.push(structure.female[i]!);
      pop.male.push(structure.male[i]!);
    }
  });
  if (used.length > 0) {
    checkScale(
      { years: used, female: both, male: both.map((r) => r.map(() => 0)) },
      indicators,
      {
        file: files.singleAge,
        rows: `rows for ${singleAge.iso3}`,
        columns: 'column pop_both_sexes_persons',
        unit: 'persons',
      },
      files.indicators,
    );
  }
  const factors = scaleToTotals(pop, totalsBySex(indicators));
  const span = used.length > 0 ? `${used[0]}-${used[used.length - 1]}` : 'no year';
  const others = years.filter((y) => !used.includes(y));
  return wppPopulation(
    pop,
    'WPP 2024 single ages (both sexes, 1 January), split by sex with WPP 2019 sex ratios, scaled to WPP 2024 totals by sex',
    `Mid-year persons. Ages 0-99 for ${span}: WPP 2024 population by single age on 1 January (both sexes, persons), mid-year t = (1 January t + 1 January t+1) / 2, ` +
      `split into women and men with the male share of each age in WPP 2019 (5-year groups by sex ${SPRAGUE_NOTE}); 100+ by sex from the same WPP 2019 series (the single-age file has no 100+)` +
      (others.length > 0
        ? `; ${others[0]}-${others[others.length - 1]} (no single-age data for both 1 Januaries) come from the WPP 2019 series alone`
        : '') +
      `; then each sex scaled to the WPP 2024 total by sex, ${describeFactors(factors)}; rounded to whole persons.`,
  );
}

/** A population the user brings in the UN's own CSV layout: used as given (no rescaling). */
export function populationFromUnFile(
  un: UnPopulation,
  indicators: IndicatorSeries,
  years: readonly number[],
  files: { un: readonly string[]; indicators: string },
  edition: string | undefined,
): PopulationBuild {
  const first = un.years[0]!;
  const last = un.years[un.years.length - 1]!;
  const needFirst = years[0]!;
  const needLast = years[years.length - 1]!;
  if (needFirst < first || needLast > last) {
    throw new InputError(
      [
        codedIssue(`rows for ${un.iso3}, column Time`, 'build.unYears', {
          first,
          last,
          needFirst,
          needLast,
        }),
      ],
      files.un.join(' + '),
    );
  }
  const pop =
    un.layout === 'groups' ? singleAgesFromGroups(un, years) : singleAgesBetween(un, years);
  const origin = un.origin.get(first)!;
  checkScale(
    pop,
    indicators,
    {
      file: origin.file,
      rows: `rows for ${un.iso3}`,
      columns: 'columns PopMale and PopFemale',
      unit: 'thousands',
    },
    files.indicators,
  );
  const annual = un.years.length === last - first + 1;
  return wppPopulation(
    pop,
    edition ?? `user-supplied UN WPP CSV (${files.un.join(', ')})`,
    `Mid-year persons from ${files.un.join(' and ')} (UN WPP CSV layout, thousands x 1000, Medium variant), used as given without rescaling` +
      (un.layout === 'groups'
        ? `; 5-year groups ${annual ? '' : 'interpolated geometrically between the years given and '}split into single ages with the Sprague multipliers (95-99 geometrically; negative values set to 0 within their group; 100+ kept)`
        : annual
          ? '; single ages as given'
          : '; single ages interpolated geometrically between the years given') +
      '; rounded to whole persons.',
  );
}
