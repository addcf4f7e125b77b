import {
  InputError,
  SENSITIVITY_MEASURES,
  scenarioYearIndex,
  sensitivity,
  type InputUnit,
  type Scenario,
  type SensitivityMeasure,
  type SensitivityResult,
} from '#engine';
import Papa from 'papaparse';
import { Option, type Command } from 'commander';
import { SAFE_UNPARSE } from '../contract/spreadsheet-text';
import { defaultScenario } from '../node/bundled-models';
import { emit, type CliIo } from './cli-io';
import { loadScenarioFile, OUTPUT_FORMATS, resolveCountry, type CostOptions } from './cost-command';
import { addDbOption } from './library-commands';
import { say } from './progress';

export interface SensitivityOptions extends CostOptions {
  year?: string;
  measure: SensitivityMeasure;
}

/** The scenario of the command line (the bundled default without a file). */
export function commandScenario(file: string | undefined, io: CliIo): Scenario {
  return file ? loadScenarioFile(file, io) : defaultScenario();
}

/** A problem of the scenario's content told as one of its file (when it has one), as `spf cost` does. */
export function locatedInScenario(file: string | undefined, e: unknown): unknown {
  return e instanceof InputError && file && !e.source ? new InputError(e.issues, file) : e;
}

const signed = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, signDisplay: 'always' });
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const pct = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * An input's value as people read it: a shift in percentage points, a factor as the change in %,
 * children per woman added, a multiple of net migration.
 */
export function inputValueText(unit: InputUnit, value: number, io: CliIo): string {
  switch (unit) {
    case 'shift':
      return `${signed.format(value * 100)} ${say(io, 'uncertainty.cli.pp')}`;
    case 'factor':
      return `${signed.format((value - 1) * 100)}%`;
    case 'children':
      return `${signed.format(value)} ${say(io, 'uncertainty.cli.children')}`;
    case 'multiple':
      return `×${plain.format(value)}`;
  }
}

/** A value of the measure: % of GDP with two decimals, or millions of LCU. */
function measureText(measure: SensitivityMeasure, value: number): string {
  return measure === 'total.cost' ? whole.format(value / 1e6) : `${pct.format(value * 100)}%`;
}

/** The widest bar, in characters, for the largest swing. */
const BAR_WIDTH = 24;

/**
 * A tornado in text: one row per input, largest swing first, with the input's low and high values,
 * the measure at each, the swing and a bar of # scaled to the largest swing.
 */
export function sensitivityTable(r: SensitivityResult, currency: string, io: CliIo): string {
  const measure = say(io, `uncertainty.cli.measure.${r.measure}`, { currency });
  const swing = (e: SensitivityResult['inputs'][number]) => Math.abs(e.high - e.low);
  const largest = Math.max(0, ...r.inputs.map(swing));
  const value = (v: number) => measureText(r.measure, v);
  const head = ['input', 'range', 'atLow', 'atHigh', 'swing'] as const;
  const rows = r.inputs.map((e) => [
    e.label,
    `${inputValueText(e.unit, e.lowValue, io)} → ${inputValueText(e.unit, e.highValue, io)}`,
    value(e.low),
    value(e.high),
    r.measure === 'total.cost' ? whole.format(swing(e) / 1e6) : pct.format(swing(e) * 100),
    largest > 0 ? '#'.repeat(Math.round((swing(e) / largest) * BAR_WIDTH)) : '',
  ]);
  const heads = [...head.map((h) => say(io, `uncertainty.cli.${h}`)), ''];
  const widths = heads.map((h, j) => Math.max(h.length, ...rows.map((row) => row[j]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, j) => (j < 2 || j === 5 ? c.padEnd(widths[j]!) : c.padStart(widths[j]!)))
      .join('  ')
      .trimEnd();
  return `${[
    say(io, 'uncertainty.cli.sensitivityTitle', { measure, year: r.year }),
    say(io, 'uncertainty.cli.base', { base: value(r.base) }),
    '',
    line(heads),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    say(io, 'uncertainty.cli.units'),
  ].join('\n')}\n`;
}

/** One row per input, largest swing first; values as the JSON has them (fractions, factors, LCU). */
export function sensitivityCsv(r: SensitivityResult): string {
  const fields = ['year', 'measure', 'base', 'name', 'label', 'unit'];
  fields.push('lowValue', 'highValue', 'low', 'high');
  const data = r.inputs.map((e) => [
    r.year,
    r.measure,
    r.base,
    e.name,
    e.label,
    e.unit,
    e.lowValue,
    e.highValue,
    e.low,
    e.high,
  ]);
  return `${Papa.unparse({ fields, data }, { newline: '\n', ...SAFE_UNPARSE })}\n`;
}

/** `spf sensitivity [SCENARIO]`: the tornado of one year and measure (methodology 8.5). */
export function sensitivityCommand(
  scenarioFile: string | undefined,
  options: SensitivityOptions,
  io: CliIo,
): void {
  const scenario = commandScenario(scenarioFile, io);
  const country = resolveCountry(scenario, options.country, io, options.db);
  const year = options.year === undefined ? undefined : Number(options.year);
  // The year is the option's before it is the engine's: a bad one names --year.
  if (year !== undefined) scenarioYearIndex(scenario, year, '--year');
  let result: SensitivityResult;
  try {
    result = sensitivity(scenario, country, {
      measure: options.measure,
      lang: io.lang ?? 'en',
      ...(year === undefined ? {} : { year }),
    });
  } catch (e) {
    throw locatedInScenario(scenarioFile, e);
  }
  const text =
    options.format === 'json'
      ? `${JSON.stringify(result, null, 2)}\n`
      : options.format === 'csv'
        ? sensitivityCsv(result)
        : sensitivityTable(result, country.currency, io);
  emit(io, text, options.out);
}

/** The options `spf sensitivity` and `spf uncertainty` share: the country, format and output file. */
export function addRunOptions(command: Command, formats: string): Command {
  return command
    .argument('[SCENARIO]', 'a spf.scenario/1 JSON file (default: the bundled default package)')
    .option('--country <FILE>', 'a spf.country/1 JSON file to run the scenario on')
    .addOption(new Option('--format <FORMAT>', formats).choices(OUTPUT_FORMATS).default('table'))
    .option('--out <FILE>', 'write the output to FILE instead of the screen');
}

export function registerSensitivityCommand(program: Command, io: CliIo): void {
  const command = program
    .command('sensitivity')
    .description(
      'Each uncertain input at its low and its high value (its 5th and 95th\n' +
        'percentiles), the others central: the swing of one measure in one year,\n' +
        'largest first (a tornado). Ranges: the `uncertainty` block, docs/formats.md.',
    );
  addRunOptions(command, 'table (a tornado), json (formats.md) or csv (one row per input)')
    .option('--year <Y>', 'the year (default: the first year of full coverage)')
    .addOption(
      new Option('--measure <MEASURE>', 'what swings')
        .choices(SENSITIVITY_MEASURES)
        .default('total.pctGdp'),
    )
    .addHelpText(
      'after',
      '\nExamples:\n  npx spf sensitivity\n  npx spf sensitivity my-scenario.json --year 2030 --measure gap.pctGdp --format json',
    );
  addDbOption(command).action((scenario: string | undefined, options: SensitivityOptions) => {
    sensitivityCommand(scenario, options, io);
  });
}
