import {
  errorMessage,
  InputError,
  codedIssue,
  readCountry,
  type CountryData,
  type Issue,
  type MessageCode,
  type MessageParams,
} from '#engine';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
// The builder and the spreadsheet code (exceljs) load only in the commands that use them, so that
// `spf --help` and `spf cost` start without them (bench: cli-start).
import type { BatchOptions, FailedCountry } from '../node/country-build/build-batch';
import type { BuildCountryResult } from '../node/country-build/build-country';
import { formatCountryJson } from '../node/country-build/country-json';
import { readJsonFile } from '../node/read-json-file';
import { SHEET, TEMPLATE_SHEETS } from '../node/spreadsheet/sheet-layout';
import { EXIT, issueLine, type CliIo } from './cli-io';
import { progressReporter, say, type ProgressReporter } from './progress';

export interface BuildOptions {
  /** One code, or several separated by commas. */
  iso3?: string;
  all?: boolean;
  data: string;
  out?: string;
  outDir?: string;
  baseYear?: number;
  to?: number;
  wppPopulation: string[];
  wppEdition?: string;
  currency?: string;
  singleAge: boolean;
  progress: boolean;
}

function yearArg(value: string): number {
  const n = Number(value);
  if (!/^\d{4}$/.test(value.trim()) || !Number.isInteger(n)) {
    throw new InvalidArgumentError(`must be a year such as 2025, found "${value}"`);
  }
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function warn(io: CliIo, file: string, warnings: readonly Issue[]): void {
  for (const w of warnings) io.err(`warning: ${file}: ${issueLine(io, w)}\n`);
}

function millions(n: number): string {
  return (n / 1e6).toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** One line that says what was written. */
export function summaryLine(c: CountryData): string {
  const pop = c.population;
  const total = (i: number) => [...pop.female[i]!, ...pop.male[i]!].reduce((s, v) => s + v, 0);
  const gdp = c.macro.gdp[c.macro.years.indexOf(c.baseYear)] ?? c.macro.gdp[0]!;
  return (
    `${c.name} (${c.code}), base year ${c.baseYear}, population ${pop.years[0]}-${pop.years[pop.years.length - 1]} ` +
    `(${millions(total(0))} million in ${pop.years[0]})` +
    (c.births ? `, births ${millions(c.births.values[0]!)} million` : '') +
    `, GDP ${c.baseYear} ${(gdp / 1e12).toLocaleString('en-US', { maximumFractionDigits: 2 })} trillion ${c.currency}`
  );
}

function writeOutput(io: CliIo, out: string | undefined, country: CountryData): void {
  const text = formatCountryJson(country);
  if (out) {
    try {
      writeFileSync(out, text);
    } catch (e) {
      throw new InputError([
        codedIssue('--out', 'cli.cannotWriteFile', { file: out, reason: errorMessage(e, io.lang) }),
      ]);
    }
    io.err(`Wrote ${out}: ${summaryLine(country)}\n`);
  } else io.out(text);
}

/** Progress on stderr: one line each time the build moves to another step. */
export function progressPrinter(io: CliIo): (phase: string, fraction: number) => void {
  let last = '';
  return (phase, fraction) => {
    if (phase === last) return;
    last = phase;
    io.err(`progress: ${String(Math.round(100 * fraction)).padStart(3)}% ${phase}\n`);
  };
}

/** Prints what the build assumed and left out: one line per assumed field. */
export function reportBuild(io: CliIo, r: BuildCountryResult, out: string | undefined): void {
  for (const a of r.assumptions) io.err(`assumption: ${a.field}: ${a.note}\n`);
  for (const n of r.notes) io.err(`note: ${n}\n`);
  warn(io, out ?? 'built country', r.warnings);
}

/** What the options ask to build: one country (the single form), or a batch. */
type BuildRequest = { one: string } | { many: string[] | 'all'; outDir: string };

/** Checks --iso3, --all, --out and --out-dir together; each mistake names its option. */
export function buildRequest(options: BuildOptions): BuildRequest {
  const problem = (option: string, code: MessageCode, params: MessageParams = {}) =>
    new InputError([codedIssue(option, code, params)]);
  if (options.all && options.iso3 !== undefined) throw problem('--all', 'cli.batch.both');
  if (!options.all && options.iso3 === undefined) throw problem('--iso3', 'cli.batch.neither');
  const codes = options.all ? 'all' : parseCodes(options.iso3!);
  if (codes !== 'all' && codes.length === 1 && options.outDir === undefined) {
    return { one: codes[0]! };
  }
  if (options.out !== undefined) throw problem('--out', 'cli.batch.outWithMany');
  const outDir = options.outDir ?? '.';
  if (!existsSync(outDir) || !statSync(outDir).isDirectory()) {
    throw problem('--out-dir', 'cli.batch.noOutDir', { folder: outDir });
  }
  return { many: codes, outDir };
}

/** "KEN, npl,ETH" → KEN, NPL, ETH (each three letters, repeats once). */
function parseCodes(text: string): string[] {
  const codes = text
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  if (codes.length === 0) {
    throw new InputError([
      codedIssue('--iso3', 'cli.batch.emptyList', { found: JSON.stringify(text) }),
    ]);
  }
  const bad = codes.filter((c) => !/^[A-Za-z]{3}$/.test(c));
  if (bad.length > 0) {
    throw new InputError(
      bad.map((c) => codedIssue('--iso3', 'build.iso3', { found: JSON.stringify(c) })),
    );
  }
  return [...new Set(codes.map((c) => c.toUpperCase()))];
}

/** The builder's options shared by the single and the batch form. */
function builderOptions(options: BuildOptions): BatchOptions {
  return {
    dataDir: options.data,
    singleAge: options.singleAge,
    ...(options.baseYear !== undefined ? { baseYear: options.baseYear } : {}),
    ...(options.to !== undefined ? { toYear: options.to } : {}),
    ...(options.wppPopulation.length > 0 ? { wppPopulation: options.wppPopulation } : {}),
    ...(options.wppEdition !== undefined ? { wppEdition: options.wppEdition } : {}),
    ...(options.currency !== undefined ? { currency: options.currency } : {}),
  };
}

export async function countryBuildCommand(options: BuildOptions, io: CliIo): Promise<void> {
  const request = buildRequest(options);
  if ('many' in request) {
    await buildMany(request.many, request.outDir, options, io);
    return;
  }
  const { buildCountry } = await import('../node/country-build/build-country');
  const r = await buildCountry({
    iso3: request.one,
    ...builderOptions(options),
    ...(options.progress ? { onProgress: progressPrinter(io) } : {}),
  });
  reportBuild(io, r, options.out);
  writeOutput(io, options.out, r.country);
}

/** The file a batch writes for a country: `KEN.country.json`. */
export function countryFileName(iso3: string): string {
  return `${iso3}.country.json`;
}

/**
 * Builds several countries in one run, one file each in `outDir`, with progress and the time left;
 * a country that cannot be built is listed with its reason and the others are built. Exit code 3
 * (EXIT.someFailed) when any failed.
 */
async function buildMany(
  codes: string[] | 'all',
  outDir: string,
  options: BuildOptions,
  io: CliIo,
): Promise<void> {
  const failed: FailedCountry[] = [];
  let built = 0;
  let progress: ProgressReporter | undefined;
  const { buildCountries } = await import('../node/country-build/build-batch');
  try {
    await buildCountries(codes, builderOptions(options), {
      start: async (list) => {
        if (options.progress) progress = await progressReporter(io, { total: list.length });
      },
      done: (outcome) => {
        if (outcome.ok) {
          writeBatchFile(io, outDir, outcome.result);
          built++;
        } else failed.push(outcome);
        const code = outcome.ok ? 'cli.batch.built' : 'cli.batch.failed';
        progress?.step((done, total) => say(io, code, { done, total, iso3: outcome.iso3 }));
      },
    });
  } finally {
    progress?.stop();
  }
  reportBatch(io, built, failed);
}

function writeBatchFile(io: CliIo, outDir: string, r: BuildCountryResult): void {
  const file = join(outDir, countryFileName(r.country.code));
  try {
    writeFileSync(file, formatCountryJson(r.country));
  } catch (e) {
    throw new InputError([
      codedIssue('--out-dir', 'cli.cannotWriteFile', { file, reason: errorMessage(e, io.lang) }),
    ]);
  }
  warn(io, file, r.warnings);
}

/** Each failed country with its reasons, then "250 built, 2 failed". */
function reportBatch(io: CliIo, built: number, failed: readonly FailedCountry[]): void {
  for (const f of failed) {
    // The first problem says why; a build of that country alone gives them all.
    const [first, ...more] = f.error.issues;
    const where = f.error.source ? `${f.error.source}: ` : '';
    const reason = first ? where + issueLine(io, first) : f.error.message;
    io.err(`${say(io, 'cli.batch.notBuilt', { iso3: f.iso3, reason })}\n`);
    if (more.length > 0) {
      io.err(`${say(io, 'cli.batch.moreProblems', { count: more.length, iso3: f.iso3 })}\n`);
    }
  }
  io.err(`${say(io, 'cli.batch.summary', { built, failed: failed.length })}\n`);
  if (failed.length > 0) io.exitCode = EXIT.someFailed;
}

function parseYears(text: string): number[] {
  const m = /^(\d{4})-(\d{4})$/.exec(text.trim());
  if (!m || Number(m[2]) < Number(m[1]) || Number(m[2]) - Number(m[1]) > 200) {
    throw new InvalidArgumentError(`must be FIRST-LAST such as 2025-2060, found "${text}"`);
  }
  const first = Number(m[1]);
  return Array.from({ length: Number(m[2]) - first + 1 }, (_, i) => first + i);
}

export async function countryTemplateCommand(
  options: { out: string; from?: string; years?: number[] },
  io: CliIo,
): Promise<void> {
  let country: CountryData | undefined;
  if (options.from) {
    const r = readCountry(readJsonFile(options.from));
    warn(io, options.from, r.warnings);
    if (!r.ok) throw new InputError(r.issues, options.from);
    country = r.value;
  }
  const { writeCountryTemplate } = await import('../node/spreadsheet/country-sheet');
  const format = await writeCountryTemplate(options.out, country, options.years);
  io.err(
    `Wrote ${options.out}: ${format === 'xlsx' ? `Excel workbook (${[SHEET.readme, ...TEMPLATE_SHEETS].join(', ')})` : 'long CSV (sheet,item,year,age,sex,value,unit)'}` +
      `${country ? `, filled from ${options.from}` : ', empty'}\n`,
  );
}

export async function countryFromSheetCommand(
  file: string,
  options: { out?: string },
  io: CliIo,
): Promise<void> {
  const { readCountrySheet } = await import('../node/spreadsheet/country-sheet');
  const r = await readCountrySheet(file);
  warn(io, file, r.warnings);
  writeOutput(io, options.out, r.country);
}

export function registerCountryCommand(program: Command, io: CliIo): void {
  const country = program
    .command('country')
    .description(
      'Country data files (spf.country/1): build one from the public data, or go through a spreadsheet.\n' +
        'Sources, units and defaults: docs/country-data.md.',
    );

  country
    .command('build')
    .description(
      'Build a country file from the public data (UN WPP, IMF WEO, World Bank, WHO) in --data.\n' +
        'Population by single age and sex to --to, births, macro paths, poverty and health spending;\n' +
        'gaps are filled with documented defaults, marked as assumptions in the file and listed on stderr.',
    )
    .option(
      '--iso3 <CODE>',
      'ISO 3166-1 alpha-3 code of the country, e.g. KEN; or several, e.g. KEN,NPL,ETH (one file each in --out-dir)',
    )
    .option('--all', 'every country with a UN population in --data (one file each in --out-dir)')
    .option('--data <DIR>', 'the folder with the public data files', '../shared/data')
    .option('--out <FILE>', 'write the country file to FILE (default: the screen)')
    .option(
      '--out-dir <DIR>',
      'with several countries: write ISO3.country.json for each in DIR (default: the current folder)',
    )
    .option(
      '--base-year <YEAR>',
      'base year: prices and indices (default 2025, or the last year of IMF actual GDP if later)',
      yearArg,
    )
    .option('--to <YEAR>', 'last year of population and births (default 2060)', yearArg)
    .option(
      '--wpp-population <FILE>',
      "population by age and sex in the UN's WPP CSV layout (thousands; single ages or 5-year groups), instead of WPP 2019; repeat for several files",
      collect,
      [],
    )
    .option(
      '--wpp-edition <TEXT>',
      'edition of the --wpp-population files, for sources (e.g. "WPP 2026")',
    )
    .option('--currency <CODE>', "label of the local currency (default: the IMF series' currency)")
    .option('--no-single-age', 'do not use the WPP 2024 single-age population even where it exists')
    .option('--no-progress', 'do not print progress (with several countries: the bar or the lines)')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  npx spf country build --iso3 KEN --data ../shared/data --out ken.json\n' +
        '  npx spf country build --iso3 NPL --base-year 2026 --to 2050 --out nepal.json\n' +
        '  npx spf country build --iso3 KEN --wpp-population WPP2024_PopulationBySingleAgeSex_Medium_2024-2100.csv --out ken.json\n' +
        '  npx spf country build --iso3 KEN,NPL,ETH --out-dir countries\n' +
        '  npx spf country build --all --out-dir countries\n' +
        '\nWith several countries, a country that cannot be built is listed with its reason and the\n' +
        'others are built; the exit code is then 3 (0: all built, 2: bad options).',
    )
    .action(async (options: BuildOptions) => {
      await countryBuildCommand(options, io);
    });

  country
    .command('template')
    .description(
      'Write a spreadsheet to fill in: XLSX (one sheet per block, units in the header row, a README sheet)\n' +
        'or CSV (one long table: sheet,item,year,age,sex,value,unit), pre-filled from --from when given.',
    )
    .requiredOption('--out <FILE>', 'the spreadsheet to write: FILE.xlsx or FILE.csv')
    .option('--from <COUNTRY>', 'a spf.country/1 file to pre-fill it with')
    .option('--years <FIRST-LAST>', 'years of an empty template (default 2025-2060)', parseYears)
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  npx spf country template --out kenya.xlsx --from ken.json\n' +
        '  npx spf country template --out blank.csv --years 2026-2050',
    )
    .action(async (options: { out: string; from?: string; years?: number[] }) => {
      await countryTemplateCommand(options, io);
    });

  country
    .command('from-sheet')
    .description(
      'Read a filled-in spreadsheet (XLSX or CSV from spf country template) as a country file.\n' +
        "Problems are reported by sheet and cell (e.g. 'Population female'!C14) or CSV row and column.",
    )
    .argument('<FILE>', 'the spreadsheet: FILE.xlsx or FILE.csv')
    .option('--out <FILE>', 'write the country file to FILE (default: the screen)')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  npx spf country from-sheet kenya.xlsx --out kenya.json\n' +
        '  npx spf country from-sheet kenya.csv --out kenya.json',
    )
    .action(async (file: string, options: { out?: string }) => {
      await countryFromSheetCommand(file, options, io);
    });
}
