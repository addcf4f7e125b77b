import {
  errorMessage,
  InputError,
  codedIssue,
  readCountry,
  type CountryData,
  type Issue,
} from '#engine';
import { writeFileSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { buildCountry, type BuildCountryResult } from '../node/country-build/build-country';
import { formatCountryJson } from '../node/country-build/country-json';
import { readJsonFile } from '../node/read-json-file';
import { readCountrySheet, writeCountryTemplate } from '../node/spreadsheet/country-sheet';
import { SHEET, TEMPLATE_SHEETS } from '../node/spreadsheet/sheet-layout';
import { issueLine, type CliIo } from './cli-io';

export interface BuildOptions {
  iso3: string;
  data: string;
  out?: string;
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

export async function countryBuildCommand(options: BuildOptions, io: CliIo): Promise<void> {
  const r = await buildCountry({
    iso3: options.iso3,
    dataDir: options.data,
    singleAge: options.singleAge,
    ...(options.baseYear !== undefined ? { baseYear: options.baseYear } : {}),
    ...(options.to !== undefined ? { toYear: options.to } : {}),
    ...(options.wppPopulation.length > 0 ? { wppPopulation: options.wppPopulation } : {}),
    ...(options.wppEdition !== undefined ? { wppEdition: options.wppEdition } : {}),
    ...(options.currency !== undefined ? { currency: options.currency } : {}),
    ...(options.progress ? { onProgress: progressPrinter(io) } : {}),
  });
  reportBuild(io, r, options.out);
  writeOutput(io, options.out, r.country);
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
    .requiredOption('--iso3 <CODE>', 'ISO 3166-1 alpha-3 code of the country, e.g. KEN')
    .option('--data <DIR>', 'the folder with the public data files', '../shared/data')
    .option('--out <FILE>', 'write the country file to FILE (default: the screen)')
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
    .option('--no-progress', 'do not print progress')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  npx spf country build --iso3 KEN --data ../shared/data --out ken.json\n' +
        '  npx spf country build --iso3 NPL --base-year 2026 --to 2050 --out nepal.json\n' +
        '  npx spf country build --iso3 KEN --wpp-population WPP2024_PopulationBySingleAgeSex_Medium_2024-2100.csv --out ken.json',
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
