import { Command, CommanderError, Option } from 'commander';
import { InputError } from '../formats/issues';
import { EXIT, processIo, type CliIo } from './cli-io';
import { costCommand, OUTPUT_FORMATS, type CostOptions } from './cost-command';

function buildProgram(io: CliIo): Command {
  const program = new Command('spf')
    .description(
      'SPF Costing Studio: cost social protection floors and model fiscal space.\n' +
        'Formats and formulas: docs/formats.md and docs/methodology.md.',
    )
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');

  program
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
    )
    .action((scenario: string | undefined, options: CostOptions) => {
      costCommand(scenario, options, io);
    });
  return program;
}

/** Runs `spf` with `argv` (without "node spf") and returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const program = buildProgram(io);
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.ok;
    }
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are not errors; anything else commander rejects is a usage mistake.
      return e.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    if (e instanceof InputError) {
      for (const line of e.message.split('\n')) io.err(`error: ${line}\n`);
      return EXIT.badInput;
    }
    io.err(`internal error (please report it): ${(e as Error).stack ?? String(e)}\n`);
    return EXIT.internal;
  }
}
