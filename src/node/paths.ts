import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

/** The app's name as Electron sees it: `app.getPath('userData')` is the app-data folder plus this. */
export const APP_NAME = 'SPF Costing Studio';
export const LIBRARY_FILE_NAME = 'library.sqlite';
/** Environment variable that points every host (command line, app, tests) at another library file. */
export const LIBRARY_ENV = 'SPF_DB';

/** What the paths depend on; tests pass their own to check every platform from one machine. */
export interface PathContext {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
}

function currentContext(): PathContext {
  return { platform: process.platform, env: process.env, home: homedir() };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}

/**
 * The folder Electron's `app.getPath('userData')` gives for this app, computed without Electron so the
 * command line and the desktop app share one library: appData (Windows `%APPDATA%`, macOS
 * `~/Library/Application Support`, Linux `$XDG_CONFIG_HOME` or `~/.config`) plus the app name.
 */
export function userDataDir(ctx: PathContext = currentContext()): string {
  switch (ctx.platform) {
    case 'win32':
      return win32.join(
        nonEmpty(ctx.env.APPDATA) ?? win32.join(ctx.home, 'AppData', 'Roaming'),
        APP_NAME,
      );
    case 'darwin':
      return posix.join(ctx.home, 'Library', 'Application Support', APP_NAME);
    default:
      return posix.join(
        nonEmpty(ctx.env.XDG_CONFIG_HOME) ?? posix.join(ctx.home, '.config'),
        APP_NAME,
      );
  }
}

export interface LibraryLocation {
  path: string;
  /** Where the path came from: an explicit `--db`, the SPF_DB variable, or the user's data folder. */
  from: 'option' | 'env' | 'default';
}

/** The library file: `--db PATH` first, then `$SPF_DB`, then `library.sqlite` in the user's data folder. */
export function libraryLocation(
  option?: string,
  ctx: PathContext = currentContext(),
): LibraryLocation {
  const given = nonEmpty(option);
  if (given) return { path: given, from: 'option' };
  const env = nonEmpty(ctx.env[LIBRARY_ENV]);
  if (env) return { path: env, from: 'env' };
  const dir = userDataDir(ctx);
  const file =
    ctx.platform === 'win32'
      ? win32.join(dir, LIBRARY_FILE_NAME)
      : posix.join(dir, LIBRARY_FILE_NAME);
  return { path: file, from: 'default' };
}
