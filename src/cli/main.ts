import { Command, CommanderError, Help, Option } from 'commander';
import { MESSAGE_LANGUAGES, SpfError, type MessageLanguage } from '#engine';
import {
  endQuietlyOnClosedPipe,
  EXIT,
  issueLine,
  languageFromEnv,
  processIo,
  type CliIo,
} from './cli-io';
import { appVersion } from '../node/app-version';
import { errorDetail } from '../node/error-detail';
import { registerCostCommand } from './cost-command';
import { registerExplainCommand } from './explain-command';
import { registerCountryCommand } from './country-command';
import { registerCountriesCommand } from './countries-command';
import { registerScenariosCommand } from './scenarios-command';
import { registerSetsCommand } from './sets-command';
import { registerWebCommand } from './web-command';
import { registerPopulationCommand } from './population-command';
import { registerPensionCommand } from './pension-command';
import { registerReportCommand } from './report-command';
import { registerSensitivityCommand } from './sensitivity-command';
import { registerUncertaintyCommand } from './uncertainty-command';
import { registerGapCommand } from './gap-command';

/**
 * `spf --version` (or -V) alone on the line prints the version. Not a commander option: commander reads
 * the program's options anywhere on the line, so it would take `spf countries export KEN --version 2`
 * for itself. The help lists it all the same.
 */
const VERSION_OPTION = new Option('-V, --version', 'print the version of spf');

function isVersionRequest(argv: readonly string[]): boolean {
  return argv.length === 1 && (argv[0] === VERSION_OPTION.short || argv[0] === VERSION_OPTION.long);
}

/** Commander's help, with the version among the program's options. */
function listVersionOption(program: Command): void {
  program.configureHelp({
    visibleOptions(this: Help, command: Command): Option[] {
      const options = Help.prototype.visibleOptions.call(this, command);
      return command === program ? [VERSION_OPTION, ...options] : options;
    },
  });
}

function buildProgram(io: CliIo): Command {
  const program = new Command('spf')
    .description(
      'SPF Costing Studio: cost social protection floors and model fiscal space.\n' +
        'Formats and formulas: docs/formats.md and docs/methodology.md.',
    )
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .addOption(
      new Option(
        '--lang <LANG>',
        'language of messages and reports (default: from LC_ALL, LC_MESSAGES or LANG, else en)',
      ).choices(MESSAGE_LANGUAGES),
    );
  // Commander reads --lang anywhere on the line (`spf cost x.json --lang fr` too); every command
  // reads the language from `io` when it runs.
  listVersionOption(program);
  program.hook('preAction', () => {
    const lang = program.opts<{ lang?: MessageLanguage }>().lang;
    if (lang) io.lang = lang;
  });

  // Each command registers itself; add new ones here.
  registerReportCommand(program, io);
  registerCostCommand(program, io);
  registerExplainCommand(program, io);
  registerCountryCommand(program, io);
  registerScenariosCommand(program, io);
  registerCountriesCommand(program, io);
  registerSetsCommand(program, io);
  registerWebCommand(program, io);
  registerPopulationCommand(program, io);
  registerPensionCommand(program, io);
  registerSensitivityCommand(program, io);
  registerUncertaintyCommand(program, io);
  registerGapCommand(program, io);
  return program;
}

/**
 * Runs `spf` with `argv` (without "node spf") and returns the exit code. Messages are in the
 * language of `--lang`, else of `io.lang`, else of the environment (`env`).
 */
export async function main(
  argv: string[],
  callerIo: CliIo = processIo,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  const io: CliIo = { ...callerIo, lang: callerIo.lang ?? languageFromEnv(env) };
  if (callerIo === processIo) endQuietlyOnClosedPipe(process.stdout);
  const program = buildProgram(io);
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.ok;
    }
    if (isVersionRequest(argv)) {
      io.out(`${appVersion()}\n`);
      return EXIT.ok;
    }
    await program.parseAsync(argv, { from: 'user' });
    return io.exitCode ?? EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are not errors; anything else commander rejects is a usage mistake.
      return e.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    // Anything the user can act on (bad input, something not found, a busy library) is told as
    // bad input with its located problems; anything else is a bug.
    if (e instanceof SpfError && e.kind !== 'internal') {
      const where = e.source ? `${e.source}: ` : '';
      for (const issue of e.issues) io.err(`error: ${where}${issueLine(io, issue)}\n`);
      return EXIT.badInput;
    }
    io.err(`internal error (please report it): ${errorDetail(e)}\n`);
    return EXIT.internal;
  }
}
