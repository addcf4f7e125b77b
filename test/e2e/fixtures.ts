import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { createDispatcher } from '../../src/node/bridge-dispatch';
import { libraryHandlers } from '../../src/node/bridge-handlers';
import { reportHandlers } from '../../src/node/report-handlers';
import { openLibrary, type Library } from '../../src/node/library/index';
import { startWebServer, type RunningWebServer } from '../../src/node/web-server';

export interface AppFixture {
  url: string;
  library: Library;
  server: RunningWebServer;
  /** Opens the app and waits until the default package is costed. */
  open(page: Page): Promise<void>;
}

/** Each test gets a fresh library file and its own server on a free port. */
export const test = base.extend<{ app: AppFixture }>({
  // Playwright requires the fixtures argument to be destructured, even when nothing is used.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'spf-e2e-'));
    const library = openLibrary(join(dir, 'library.sqlite'));
    const server = await startWebServer({
      dispatch: createDispatcher({
        ...libraryHandlers(library, { version: 'e2e', host: 'web' }),
        ...reportHandlers(),
      }),
    });
    const open = async (page: Page) => {
      await page.goto(server.url);
      await expect(page.getByTestId('total-pct-gdp')).toBeVisible();
    };
    await use({ url: server.url, library, server, open });
    await server.close();
    library.close();
  },
});

export { expect };

/** Number of pixels with some paint in a canvas: a chart that drew has thousands. */
export async function paintedPixels(page: Page, testId: string): Promise<number> {
  return page.getByTestId(testId).evaluate((el) => {
    // Runs in the page; typed structurally because the test side has no DOM types.
    const canvas = el as unknown as {
      width: number;
      height: number;
      getContext(kind: '2d'): {
        getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
      } | null;
    };
    const ctx = canvas.getContext('2d');
    if (!ctx) return 0;
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    return n;
  });
}
