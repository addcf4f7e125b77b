/**
 * `spf gap --all`: the global financing gap (methodology section 12). The package (default the
 * ILO's) costed on every country of the shipped database, each country's gap against current
 * spending, and the GDP-weighted aggregates by income group and UN region.
 */
import { Option, type Command } from 'commander';
import {
  codedIssue,
  InputError,
  POVERTY_LINE_IDS,
  type GlobalGap,
  type PovertyLineId,
} from '#engine';
import { emit, type CliIo } from './cli-io';
import { gapCsv, gapTable } from './gap-format';
import { progressReporter, say } from './progress';

export interface GapOptions {
  all?: boolean;
  iso3?: string;
  year?: string;
  package?: string;
  povertyLine?: PovertyLineId;
  format?: 'table' | 'json' | 'csv';
  out?: string;
  progress?: boolean;
}

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** The year asked for, or undefined for the default; a bad value names --year. */
function readYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const year = /^\s*\d{4}\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) {
    throw new InputError([codedIssue('--year', 'globalGap.year', { found: text })]);
  }
  return year;
}

/** The countries asked for: undefined for all of them (--all), else the codes of --iso3. */
function readCountries(options: GapOptions): string[] | undefined {
  if (options.all && options.iso3 !== undefined) {
    throw new InputError([codedIssue('--iso3', 'globalGap.bothAllAndIso3')]);
  }
  if (options.all) return undefined;
  if (options.iso3 === undefined) throw new InputError([codedIssue('--all', 'globalGap.needAll')]);
  const codes = options.iso3
    .split(',')
    .map((c) => c.trim().toUpperCase())
    .filter((c) => c !== '');
  if (codes.length === 0 || codes.some((c) => !/^[A-Z]{3}$/.test(c))) {
    throw new InputError([codedIssue('--iso3', 'globalGap.emptyList', { found: options.iso3 })]);
  }
  return codes;
}

export async function gapCommand(options: GapOptions, io: CliIo): Promise<GlobalGap> {
  const iso3 = readCountries(options);
  const year = readYear(options.year);
  // The database and the costing are loaded only when the command runs: `spf --help` stays quick.
  const run = await import('../node/global-gap/run-global-gap');
  const { loadCountryDatabase } = await import('../node/country-db/database-file');
  const database = loadCountryDatabase();
  if (iso3) {
    const known = new Set(database.countries.map((c) => c.entry.iso3));
    const missing = iso3.filter((c) => !known.has(c));
    if (missing.length > 0) {
      throw new InputError([
        codedIssue('--iso3', 'globalGap.unknownCodes', { codes: missing.join(', ') }),
      ]);
    }
  }
  const scenario = options.package ? run.gapPackageFile(options.package) : run.iloGapPackage();
  const total = iso3 ? iso3.length : database.countries.length;
  const progress = options.progress === false ? undefined : await progressReporter(io, { total });
  let gap: GlobalGap;
  try {
    gap = run.runGlobalGap({
      database,
      scenario,
      ...(iso3 ? { iso3 } : {}),
      ...(year === undefined ? {} : { year }),
      ...(options.povertyLine ? { povertyLine: options.povertyLine } : {}),
      onProgress: (done, all, code) =>
        progress?.step(() => say(io, 'globalGap.progress', { done, total: all, iso3: code })),
    });
  } finally {
    progress?.stop();
  }
  const text =
    options.format === 'json'
      ? `${JSON.stringify(gap, null, 2)}\n`
      : options.format === 'csv'
        ? gapCsv(gap)
        : gapTable(io, gap);
  emit(io, text, options.out);
  if (gap.countries.length === 0) {
    throw new InputError([codedIssue('', 'globalGap.noCountry')]);
  }
  return gap;
}

export function registerGapCommand(program: Command, io: CliIo): void {
  program
    .command('gap')
    .description(
      'The global financing gap (the ILO method): a package costed on every\n' +
        'country of the shipped database for one year, with full coverage; per\n' +
        'function, max(0, cost - current public spending), summed; aggregates by\n' +
        'income group and UN region, weighted by GDP (docs/methodology.md section 12).',
    )
    .option('--all', 'every country of the database')
    .option('--iso3 <CODES>', 'only these countries, such as KEN,NPL')
    .option('--year <Y>', 'the year costed (default: 2025)')
    .option(
      '--package <FILE>',
      'a spf.scenario/1 file whose benefits replace the ILO package (its country is ignored)',
    )
    .addOption(
      new Option(
        '--poverty-line <LINE>',
        "the poverty line of poverty-line amounts in every country (default: the package's, else each country's first)",
      ).choices(POVERTY_LINE_IDS),
    )
    .addOption(
      new Option('--format <FORMAT>', 'table, json (docs/formats.md) or csv')
        .choices(['table', 'json', 'csv'])
        .default('table'),
    )
    .option('--out <FILE>', 'write to FILE instead of the screen')
    .option('--no-progress', 'no progress on stderr')
    .addHelpText(
      'after',
      '\nExamples:\n  npx spf gap --all\n  npx spf gap --iso3 KEN,NPL --year 2026 --format json\n  npx spf gap --all --package my-package.json --format csv --out gap.csv',
    )
    .action(async (options: GapOptions) => {
      await gapCommand(options, io);
    });
}
