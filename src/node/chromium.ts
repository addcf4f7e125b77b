/**
 * How every Node-side host starts Chromium (playwright-core): the PDF report, the end-to-end tests,
 * the README screenshots and the UI benchmark. Written once so that they all run the same browser
 * the same way: Debian's Chromium, headless on build machines without a sandbox or a GPU, and quiet
 * (no updates, sync or first-run pages that would reach the network or slow a run down).
 */

/** Chromium as Debian installs it; CHROMIUM_PATH names another Chromium or Chrome. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium binary to start: CHROMIUM_PATH when set, else Debian's. */
export function chromiumExecutable(): string {
  return process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
}

/** playwright's launch options for that Chromium, with the flags a host needs on top of ours. */
export function chromiumLaunchOptions(extraArgs: readonly string[] = []): {
  executablePath: string;
  args: string[];
} {
  return { executablePath: chromiumExecutable(), args: [...CHROMIUM_ARGS, ...extraArgs] };
}
