import { basename } from 'node:path';
import {
  InputError,
  codedIssue,
  formatIssue,
  readCountry,
  type CountryData,
  type CountrySource,
  type Issue,
} from '#engine';
import { readImfEstimatesStartAfter, readImfWeo } from '../shared-data/imf-outlook';
import { latestValue, type YearValue } from '../shared-data/indicator-years';
import { sharedFilePaths, type SharedFileKey } from '../shared-data/shared-files';
import { readUnWppPopulation } from '../shared-data/un-wpp-csv';
import { readWbPoverty } from '../shared-data/wb-poverty';
import { readWhoGhed, readWhoGhedIndicators, type GhedIndicator } from '../shared-data/who-ghed';
import { readWpp2019Population5yr } from '../shared-data/un-population-2019';
import { readWpp2024Indicators, type IndicatorSeries } from '../shared-data/un-indicators-2024';
import {
  readWpp2024FertilityDistribution5yr,
  readWpp2024Mortality5yr,
} from '../shared-data/un-period-rates-2024';
import { readWpp2024Population1JanSingleAge } from '../shared-data/un-single-age-2024';
import { progressReporter, type BuildProgress, type ProgressListener } from './build-progress';
import { chooseYears, optionError, yearsFrom, type BuildYears } from './build-years';
import { currencyOf } from './currencies';
import { gapDefaults, type Assumption } from './fill-gaps';
import {
  assemblePovertyLines,
  nationalLineAmount,
  povertyHeadcounts,
  type NationalLineAmount,
} from './poverty-lines-from-wb';
import { pppConversion } from './ppp-conversion';
import { USD_INFLATION } from './gap-defaults';

export type { Assumption } from './fill-gaps';
import { demographyFromWpp } from './demography-from-wpp';
import { MACRO_SERIES, macroFromWeo, type MacroBuild } from './macro-from-imf';
import { orphanhoodFromWpp } from './orphanhood-from-wpp';
import {
  populationFromGroups,
  populationFromSingleAges,
  populationFromUnFile,
  type PopulationBuild,
} from './population-sources';
import { sum, type SexAgePopulation } from './population-by-age';
import { IMF_EDITION, IMF_SOURCE, IMF_URL, TOOL_SOURCE, WPP_SOURCE, WPP_URL } from './source-names';

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
  onProgress?: ProgressListener;
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

/** The WHO GHED indicator of public health spending: domestic general government, % of GDP. */
const GHED_CODE = 'gghed_gdp';

function checkIso3(input: string): string {
  const iso3 = input.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(iso3)) {
    throw optionError('--iso3', 'build.iso3', { found: JSON.stringify(input) });
  }
  return iso3;
}

/** What the build writes down as it goes, field by field, in the order of the file. */
interface BuildLog {
  sources: CountrySource[];
  assumptions: Assumption[];
  notes: Issue[];
}

/** Where every file is, and which population files the build reads. */
interface BuildFiles {
  paths: Record<SharedFileKey, string>;
  /** Population files in the UN's WPP CSV layout (none: the WPP 2019 structure). */
  unFiles: readonly string[];
  useSingleAge: boolean;
  /** Every file the build reads, in the order it reads them (for the progress by size). */
  toRead: string[];
}

function buildFiles(options: BuildCountryOptions): BuildFiles {
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
  return { paths, unFiles, useSingleAge, toRead };
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
  const files = buildFiles(options);
  const { paths } = files;
  const progress = progressReporter(options.onProgress, files.toRead);
  const log: BuildLog = { sources: [], assumptions: [], notes: [] };

  // The WPP 2024 indicators come first: they know every country, so a wrong code fails early.
  const indicators = await readWpp2024Indicators(
    paths.wpp2024Indicators,
    iso3,
    progress.file(paths.wpp2024Indicators),
  );
  const weo = await readImfWeo(paths.imfWeo, iso3, progress.file(paths.imfWeo));
  progress.file(paths.imfEstimatesStartAfter);
  const estimates = await readImfEstimatesStartAfter(paths.imfEstimatesStartAfter, iso3);
  const span = chooseYears(options, iso3, weo, estimates, indicators, paths);

  const built = await buildPopulation(options, files, iso3, span, indicators, progress);
  const population = built.population;
  log.sources.push(built.source);
  const births = birthsOf(indicators, population, span.years, iso3, paths.wpp2024Indicators);
  log.sources.push({ ...BIRTHS_SOURCE });
  const macroYears = yearsFrom(span.baseYear, span.lastGdp);
  const macro = macroFromWeo(weo, macroYears, paths.imfWeo, estimates);
  logMacro(macro, span.lastGdp, log);
  const currency = currencyFor(options.currency, iso3, macro, log);

  // Poverty, health spending and the gaps.
  const rest = await readRatesAndSpending(paths, iso3, progress);
  progress.step('filling gaps', 0.95);
  const rates: NonNullable<CountryData['rates']> = {};
  const headcounts = povertyHeadcounts(rest.poverty, log.sources);
  if (headcounts.size === 0) {
    log.notes.push(codedIssue('povertyLines', 'build.note.noHeadcount'));
  }
  const spendingPctGdp = healthSpending(rest, paths.whoGhedIndicators, log);
  const gaps = gapDefaults({
    iso3,
    currency,
    baseYear: span.baseYear,
    gdp: macro.series.gdp![0]!,
    fxPerUsd: macro.series.fxPerUsd![0]!,
    // The base year is the first population year.
    population: { female: population.female[0]!, male: population.male[0]! },
    weo,
    orphanhood: orphanhoodFromWpp(rest.mortality, rest.fertility, span.baseYear),
  });
  Object.assign(rates, gaps.rates);
  log.assumptions.push(...gaps.assumptions);
  log.sources.push(...gaps.sources);
  const national = nationalLineAmount(rest.poverty, pppConversion(weo, span.baseYear), currency);
  logNationalLine(national, log);
  const povertyLines = assemblePovertyLines(
    {
      ...gaps.povertyLineAmounts,
      ...(national.amount !== undefined ? { national: national.amount } : {}),
    },
    headcounts,
  );
  const longRun = { usdInflation: USD_INFLATION };
  logUsdInflation(span.lastGdp, log);

  // Demographic rates for projections (demographic variants, pensions past the population years).
  const demo = demographyFromWpp(rest.mortality, rest.fertility, indicators, span.baseYear, {
    mortality: basename(paths.wpp2024Mortality5yr),
    fertility: basename(paths.wpp2024FertilityDistribution5yr),
    indicators: basename(paths.wpp2024Indicators),
  });
  log.sources.push(...demo.sources);
  log.assumptions.push(...demo.assumptions);
  log.notes.push(...demo.notes);

  const country = {
    format: 'spf.country/1',
    code: iso3,
    name: indicators.name,
    currency,
    baseYear: span.baseYear,
    description: `${indicators.name}: built by "spf country build" from public data (UN WPP, IMF WEO, World Bank WDI, WHO GHED) with documented defaults where data are missing; see sources and docs/country-data.md.`,
    population: { years: span.years, female: population.female, male: population.male },
    births: { years: span.years, values: births },
    macro: { years: macroYears, ...macro.series },
    ...gaps.amounts,
    ...(povertyLines.length > 0 ? { povertyLines } : {}),
    rates,
    longRun,
    ...(Object.keys(spendingPctGdp).length > 0 ? { spendingPctGdp } : {}),
    ...(demo.demography ? { demography: demo.demography } : {}),
    sources: log.sources,
  };
  return checkBuilt(country, iso3, log, progress);
}

/** Reads the built file as the app will, so that a file the app would refuse is never written. */
function checkBuilt(
  country: Record<string, unknown>,
  iso3: string,
  log: BuildLog,
  progress: BuildProgress,
): BuildCountryResult {
  progress.step('checking', 0.99);
  const read = readCountry(country);
  if (!read.ok) {
    throw new InputError(read.issues.map((i) => inBuiltFile(i, iso3)));
  }
  progress.step('done', 1);
  return {
    country: read.value,
    assumptions: log.assumptions,
    notes: log.notes.map(formatIssue),
    codedNotes: log.notes,
    warnings: read.warnings,
  };
}

/**
 * Population by single age and sex: from the UN's WPP CSV files when given, otherwise from the WPP
 * 2019 five-year groups, with the WPP 2024 single ages where ../shared/data has them.
 */
async function buildPopulation(
  options: BuildCountryOptions,
  { paths, unFiles, useSingleAge }: BuildFiles,
  iso3: string,
  { baseYear, toYear, years }: BuildYears,
  indicators: IndicatorSeries,
  progress: BuildProgress,
): Promise<PopulationBuild> {
  if (unFiles.length > 0) {
    const un = await readUnWppPopulation(unFiles, iso3, progress.file(unFiles[0]!));
    for (const f of unFiles.slice(1)) progress.file(f);
    return populationFromUnFile(
      un,
      indicators,
      years,
      { un: unFiles, indicators: paths.wpp2024Indicators },
      options.wppEdition,
    );
  }
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
  return singleAge
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

const BIRTHS_SOURCE: CountrySource = {
  field: 'births',
  source: WPP_SOURCE,
  edition: 'WPP 2024, estimates to 2023 and medium variant from 2024',
  url: WPP_URL,
  note: 'Live births in the calendar year: births_thousands x 1000.',
};

/**
 * Live births of each year, persons. Births over a tenth of the population mean the file gives
 * persons where thousands belong: an error at the year's row.
 */
function birthsOf(
  indicators: IndicatorSeries,
  population: SexAgePopulation,
  years: readonly number[],
  iso3: string,
  file: string,
): number[] {
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
        file,
      );
    }
  });
  return births;
}

/** The macro paths' source, and each series the WEO left with gaps as an assumption. */
function logMacro(macro: MacroBuild, lastGdp: number, log: BuildLog): void {
  const lastActual = macro.lastActual.get('NGDP');
  log.sources.push({
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
    log.sources.push({
      field: `macro.${f.key}`,
      source: IMF_SOURCE,
      edition: IMF_EDITION,
      note: f.note,
      assumption: true,
    });
    log.assumptions.push({ field: `macro.${f.key}`, note: f.note });
  }
  noteAboveGdp(macro, log);
}

/**
 * Revenue and expenditure over 100% of GDP are kept as the IMF publishes them, with a note: they are
 * real where a government lives on income from abroad that GDP leaves out (Kiribati's fishing
 * licence fees and the returns of its sovereign fund, which enter GNI, and grants).
 */
function noteAboveGdp(macro: MacroBuild, log: BuildLog): void {
  for (const key of ['revenuePctGdp', 'expenditurePctGdp'] as const) {
    const values = macro.series[key] ?? [];
    const years = macro.years.filter((_, i) => values[i]! > 1);
    if (years.length === 0) continue;
    const code = MACRO_SERIES.find((m) => m.key === key)!.code;
    const max = `${Number((100 * Math.max(...values)).toPrecision(6))}%`;
    log.notes.push(
      codedIssue(`macro.${key}`, 'build.note.aboveGdp', { code, years: years.join(', '), max }),
    );
    log.sources.push({
      field: `macro.${key}`,
      source: IMF_SOURCE,
      edition: IMF_EDITION,
      url: IMF_URL,
      note: `${code} is above 100% of GDP in ${years.join(', ')} (up to ${max}): kept as the IMF publishes it. A government can raise and spend more than GDP when it lives on income from abroad that GDP leaves out (fishing licence fees and the returns of a sovereign fund, which enter GNI) and on grants; the country file takes up to 200% of GDP (docs/country-data.md).`,
    });
  }
}

/** The implied national line's source (an assumption), or the note saying why there is none. */
function logNationalLine(national: NationalLineAmount, log: BuildLog): void {
  if (national.amount === undefined) {
    log.notes.push(national.issue);
    return;
  }
  const field = 'povertyLines.national.amount';
  log.sources.push({
    field,
    source: 'Derived from World Bank WDI poverty headcounts and IMF WEO PPPEX and PCPI',
    note: national.note,
    assumption: true,
  });
  log.assumptions.push({ field, note: national.note });
}

/** The currency asked for; USD where the exchange rate is 1 throughout; else the country's own. */
function currencyFor(
  asked: string | undefined,
  iso3: string,
  macro: MacroBuild,
  log: BuildLog,
): string {
  if (asked !== undefined) return asked;
  const own = macro.series.fxPerUsd!.every((x) => x === 1) ? 'USD' : currencyOf(iso3);
  if (own !== undefined) return own;
  log.notes.push(codedIssue('currency', 'build.note.noCurrency', { iso3 }));
  return 'LCU';
}

/** The files read after the population and the macro paths. */
interface RatesAndSpending {
  mortality: Awaited<ReturnType<typeof readWpp2024Mortality5yr>>;
  fertility: Awaited<ReturnType<typeof readWpp2024FertilityDistribution5yr>>;
  poverty: Awaited<ReturnType<typeof readWbPoverty>>;
  ghed: Awaited<ReturnType<typeof readWhoGhed>>;
  ghedIndicators: Awaited<ReturnType<typeof readWhoGhedIndicators>>;
}

async function readRatesAndSpending(
  paths: Record<SharedFileKey, string>,
  iso3: string,
  progress: BuildProgress,
): Promise<RatesAndSpending> {
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
  return { mortality, fertility, poverty, ghed, ghedIndicators };
}

/**
 * Current public spending: health from the WHO GHED (the latest year), the other functions left
 * out with a note. The GHED indicator must say it is government spending as a percent of GDP.
 */
function healthSpending(
  { ghed, ghedIndicators }: RatesAndSpending,
  indicatorsFile: string,
  log: BuildLog,
): NonNullable<CountryData['spendingPctGdp']> {
  const spendingPctGdp: NonNullable<CountryData['spendingPctGdp']> = {};
  const ghedInfo = ghedIndicators.get(GHED_CODE);
  if (!ghedInfo || !/government/i.test(ghedInfo.name) || !/percent of GDP/i.test(ghedInfo.unit)) {
    throw new InputError(
      [
        ghedInfo
          ? codedIssue('column indicator_code', 'build.ghedIndicatorSays', {
              code: GHED_CODE,
              name: ghedInfo.name,
              unit: ghedInfo.unit,
            })
          : codedIssue('column indicator_code', 'build.ghedIndicator', { code: GHED_CODE }),
      ],
      indicatorsFile,
    );
  }
  const health = latestValue(ghed.byIndicator.get(GHED_CODE));
  if (health) {
    spendingPctGdp.health = Number((health.value / 100).toPrecision(12));
    logHealthSource(health, ghed.emptyYears.get(GHED_CODE) ?? [], ghedInfo, log);
  } else {
    log.notes.push(codedIssue('spendingPctGdp.health', 'build.note.noHealth', { code: GHED_CODE }));
  }
  log.notes.push(
    codedIssue(
      'spendingPctGdp.children, maternity, disability, oldAge, unemployment',
      'build.note.noSpending',
    ),
    codedIssue('rates.healthCoverage', 'build.note.noHealthCoverage'),
  );
  return spendingPctGdp;
}

/**
 * The health spending's source. When the WHO lists later years with an empty value (not yet
 * published: 2023 for 13 European countries, 2022 for Ukraine), the latest year with a value stands
 * for them: a documented fallback, marked as an assumption and told in a coded note.
 */
function logHealthSource(
  health: YearValue,
  emptyYears: readonly number[],
  info: GhedIndicator,
  log: BuildLog,
): void {
  const field = 'spendingPctGdp.health';
  const later = emptyYears.filter((y) => y > health.year);
  const base = {
    field,
    source: 'World Health Organization: Global Health Expenditure Database',
    edition: `${GHED_CODE}, ${health.year}`,
    url: 'https://apps.who.int/nha/database',
  };
  if (later.length === 0) {
    log.sources.push({
      ...base,
      note: `${info.name}, ${info.unit}: ${health.value} in ${health.year} (the latest year) / 100.`,
    });
    return;
  }
  const empty = later.join(', ');
  const note = `${info.name}, ${info.unit}: the WHO file has an empty ${GHED_CODE} for ${empty}, so the latest year with a value stands for it: ${health.value} in ${health.year} / 100 (nearest-year fallback, docs/country-data.md).`;
  log.sources.push({ ...base, note, assumption: true });
  log.assumptions.push({ field, note });
  log.notes.push(
    codedIssue(field, 'build.note.healthEarlierYear', {
      code: GHED_CODE,
      empty,
      year: health.year,
    }),
  );
}

/** US dollar inflation after the IMF's last year: an assumption of the tool, said so. */
function logUsdInflation(lastGdp: number, log: BuildLog): void {
  const usdNote = `The IMF paths end in ${lastGdp}; after that the exchange rate moves with relative inflation (purchasing-power parity): fx[t] = fx[t-1] x (1 + domestic inflation) / (1 + ${USD_INFLATION * 100}% US dollar inflation), about the Federal Reserve's 2% target. Edit longRun.usdInflation to change it.`;
  log.sources.push({
    field: 'longRun.usdInflation',
    source: TOOL_SOURCE,
    note: usdNote,
    assumption: true,
  });
  log.assumptions.push({ field: 'longRun.usdInflation', note: usdNote });
}

/** A check's issue about the built file, told so; a coded issue keeps its code for the user's language. */
function inBuiltFile(issue: Issue, iso3: string): Issue {
  return codedIssue(issue.path, 'build.inBuiltFile', {
    ...issue.params,
    builtMessage: issue.code ? `@${issue.code}` : issue.message,
    builtFor: iso3,
  });
}
