import { basename } from 'node:path';

/** The extension of scenario files the app is associated with (electron-builder.yml fileAssociations). */
export const SCENARIO_EXTENSION = '.spf.json';

/**
 * The scenario files named on a command line: the operating system starts the app (or a second copy
 * of it, whose argv reaches the first through 'second-instance') with the double-clicked file as an
 * argument. Switches (Chromium's own among them) and the executable itself are not files.
 */
export function scenarioFilesIn(argv: readonly string[]): string[] {
  return argv.filter(
    (arg) => !arg.startsWith('-') && basename(arg).toLowerCase().endsWith(SCENARIO_EXTENSION),
  );
}

/**
 * Files the system asked the app to open, waiting for the page to take them. The renderer imports a
 * scenario through its one open-file path (File > Import a scenario file…, which asks for the
 * `dialog:openFile` channel); while a file waits here, that channel answers with it instead of
 * showing the dialog. Files arrive in order and are taken in order.
 */
export class PendingFiles {
  private readonly paths: string[] = [];

  add(paths: readonly string[]): number {
    this.paths.push(...paths);
    return paths.length;
  }

  take(): string | undefined {
    return this.paths.shift();
  }

  get size(): number {
    return this.paths.length;
  }
}
