/**
 * `npm run screenshots`: the main screens of the browser build, for the README (docs/screenshots).
 * Builds the renderer, serves it with a temporary library holding two saved scenarios, and captures
 * each page in Debian's Chromium at a projector-like 1440 x 900.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { DEFAULT_SCENARIO_FILE } from '../src/node/bundled-models';
import { chromiumLaunchOptions } from '../src/node/chromium';
import { createDispatcher } from '../src/node/bridge-dispatch';
import { libraryHandlers } from '../src/node/bridge-handlers';
import { openLibrary } from '../src/node/library/index';
import { startWebServer } from '../src/node/web-server';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = join(root, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
if (
  spawnSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'],
    { cwd: root, stdio: 'inherit' },
  ).status !== 0
) {
  throw new Error('vite build failed');
}

const library = openLibrary(join(mkdtempSync(join(tmpdir(), 'spf-shots-')), 'library.sqlite'));
const file = JSON.parse(readFileSync(DEFAULT_SCENARIO_FILE, 'utf8')) as {
  name: string;
  benefits: { id: string; benefit: { share: number } }[];
};
library.saveScenario(file, { note: 'the default package' });
const variant = structuredClone(file);
variant.name = 'Child benefit at 40%, no health component';
variant.benefits = variant.benefits.filter((b) => b.id !== 'health');
variant.benefits[0]!.benefit.share = 0.4;
library.saveScenario(variant, { note: 'variant for comparison' });
library.addTags(1, ['workshop', 'day 1']);

const server = await startWebServer({
  dispatch: createDispatcher(libraryHandlers(library, { version: 'docs', host: 'web' })),
});
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url);
  await page.getByTestId('total-pct-gdp').waitFor();
  await page.screenshot({ path: join(out, 'benefits.png') });
  for (const name of ['results', 'financing', 'country', 'library'] as const) {
    await page.getByTestId(`nav-${name}`).click();
    await page.waitForTimeout(1200);
    await page.screenshot({ path: join(out, `${name}.png`) });
  }
  await page.locator('tbody input[type=checkbox]').nth(0).check();
  await page.locator('tbody input[type=checkbox]').nth(1).check();
  await page.getByRole('button', { name: 'Compare selected' }).click();
  await page.getByTestId('compare-diff').waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(out, 'compare.png') });
  // How sure (issue 12): the tornado, the fan chart of a Monte Carlo run and the ranges, whole.
  await page.getByTestId('nav-uncertainty').click();
  await page.getByTestId('mc-run').click();
  await page.getByTestId('mc-status').filter({ hasText: 'draws done' }).waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(out, 'uncertainty.png'), fullPage: true });
  console.log(`Wrote screenshots to ${out}`);
} finally {
  await browser.close();
  await server.close();
  library.close();
}
