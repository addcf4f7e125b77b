import { Command, CommanderError } from 'commander';
import { InputError } from '../formats/issues';
import { endQuietlyOnClosedPipe, EXIT, processIo, type CliIo } from './cli-io';
import { registerCostCommand } from './cost-command';
import { registerCountryCommand } from './country-command';
import { registerCountriesCommand } from './countries-command';
import { registerScenariosCommand } from './scenarios-command';
import { registerSetsCommand } from './sets-command';
import { registerWebCommand } from './web-command';
import { registerPopulationCommand } from './population-command';
import { registerPensionCommand } from './pension-command';
import { registerReportCommand } from './report-command';

function buildProgram(io: CliIo): Command {
  const program = new Command('spf')
    .description(
      'SPF Costing Studio: cost social protection floors and model fiscal space.\n' +
        'Formats and formulas: docs/formats.md and docs/methodology.md.',
    )
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');

  // Each command registers itself; add new ones here.
  registerReportCommand(program, io);
  registerCostCommand(program, io);
  registerCountryCommand(program, io);
  registerScenariosCommand(program, io);
  registerCountriesCommand(program, io);
  registerSetsCommand(program, io);
  registerWebCommand(program, io);
  registerPopulationCommand(program, io);
  registerPensionCommand(program, io);
  return program;
}

/** Runs `spf` with `argv` (without "node spf") and returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  if (io === processIo) endQuietlyOnClosedPipe(process.stdout);
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
