import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './src/node/chromium';

/**
 * End-to-end tests drive the real renderer in Debian's Chromium against the browser build (the same
 * handlers as the desktop app), each test with its own temporary library. Electron tests live beside
 * them and skip themselves where the Electron binary is absent.
 */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
  globalSetup: './test/e2e/global-setup.ts',
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    launchOptions: chromiumLaunchOptions(['--disable-quic']),
    acceptDownloads: true,
  },
});
