import { afterEach, describe, expect, it, vi } from 'vitest';
import { chromiumLaunchOptions } from '../../src/node/chromium';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("Chromium's launch options, shared by the PDF report, e2e tests, screenshots and bench", () => {
  it("start Debian's Chromium, quiet and without a sandbox or a GPU", () => {
    vi.stubEnv('CHROMIUM_PATH', undefined);
    expect(chromiumLaunchOptions()).toEqual({
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });

  it('start the browser CHROMIUM_PATH names, with a host’s own flags after the shared ones', () => {
    vi.stubEnv('CHROMIUM_PATH', '/opt/chrome/chrome');
    const options = chromiumLaunchOptions(['--disable-quic']);
    expect(options.executablePath).toBe('/opt/chrome/chrome');
    // The six shared flags, then the one asked for: seven in all, the extra one last.
    expect(options.args).toHaveLength(7);
    expect(options.args.at(-1)).toBe('--disable-quic');
  });
});
