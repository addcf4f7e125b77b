import {
  InputError,
  codedIssue,
  projectSingleAge,
  type Issue,
  type SingleAgeProjection,
} from '#engine';
import { InvalidArgumentError, Option, type Command } from 'commander';
import {
  readWpp2024AsfrSingleAge,
  readWpp2024Indicators,
  readWpp2024MxSingleAge,
  readWpp2024Population1JanSingleAge,
  scanCsv,
  seriesYear,
  sharedFilePaths,
  type SingleAgeSeries,
} from '../node/shared-data/index';
import { emit, type CliIo } from './cli-io';

/**
 * `spf population project`: projects a country from the UN's 1 January population with the UN's own
 * single-age rates (WPP 2024, 13 countries, both sexes; methodology 7.4).
 */

export interface PopulationProjectOptions {
  iso3: string;
  data: string;
  from: number;
  to?: number;
  format: 'table' | 'json';
  srb?: number;
  out?: string;
}

/** What `--format json` prints (formats.md, "Population projections"). */
export interface PopulationProjectionJson {
  format: 'spf.population/1';
  iso3: string;
  name: string;
  /** Populations are on 1 January; flows are those of the calendar year. */
  years: number[];
  total: number[];
  births: number[];
  deaths: number[];
  netMigrants: number[];
  /** By year: 101 numbers, ages 0..99 and 100+, both sexes, 1 January. */
  population: Record<string, number[]>;
  femaleShare: number;
  sexRatioAtBirth: number;
  notes: string[];
}

function yearArg(value: string): number {
  const n = Number(value);
  if (!/^\d{4}$/.test(value.trim()) || !Number.isInteger(n)) {
    throw new InvalidArgumentError(`must be a year such as 2024, found "${value}"`);
  }
  return n;
}

function ratioArg(value: string): number {
  const n = Number(value);
  if (!(n >= 0.8 && n <= 1.3)) {
    throw new InvalidArgumentError(
      `must be male births per female birth from 0.8 to 1.3, found "${value}"`,
    );
  }
  return n;
}

/** The countries a single-age file holds (read only to say which are available). */
async function countriesIn(file: string): Promise<string[]> {
  const table = await scanCsv(file, {
    required: ['iso3'],
    filter: { column: 'iso3', values: [] },
    collectKeys: {},
  });
  return [...(table.keysSeen?.keys() ?? [])].sort();
}

export interface WppSingleAgeInputs {
  iso3: string;
  name: string;
  population: SingleAgeSeries;
  mx: SingleAgeSeries;
  asfr: SingleAgeSeries;
  births: Map<number, number | null>;
  netMigrants: Map<number, number | null>;
}

/** Reads the UN's single-age files and annual indicators of one country. */
export async function readWppSingleAge(dataDir: string, iso3: string): Promise<WppSingleAgeInputs> {
  const files = sharedFilePaths(dataDir);
  const code = iso3.trim().toUpperCase();
  const population = await readWpp2024Population1JanSingleAge(
    files.wpp2024Population1JanSingleAge,
    code,
  );
  if (!population) {
    const available = await countriesIn(files.wpp2024Population1JanSingleAge);
    throw new InputError([
      codedIssue('--iso3', 'cli.noSingleAgeData', {
        iso3,
        count: available.length,
        codes: available.join(', '),
      }),
    ]);
  }
  const mx = await readWpp2024MxSingleAge(files.wpp2024MxSingleAge, code);
  if (!mx)
    throw new InputError(
      [codedIssue('column iso3', 'cli.noRowsFor', { code })],
      files.wpp2024MxSingleAge,
    );
  const asfr = await readWpp2024AsfrSingleAge(files.wpp2024AsfrSingleAge, code);
  if (!asfr)
    throw new InputError(
      [codedIssue('column iso3', 'cli.noRowsFor', { code })],
      files.wpp2024AsfrSingleAge,
    );
  const indicators = await readWpp2024Indicators(files.wpp2024Indicators, code);
  const births = new Map<number, number | null>();
  const netMigrants = new Map<number, number | null>();
  for (const [year, row] of indicators.byYear) {
    births.set(year, row.births);
    netMigrants.set(year, row.netMigrants);
  }
  return { iso3: code, name: indicators.name, population, mx, asfr, births, netMigrants };
}

/** Checks the years against the data and projects (pure once the files are read). */
export function projectWpp(
  data: WppSingleAgeInputs,
  from: number,
  to: number,
  sexRatioAtBirth?: number,
): SingleAgeProjection {
  const issues: Issue[] = [];
  const popYears = data.population.years;
  const rateYears = data.mx.years.filter((y) => data.asfr.years.includes(y));
  const lastRate = rateYears[rateYears.length - 1] ?? 0;
  if (!popYears.includes(from) || !rateYears.includes(from)) {
    issues.push(
      codedIssue('--from', 'cli.fromYear', {
        first: popYears[0]!,
        last: Math.min(popYears[popYears.length - 1]!, lastRate),
        found: from,
      }),
    );
  }
  if (to < from || to > lastRate) {
    issues.push(codedIssue('--to', 'cli.toYear', { from, last: lastRate, found: to }));
  }
  for (let t = from; t <= to && issues.length === 0; t++) {
    if (!rateYears.includes(t)) {
      issues.push(codedIssue('--to', 'cli.noRateYear', { year: t }));
    }
    const m = data.netMigrants.get(t);
    if (m === undefined || m === null) {
      issues.push(codedIssue('--to', 'cli.noNetMigrants', { iso3: data.iso3, year: t }));
    }
  }
  const firstBirths = data.births.get(from);
  if (sexRatioAtBirth === undefined && (firstBirths === undefined || firstBirths === null)) {
    issues.push(codedIssue('--from', 'cli.noBirths', { iso3: data.iso3, year: from }));
  }
  if (issues.length > 0) throw new InputError(issues);
  const at = (s: SingleAgeSeries, t: number) => seriesYear(s, t, '');
  return projectSingleAge({
    firstYear: from,
    lastYear: to,
    population: at(data.population, from),
    mx: (t) => at(data.mx, t),
    asfr: (t) => at(data.asfr, t),
    asfrFirstAge: data.asfr.ages[0] ?? 15,
    netMigrants: (t) => data.netMigrants.get(t) ?? 0,
    ...(sexRatioAtBirth !== undefined
      ? { sexRatioAtBirth }
      : { firstYearBirths: firstBirths ?? 0 }),
  });
}

export function projectionJson(
  data: WppSingleAgeInputs,
  p: SingleAgeProjection,
  srbGiven: boolean,
): PopulationProjectionJson {
  const population: Record<string, number[]> = {};
  p.years.forEach((y, i) => (population[String(y)] = p.population[i]!));
  return {
    format: 'spf.population/1',
    iso3: data.iso3,
    name: data.name,
    years: p.years,
    total: p.total,
    births: p.births,
    deaths: p.deaths,
    netMigrants: p.netMigrants,
    population,
    femaleShare: p.femaleShare,
    sexRatioAtBirth: p.sexRatioAtBirth,
    notes: [
      'UN WPP 2024 medium variant: 1 January population, death rates and fertility rates by single age, both sexes; net migrants from the annual indicators, spread by the standard Rogers-Castro age profile (methodology 7)',
      ...(p.openAgeEstimated
        ? [
            `ages 100+ are not in the UN files: the first year's 100+ is estimated from age 99 and the death rate of 100+ extrapolated (methodology 7.1)`,
          ]
        : []),
      srbGiven
        ? `sex ratio at birth ${p.sexRatioAtBirth} (--srb); the share of women at every age is 1 / (1 + srb)`
        : `the files have no sex split: women are ${(100 * p.femaleShare).toFixed(2)}% at every age, from the UN's births in ${p.years[0]} (sex ratio at birth ${p.sexRatioAtBirth.toFixed(3)})`,
    ],
  };
}

const thousands = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** Years down: total, births, deaths, net migration, 0-14, 15-64, 65+ (thousands). */
export function projectionTable(j: PopulationProjectionJson): string {
  const k = (v: number) => thousands.format(v / 1000);
  const band = (row: number[], a0: number, a1: number) => {
    let s = 0;
    for (let a = a0; a <= a1; a++) s += row[a]!;
    return s;
  };
  const heads = ['Year', 'Total', 'Births', 'Deaths', 'Net migr.', '0-14', '15-64', '65+'];
  const rows = j.years.map((y, i) => {
    const row = j.population[String(y)]!;
    return [
      String(y),
      k(j.total[i]!),
      k(j.births[i]!),
      k(j.deaths[i]!),
      k(j.netMigrants[i]!),
      k(band(row, 0, 14)),
      k(band(row, 15, 64)),
      k(band(row, 65, 100)),
    ];
  });
  const widths = heads.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) =>
    cells.map((s, c) => (c === 0 ? s.padEnd(widths[c]!) : s.padStart(widths[c]!))).join('  ');
  const out = [
    `${j.name} (${j.iso3}): population projection ${j.years[0]}-${j.years[j.years.length - 1]}`,
    'Thousands of persons: population on 1 January; births, deaths and net migration during the year',
    '',
    line(heads),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
    '',
    ...j.notes.map((n) => `Note: ${n}`),
  ];
  return `${out.join('\n')}\n`;
}

export async function populationProjectCommand(
  options: PopulationProjectOptions,
  io: CliIo,
): Promise<void> {
  const data = await readWppSingleAge(options.data, options.iso3);
  const to = options.to ?? options.from + 10;
  const p = projectWpp(data, options.from, to, options.srb);
  const json = projectionJson(data, p, options.srb !== undefined);
  const text = options.format === 'json' ? `${JSON.stringify(json)}\n` : projectionTable(json);
  emit(io, text, options.out);
}

export function registerPopulationCommand(program: Command, io: CliIo): void {
  const population = program
    .command('population')
    .description('Population projections by single age (methodology section 7).');
  population
    .command('project')
    .description(
      "Project a country from the UN's 1 January population with the UN's own\n" +
        'single-age rates (WPP 2024, medium variant; 13 countries, both sexes):\n' +
        'cohort-component, one year at a time (methodology 7).',
    )
    .requiredOption('--iso3 <CODE>', 'ISO 3166-1 alpha-3 code, one of the 13 with single-age data')
    .option('--data <DIR>', 'the folder with the public data files', '../shared/data')
    .option('--from <YEAR>', 'first year: its 1 January population is the start', yearArg, 2024)
    .option('--to <YEAR>', 'last year (default: --from + 10)', yearArg)
    .option(
      '--srb <RATIO>',
      "sex ratio at birth, male per female (default: from the UN's births of the first year)",
      ratioArg,
    )
    .addOption(
      new Option('--format <FORMAT>', 'table (readable) or json (formats.md)')
        .choices(['table', 'json'])
        .default('table'),
    )
    .option('--out <FILE>', 'write the output to FILE instead of the screen')
    .addHelpText(
      'after',
      '\nExamples:\n  npx spf population project --iso3 IDN --from 2024 --to 2034\n  npx spf population project --iso3 JPN --data ../shared/data --to 2050 --format json --out jpn.json',
    )
    .action(async (options: PopulationProjectOptions) => {
      await populationProjectCommand(options, io);
    });
}
