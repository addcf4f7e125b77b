import { bundledCountry, defaultScenario } from '../node/bundled-models';
import { readJsonFile } from '../node/read-json-file';
import {
  InputError,
  codedIssue,
  readCountry,
  readScenario,
  runScenario,
  type CountryData,
  type Issue,
  type MessageLanguage,
  type Scenario,
} from '#engine';
import { Option, type Command } from 'commander';
import { emit, issueLine, type CliIo } from './cli-io';
import { countryFromDatabaseWithNote } from './countries-database';
import { addDbOption, withExistingLibrary } from './library-commands';
import { formatCsv } from './format-csv';
import { formatTable } from './format-table';

export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface CostOptions {
  country?: string;
  /** The scenario library to look country codes up in (default: $SPF_DB or the user's data folder). */
  db?: string;
  format: OutputFormat;
  out?: string;
}

function located(file: string, issues: readonly Issue[]): InputError {
  return new InputError(issues, file);
}

function warn(io: CliIo, file: string, warnings: readonly Issue[]): void {
  for (const w of warnings) io.err(`warning: ${file}: ${issueLine(io, w)}\n`);
}

export function loadScenarioFile(file: string, io: CliIo): Scenario {
  const r = readScenario(readJsonFile(file));
  warn(io, file, r.warnings);
  if (!r.ok) throw located(file, r.issues);
  return r.value;
}

export function loadCountryFile(file: string, io: CliIo): CountryData {
  const r = readCountry(readJsonFile(file));
  warn(io, file, r.warnings);
  if (!r.ok) throw located(file, r.issues);
  return r.value;
}

/**
 * The country a scenario runs on: --country first, then an inline country, then a bundled code, then a
 * country imported into the scenario library (its latest version), then the country database shipped
 * with the app (with a note on stderr). A library that does not exist is not created just to look a
 * code up.
 */
export function resolveCountry(
  scenario: Scenario,
  countryFile: string | undefined,
  io: CliIo,
  dbPath?: string,
): CountryData {
  if (countryFile) {
    const c = loadCountryFile(countryFile, io);
    const wanted = typeof scenario.country === 'string' ? scenario.country : scenario.country.code;
    if (wanted.toUpperCase() !== c.code.toUpperCase()) {
      io.err(
        `warning: the scenario names country "${wanted}"; costing it on ${countryFile} ("${c.code}") as asked\n`,
      );
    }
    return c;
  }
  if (typeof scenario.country !== 'string') return scenario.country;
  const known = bundledCountry(scenario.country);
  if (known) return known;
  const code = scenario.country;
  const imported = withExistingLibrary(dbPath, io, (library) => library?.findCountry(code));
  if (imported) return imported;
  const shipped = countryFromDatabaseWithNote(code, io);
  if (shipped) return shipped;
  throw new InputError([codedIssue('country', 'cli.unknownCountry', { country: code })]);
}

export function formatResult(
  result: ReturnType<typeof runScenario>,
  format: OutputFormat,
  lang: MessageLanguage = 'en',
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(result, null, 2)}\n`;
    case 'csv':
      return formatCsv(result);
    case 'table':
      return formatTable(result, lang);
  }
}

/** `spf cost [SCENARIO.json]`: costs a scenario (the bundled default without a file) and prints it. */
export function costCommand(
  scenarioFile: string | undefined,
  options: CostOptions,
  io: CliIo,
): void {
  const scenario = scenarioFile ? loadScenarioFile(scenarioFile, io) : defaultScenario();
  const country = resolveCountry(scenario, options.country, io, options.db);
  let result;
  try {
    result = runScenario(scenario, country);
  } catch (e) {
    if (e instanceof InputError && scenarioFile) throw located(scenarioFile, e.issues);
    throw e;
  }
  const text = formatResult(result, options.format, io.lang);
  emit(io, text, options.out);
}

export function registerCostCommand(program: Command, io: CliIo): void {
  const command = program
    .command('cost')
    .description(
      'Cost a scenario year by year: every benefit, the package total and the financing gap.\n' +
        'Without SCENARIO it costs the bundled default package on the fictional training country.',
    )
    .argument('[SCENARIO]', 'a spf.scenario/1 JSON file')
    .option(
      '--country <FILE>',
      'a spf.country/1 JSON file to cost the scenario on (instead of its own country)',
    )
    .addOption(
      new Option(
        '--format <FORMAT>',
        'table (readable), json (formats.md) or csv (one row per year)',
      )
        .choices(OUTPUT_FORMATS)
        .default('table'),
    )
    .option('--out <FILE>', 'write the output to FILE instead of the screen')
    .addHelpText(
      'after',
      '\nExamples:\n  npx spf cost\n  npx spf cost my-scenario.json --format csv --out costs.csv\n  npx spf cost scenario.json --country kenya.json --format json',
    );
  addDbOption(command).action((scenario: string | undefined, options: CostOptions) => {
    costCommand(scenario, options, io);
  });
}
