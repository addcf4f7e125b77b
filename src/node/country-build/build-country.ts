import { statSync } from 'node:fs';
import { basename } from 'node:path';
import {
  InputError,
  codedIssue,
  formatIssue,
  readCountry,
  type CountryData,
  type CountrySource,
  type Issue,
  type MessageCode,
  type MessageParams,
} from '#engine';
import {
  readImfEstimatesStartAfter,
  readImfWeo,
  weoValue,
  weoYears,
} from '../shared-data/imf-outlook';
import { sharedFilePaths, type SharedFileKey } from '../shared-data/shared-files';
import { readUnWppPopulation } from '../shared-data/un-wpp-csv';
import { latestValue } from '../shared-data/indicator-years';
import { readWbPoverty } from '../shared-data/wb-poverty';
import { readWhoGhed, readWhoGhedIndicators } from '../shared-data/who-ghed';
import { readWpp2019Population5yr } from '../shared-data/un-population-2019';
import { readWpp2024Indicators } from '../shared-data/un-indicators-2024';
import {
  readWpp2024FertilityDistribution5yr,
  readWpp2024Mortality5yr,
} from '../shared-data/un-period-rates-2024';
import { readWpp2024Population1JanSingleAge } from '../shared-data/un-single-age-2024';
import { currencyOf } from './currencies';
import { gapDefaults, type Assumption } from './fill-gaps';
import { assemblePovertyLines, povertyHeadcounts } from './poverty-lines-from-wb';
import { USD_INFLATION } from './gap-defaults';

export type { Assumption } from './fill-gaps';
import { demographyFromWpp } from './demography-from-wpp';
import { macroFromWeo } from './macro-from-imf';
import { orphanhoodFromWpp } from './orphanhood-from-wpp';
import {
  populationFromGroups,
  populationFromSingleAges,
  populationFromUnFile,
  WPP_SOURCE,
  WPP_URL,
  type PopulationBuild,
} from './population-sources';
import { sum } from './population-by-age';

export interface BuildCountryOptions {
  /** ISO 3166-1 alpha-3 code (any case). */
  iso3: string;
  /** The folder with the public data (../shared/data). */
  dataDir: string;
  /** Default: 2025, or the last year of IMF actual GDP if later. */
  baseYear?: number;
  /** Last year of population and births (default 2060). */
  toYear?: number;
  /** Population files in the UN's own WPP CSV layout, used instead of the WPP 2019 structure. */
  wppPopulation?: readonly string[];
  /** How to name the edition of those files in `sources` (e.g. "WPP 2026, medium variant"). */
  wppEdition?: string;
  /** ISO 4217 code to label amounts with (default: the currency of the IMF's series). */
  currency?: string;
  /** Use WPP 2024 single ages where ../shared/data has them (default true). */
  singleAge?: boolean;
  /** Other paths for single files (tests, or a newer edition of one file). */
  files?: Partial<Record<SharedFileKey, string>>;
  /** Called as the build goes: what it is doing and how far it is (0..1). */
  onProgress?: (phase: string, fraction: number) => void;
}

export interface BuildCountryResult {
  country: CountryData;
  /** One entry per field that is an assumption rather than data (also marked in `sources`). */
  assumptions: Assumption[];
  /** Fields left out for lack of data, and other remarks (`field: remark`, in English). */
  notes: string[];
  /** The same notes as codes of the catalogue, at their field, for a host to show in its language. */
  codedNotes: Issue[];
  /** What readCountry remarks about the built file. */
  warnings: Issue[];
}

export const DEFAULT_TO_YEAR = 2060;
export const DEFAULT_BASE_YEAR = 2025;

const IMF_SOURCE = 'International Monetary Fund: World Economic Outlook Database';
const IMF_EDITION = 'October 2024';
const IMF_URL = 'https://www.imf.org/en/Publications/WEO/weo-database/2024/October';

function optionError(option: string, code: MessageCode, params: MessageParams): InputError {
  return new InputError([codedIssue(option, code, params)]);
}

function checkIso3(input: string): string {
  const iso3 = input.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(iso3)) {
    throw optionError('--iso3', 'build.iso3', { found: JSON.stringify(input) });
  }
  return iso3;
}

/** Reports reading progress weighted by file size, then the remaining steps. */
function progressReporter(onProgress: BuildCountryOptions['onProgress'], files: readonly string[]) {
  const sizes = files.map((f) => {
    try {
      return statSync(f).size;
    } catch {
      return 0;
    }
  });
  const total = sizes.reduce((a, b) => a + b, 0) || 1;
  const readingShare = 0.9;
  let done = 0;
  return {
    file(path: string): ((f: number) => void) | undefined {
      if (!onProgress) return undefined;
      const i = files.indexOf(path);
      const size = i >= 0 ? sizes[i]! : 0;
      const start = done;
      done += size;
      const phase = `reading ${basename(path)}`;
      onProgress(phase, (readingShare * start) / total);
      return (f) => onProgress(phase, (readingShare * (start + f * size)) / total);
    },
    step(phase: string, fraction: number): void {
      onProgress?.(phase, fraction);
    },
  };
}

function yearsFrom(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * Builds a `spf.country/1` file for one country from the public data in ../shared/data (see
 * docs/country-data.md): population by single age and sex, births, the IMF's macro paths, the
 * poverty headcount and public health spending, the demographic rates for projections, and
 * documented defaults for the gaps, each
 * recorded in `sources`. Every problem with the input is an InputError naming the file, the row and
 * the column (or the option).
 */
export async function buildCountry(options: BuildCountryOptions): Promise<BuildCountryResult> {
  const iso3 = checkIso3(options.iso3);
  const paths = sharedFilePaths(options.dataDir, options.files);
  const unFiles = options.wppPopulation ?? [];
  const useSingleAge = options.singleAge !== false && unFiles.length === 0;
  const toRead = [
    paths.wpp2024Indicators,
    paths.imfWeo,
    paths.imfEstimatesStartAfter,
    ...(unFiles.length > 0 ? unFiles : [paths.wpp2019Population5yr]),
    ...(useSingleAge ? [paths.wpp2024Population1JanSingleAge] : []),
    paths.wpp2024Mortality5yr,
    paths.wpp2024FertilityDistribution5yr,
    paths.wbPoverty,
    paths.whoGhed,
    paths.whoGhedIndicators,
  ];
  const progress = progressReporter(options.onProgress, toRead);
  const assumptions: Assumption[] = [];
  const notes: Issue[] = [];
  const sources: CountrySource[] = [];

  // The WPP 2024 indicators come first: they know every country, so a wrong code fails early.
  const indicators = await readWpp2024Indicators(
    paths.wpp2024Indicators,
    iso3,
    progress.file(paths.wpp2024Indicators),
  );
  const weo = await readImfWeo(paths.imfWeo, iso3, progress.file(paths.imfWeo));
  progress.file(paths.imfEstimatesStartAfter);
  const estimates = await readImfEstimatesStartAfter(paths.imfEstimatesStartAfter, iso3);

  // Years: the base year needs IMF GDP, the population years need the population data.
  const gdpYears = weoYears(weo, 'NGDP');
  if (gdpYears.length === 0) {
    throw new InputError(
      [codedIssue(`rows for ${iso3}, indicator NGDP`, 'build.noGdp')],
      paths.imfWeo,
    );
  }
  const firstGdp = gdpYears[0]!;
  const lastGdp = gdpYears[gdpYears.length - 1]!;
  const lastActualGdp =
    estimates.get('NGDP') ?? gdpYears.filter((y) => !weoValue(weo, 'NGDP', y)!.projection).pop();
  const baseYear =
    options.baseYear ?? Math.min(lastGdp, Math.max(DEFAULT_BASE_YEAR, lastActualGdp ?? 0));
  if (!Number.isInteger(baseYear) || baseYear < firstGdp || baseYear > lastGdp) {
    throw optionError('--base-year', 'build.baseYearOutsideGdp', {
      baseYear,
      iso3,
      first: firstGdp,
      last: lastGdp,
      file: basename(paths.imfWeo),
    });
  }
  const toYear = options.toYear ?? Math.max(DEFAULT_TO_YEAR, baseYear);
  const birthYears = indicators.years.filter((y) => indicators.byYear.get(y)!.births !== null);
  if (!Number.isInteger(toYear) || toYear < baseYear) {
    throw optionError('--to', 'build.toBeforeBase', { baseYear, toYear });
  }
  const lastBirths = birthYears[birthYears.length - 1] ?? 0;
  if (toYear > lastBirths || baseYear < (birthYears[0] ?? Infinity)) {
    throw optionError(
      baseYear < (birthYears[0] ?? Infinity) ? '--base-year' : '--to',
      'build.outsideBirths',
      {
        iso3,
        first: String(birthYears[0]),
        last: lastBirths,
        file: basename(paths.wpp2024Indicators),
        baseYear,
        toYear,
      },
    );
  }
  const years = yearsFrom(baseYear, toYear);

  // Population by single age and sex.
  let built: PopulationBuild;
  if (unFiles.length > 0) {
    const un = await readUnWppPopulation(unFiles, iso3, progress.file(unFiles[0]!));
    for (const f of unFiles.slice(1)) progress.file(f);
    built = populationFromUnFile(
      un,
      indicators,
      years,
      { un: unFiles, indicators: paths.wpp2024Indicators },
      options.wppEdition,
    );
  } else {
    const wpp2019 = await readWpp2019Population5yr(
      paths.wpp2019Population5yr,
      iso3,
      progress.file(paths.wpp2019Population5yr),
    );
    const first = wpp2019.years[0]!;
    const last = wpp2019.years[wpp2019.years.length - 1]!;
    if (baseYear < first || toYear > last) {
      throw optionError(baseYear < first ? '--base-year' : '--to', 'build.outsideWpp2019', {
        iso3,
        first,
        last,
        file: basename(paths.wpp2019Population5yr),
        baseYear,
        toYear,
      });
    }
    const singleAge = useSingleAge
      ? await readWpp2024Population1JanSingleAge(
          paths.wpp2024Population1JanSingleAge,
          iso3,
          progress.file(paths.wpp2024Population1JanSingleAge),
        )
      : null;
    built = singleAge
      ? populationFromSingleAges(singleAge, wpp2019, indicators, years, {
          singleAge: paths.wpp2024Population1JanSingleAge,
          wpp2019: paths.wpp2019Population5yr,
          indicators: paths.wpp2024Indicators,
        })
      : populationFromGroups(wpp2019, indicators, years, {
          wpp2019: paths.wpp2019Population5yr,
          indicators: paths.wpp2024Indicators,
        });
  }
  const population = built.population;
  sources.push(built.source);

  // Births, persons.
  const births = years.map((y) => Math.round(indicators.byYear.get(y)!.births! * 10) / 10);
  const totalPop = (i: number) => sum(population.female[i]!) + sum(population.male[i]!);
  births.forEach((b, i) => {
    if (b > 0.1 * totalPop(i)) {
      throw new InputError(
        [
          codedIssue(
            `rows for ${iso3}, year ${years[i]}, column births_thousands`,
            'build.birthsNotThousands',
            {
              births: Math.round(b).toLocaleString('en-US'),
              persons: Math.round(totalPop(i)).toLocaleString('en-US'),
            },
          ),
        ],
        paths.wpp2024Indicators,
      );
    }
  });
  sources.push({
    field: 'births',
    source: WPP_SOURCE,
    edition: 'WPP 2024, estimates to 2023 and medium variant from 2024',
    url: WPP_URL,
    note: 'Live births in the calendar year: births_thousands x 1000.',
  });

  // Macro paths from the IMF WEO.
  const macroYears = yearsFrom(baseYear, lastGdp);
  const macro = macroFromWeo(weo, macroYears, paths.imfWeo, estimates);
  const lastActual = macro.lastActual.get('NGDP');
  sources.push({
    field: 'macro',
    source: IMF_SOURCE,
    edition: IMF_EDITION,
    url: IMF_URL,
    note:
      `gdp = NGDP (billions of LCU) x 1e9; realGrowth = NGDP_RPCH / 100; inflation = PCPIPCH / 100 (annual average); revenuePctGdp = GGR_NGDP / 100; expenditurePctGdp = GGX_NGDP / 100; ` +
      `debtPctGdp = GGXWDG_NGDP / 100; fxPerUsd = XR_LCU_PER_USD_IMPLIED (NGDP / NGDPD, derived in ../shared/data). ` +
      `Actual data to ${lastActual ?? 'an unknown year'}, IMF projections after; the engine extends the paths after ${lastGdp}.`,
  });
  for (const f of macro.filled) {
    sources.push({
      field: `macro.${f.key}`,
      source: IMF_SOURCE,
      edition: IMF_EDITION,
      note: f.note,
      assumption: true,
    });
    assumptions.push({ field: `macro.${f.key}`, note: f.note });
  }
  const fxSeries = macro.series.fxPerUsd!;
  const currency =
    options.currency ??
    (fxSeries.every((x) => x === 1) ? 'USD' : currencyOf(iso3)) ??
    (notes.push(codedIssue('currency', 'build.note.noCurrency', { iso3 })), 'LCU');

  // Poverty, health spending and the gaps.
  const mortality = await readWpp2024Mortality5yr(
    paths.wpp2024Mortality5yr,
    iso3,
    progress.file(paths.wpp2024Mortality5yr),
  );
  const fertility = await readWpp2024FertilityDistribution5yr(
    paths.wpp2024FertilityDistribution5yr,
    iso3,
    progress.file(paths.wpp2024FertilityDistribution5yr),
  );
  const poverty = await readWbPoverty(paths.wbPoverty, iso3, progress.file(paths.wbPoverty));
  const ghed = await readWhoGhed(paths.whoGhed, iso3, progress.file(paths.whoGhed));
  progress.file(paths.whoGhedIndicators);
  const ghedIndicators = await readWhoGhedIndicators(paths.whoGhedIndicators);
  progress.step('filling gaps', 0.95);

  const rates: NonNullable<CountryData['rates']> = {};
  const headcounts = povertyHeadcounts(poverty, sources);
  if (headcounts.size === 0) {
    notes.push(codedIssue('povertyLines', 'build.note.noHeadcount'));
  }

  const spendingPctGdp: NonNullable<CountryData['spendingPctGdp']> = {};
  const ghedCode = 'gghed_gdp';
  const ghedInfo = ghedIndicators.get(ghedCode);
  if (!ghedInfo || !/government/i.test(ghedInfo.name) || !/percent of GDP/i.test(ghedInfo.unit)) {
    throw new InputError(
      [
        ghedInfo
          ? codedIssue('column indicator_code', 'build.ghedIndicatorSays', {
              code: ghedCode,
              name: ghedInfo.name,
              unit: ghedInfo.unit,
            })
          : codedIssue('column indicator_code', 'build.ghedIndicator', { code: ghedCode }),
      ],
      paths.whoGhedIndicators,
    );
  }
  const health = latestValue(ghed.byIndicator.get(ghedCode));
  if (health) {
    spendingPctGdp.health = Number((health.value / 100).toPrecision(12));
    sources.push({
      field: 'spendingPctGdp.health',
      source: 'World Health Organization: Global Health Expenditure Database',
      edition: `${ghedCode}, ${health.year}`,
      url: 'https://apps.who.int/nha/database',
      note: `${ghedInfo.name}, ${ghedInfo.unit}: ${health.value} in ${health.year} (the latest year) / 100.`,
    });
  } else {
    notes.push(codedIssue('spendingPctGdp.health', 'build.note.noHealth', { code: ghedCode }));
  }
  notes.push(
    codedIssue(
      'spendingPctGdp.children, maternity, disability, oldAge, unemployment',
      'build.note.noSpending',
    ),
    codedIssue('rates.healthCoverage', 'build.note.noHealthCoverage'),
  );

  const i0 = 0; // the base year is the first population year
  const gaps = gapDefaults({
    iso3,
    currency,
    baseYear,
    gdp: macro.series.gdp![0]!,
    fxPerUsd: fxSeries[0]!,
    population: { female: population.female[i0]!, male: population.male[i0]! },
    weo,
    orphanhood: orphanhoodFromWpp(mortality, fertility, baseYear),
  });
  Object.assign(rates, gaps.rates);
  assumptions.push(...gaps.assumptions);
  sources.push(...gaps.sources);
  const povertyLines = assemblePovertyLines(gaps.povertyLineAmounts, headcounts);
  const longRun = { usdInflation: USD_INFLATION };
  const usdNote = `The IMF paths end in ${lastGdp}; after that the exchange rate moves with relative inflation (purchasing-power parity): fx[t] = fx[t-1] x (1 + domestic inflation) / (1 + ${USD_INFLATION * 100}% US dollar inflation), about the Federal Reserve's 2% target. Edit longRun.usdInflation to change it.`;
  sources.push({
    field: 'longRun.usdInflation',
    source: 'SPF Costing Studio default (docs/country-data.md)',
    note: usdNote,
    assumption: true,
  });
  assumptions.push({ field: 'longRun.usdInflation', note: usdNote });

  // Demographic rates for projections (demographic variants, pensions past the population years).
  const demo = demographyFromWpp(mortality, fertility, indicators, baseYear, {
    mortality: basename(paths.wpp2024Mortality5yr),
    fertility: basename(paths.wpp2024FertilityDistribution5yr),
    indicators: basename(paths.wpp2024Indicators),
  });
  sources.push(...demo.sources);
  assumptions.push(...demo.assumptions);
  notes.push(...demo.notes);

  const country = {
    format: 'spf.country/1',
    code: iso3,
    name: indicators.name,
    currency,
    baseYear,
    description: `${indicators.name}: built by "spf country build" from public data (UN WPP, IMF WEO, World Bank WDI, WHO GHED) with documented defaults where data are missing; see sources and docs/country-data.md.`,
    population: { years, female: population.female, male: population.male },
    births: { years, values: births },
    macro: { years: macroYears, ...macro.series },
    ...gaps.amounts,
    ...(povertyLines.length > 0 ? { povertyLines } : {}),
    rates,
    longRun,
    ...(Object.keys(spendingPctGdp).length > 0 ? { spendingPctGdp } : {}),
    ...(demo.demography ? { demography: demo.demography } : {}),
    sources,
  };
  progress.step('checking', 0.99);
  const read = readCountry(country);
  if (!read.ok) {
    throw new InputError(read.issues.map((i) => inBuiltFile(i, iso3)));
  }
  progress.step('done', 1);
  return {
    country: read.value,
    assumptions,
    notes: notes.map(formatIssue),
    codedNotes: notes,
    warnings: read.warnings,
  };
}

/** A check's issue about the built file, told so; a coded issue keeps its code for the user's language. */
function inBuiltFile(issue: Issue, iso3: string): Issue {
  return codedIssue(issue.path, 'build.inBuiltFile', {
    ...issue.params,
    builtMessage: issue.code ? `@${issue.code}` : issue.message,
    builtFor: iso3,
  });
}
