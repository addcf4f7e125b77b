import { readFileSync } from 'node:fs';

let version: string | undefined;

/**
 * The app's version, from package.json (read once). The URL is relative to this file; the command
 * line's bundle (scripts/build-cli.mjs) rewrites it to reach the same package.json from dist/cli/.
 */
export function appVersion(): string {
  if (version === undefined) {
    const pkg = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as {
      version?: string;
    };
    version = pkg.version ?? 'unknown';
  }
  return version;
}
