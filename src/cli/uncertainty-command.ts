import { checkDraws, codedIssue, InputError, type Band, type UncertaintyResult } from '#engine';
import Papa from 'papaparse';
import type { Command } from 'commander';
import { SAFE_UNPARSE } from '../contract/spreadsheet-text';
import {
  defaultThreads,
  MAX_THREADS,
  parallelUncertainty,
  slicesOf,
} from '../node/uncertainty/draw-pool';
import { emit, type CliIo } from './cli-io';
import { resolveCountry, type CostOptions } from './cost-command';
import { addDbOption } from './library-commands';
import { errIsTerminal, progressReporter, say } from './progress';
import { addRunOptions, commandScenario, locatedInScenario } from './sensitivity-command';

export const DEFAULT_DRAWS = 1000;
export const DEFAULT_SEED = 1;
/** Seeds are mixed as 32-bit integers: every seed in this range gives its own draws. */
const MAX_SEED = 4_294_967_295;

export interface UncertaintyOptions extends CostOptions {
  draws?: string;
  seed?: string;
  threads?: string;
}

/** A whole number from an option's text, or NaN (`Number` alone reads "" as 0 and "1e3" as 1000). */
function wholeNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

/** The run the options ask for; a bad value is told naming its option. */
export function readRunOptions(options: UncertaintyOptions): {
  draws: number;
  seed: number;
  threads: number;
} {
  const draws = options.draws === undefined ? DEFAULT_DRAWS : wholeNumber(options.draws);
  checkDraws(draws, '--draws');
  const seed = options.seed === undefined ? DEFAULT_SEED : wholeNumber(options.seed);
  if (!(seed >= 0 && seed <= MAX_SEED)) {
    throw new InputError([codedIssue('--seed', 'uncertainty.cli.seed', { found: options.seed! })]);
  }
  const threads = options.threads === undefined ? defaultThreads() : wholeNumber(options.threads);
  if (!(threads >= 1 && threads <= MAX_THREADS)) {
    throw new InputError([
      codedIssue('--threads', 'uncertainty.cli.threads', {
        max: MAX_THREADS,
        found: options.threads!,
      }),
    ]);
  }
  return { draws, seed, threads };
}

const pct = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = (v: number) => `${pct.format(v * 100)}%`;
const share = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/**
 * Years down; the 5th, 50th and 95th percentiles of the total and of the financing gap as % of GDP,
 * and the share of draws whose gap exceeds the scenario's threshold.
 */
export function uncertaintyTable(r: UncertaintyResult, io: CliIo): string {
  const probability = say(io, 'uncertainty.cli.probability', {
    threshold: percent(r.gap.threshold),
  });
  const trio = (b: Band, i: number) => [b.p5[i]!, b.p50[i]!, b.p95[i]!].map(percent);
  const heads = [say(io, 'uncertainty.cli.year'), 'p5', 'p50', 'p95', 'p5', 'p50', 'p95'];
  heads.push(probability);
  const rows = r.years.map((year, i) => [
    String(year),
    ...trio(r.total.pctGdp, i),
    ...trio(r.gap.pctGdp, i),
    `${share.format(r.gap.probabilityAbove[i]! * 100)}%`,
  ]);
  const widths = heads.map((h, j) => Math.max(h.length, ...rows.map((row) => row[j]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, j) => (j === 0 ? c.padEnd(widths[j]!) : c.padStart(widths[j]!))).join('  ');
  const span = (from: number, to: number) =>
    widths.slice(from, to).reduce((a, w) => a + w, 0) + 2 * (to - from - 1);
  const groups = [
    ' '.repeat(widths[0]!),
    say(io, 'uncertainty.cli.total').padStart(span(1, 4)),
    say(io, 'uncertainty.cli.gap').padStart(span(4, 7)),
  ].join('  ');
  return `${[
    say(io, 'uncertainty.cli.bandsTitle', { draws: r.draws, seed: r.seed }),
    '',
    groups.trimEnd(),
    line(heads),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n')}\n`;
}

const BAND_KEYS = ['p5', 'p25', 'p50', 'p75', 'p95', 'mean'] as const;

/** Long format: one row per series and year with its percentiles and mean, ready for a pivot table. */
export function uncertaintyCsv(r: UncertaintyResult): string {
  const series: [string, Band][] = [
    ['total.pctGdp', r.total.pctGdp],
    ['total.cost', r.total.cost],
    ['gap.pctGdp', r.gap.pctGdp],
    ...r.benefits.map((b): [string, Band] => [`benefits.${b.id}.pctGdp`, b.pctGdp]),
  ];
  const data = series.flatMap(([name, band]) =>
    r.years.map((year, i) => [name, year, ...BAND_KEYS.map((k) => band[k][i]!)]),
  );
  const fields = ['series', 'year', ...BAND_KEYS];
  return `${Papa.unparse({ fields, data }, { newline: '\n', ...SAFE_UNPARSE })}\n`;
}

/** `spf uncertainty [SCENARIO]`: Monte Carlo bands on every core (methodology 8.4). */
export async function uncertaintyCommand(
  scenarioFile: string | undefined,
  options: UncertaintyOptions,
  io: CliIo,
): Promise<void> {
  const run = readRunOptions(options);
  const scenario = commandScenario(scenarioFile, io);
  const country = resolveCountry(scenario, options.country, io, options.db);
  // A bar on a terminal only: a log or a pipe gets the result alone.
  const total = slicesOf(run.draws, run.threads).length;
  const progress = errIsTerminal(io) ? await progressReporter(io, { total }) : undefined;
  let result: UncertaintyResult;
  try {
    result = await parallelUncertainty(scenario, country, {
      ...run,
      lang: io.lang ?? 'en',
      onProgress: (done, all) =>
        progress?.step(() => say(io, 'uncertainty.cli.progress', { done, total: all })),
    });
  } catch (e) {
    throw locatedInScenario(scenarioFile, e);
  } finally {
    progress?.stop();
  }
  const text =
    options.format === 'json'
      ? `${JSON.stringify(result, null, 2)}\n`
      : options.format === 'csv'
        ? uncertaintyCsv(result)
        : uncertaintyTable(result, io);
  emit(io, text, options.out);
}

export function registerUncertaintyCommand(program: Command, io: CliIo): void {
  const command = program
    .command('uncertainty')
    .description(
      'Monte Carlo: every uncertain input drawn together (correlated where it\n' +
        'matters), the package costed for each draw on every core, and percentile\n' +
        'bands of the total, each benefit and the financing gap, year by year.\n' +
        'The same seed gives the same output whatever the number of threads.',
    );
  addRunOptions(
    command,
    'table (bands by year), json (formats.md) or csv (one row per series and year)',
  )
    .option('--draws <N>', `draws, 1 to 20,000 (default: ${DEFAULT_DRAWS})`)
    .option('--seed <S>', `seed of the draws, 0 to ${MAX_SEED} (default: ${DEFAULT_SEED})`)
    .option('--threads <K>', 'threads that draw, this one and workers (default: one per core)')
    .addHelpText(
      'after',
      '\nExamples:\n  npx spf uncertainty\n  npx spf uncertainty my-scenario.json --draws 5000 --seed 42 --format json',
    );
  addDbOption(command).action(async (scenario: string | undefined, options: UncertaintyOptions) => {
    await uncertaintyCommand(scenario, options, io);
  });
}
