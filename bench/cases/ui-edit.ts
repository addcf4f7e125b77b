import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createDispatcher } from '../../src/node/bridge-dispatch';
import { libraryHandlers } from '../../src/node/bridge-handlers';
import { chromiumLaunchOptions } from '../../src/node/chromium';
import { openLibrary, type Library } from '../../src/node/library/index';
import { startWebServer, type RunningWebServer } from '../../src/node/web-server';
import { median, percentile } from '../measure';

const EDITS = 50;

/** Runs in the page: types a new benefit level EDITS times and times each update. */
const IN_PAGE_EDITS = `(async () => {
  const input = document.querySelector('[data-testid=share]');
  const total = document.querySelector('[data-testid=total-pct-gdp]');
  const chart = document.querySelector('[data-testid=summary-chart]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  input.focus();
  const out = [];
  for (let i = 0; i < EDITS; i++) {
    const text = total.textContent;
    const version = chart.dataset.version;
    const t0 = performance.now();
    setValue.call(input, String(26 + (i % 2 === 0 ? i : -i / 2)));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (total.textContent !== text && chart.dataset.version !== version) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(total, { childList: true, characterData: true, subtree: true });
      observer.observe(chart, { attributes: true });
    });
    await new Promise((r) => requestAnimationFrame(r));
    out.push(performance.now() - t0);
  }
  return out;
})()`;
const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Edit -> totals and chart updated, in the real renderer in Chromium: for each of 50 edits of a
 * benefit level, the time from the input event to the moment the headline total shows the new number,
 * the chart has redrawn, and the next frame is painted. Prints one line with the median and p95.
 */
export async function uiEditCase(): Promise<void> {
  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) throw new Error('vite build failed');
  let library: Library | undefined;
  let server: RunningWebServer | undefined;
  let browser: Browser | undefined;
  try {
    library = openLibrary(join(mkdtempSync(join(tmpdir(), 'spf-bench-ui-')), 'library.sqlite'));
    server = await startWebServer({
      dispatch: createDispatcher(libraryHandlers(library, { version: 'bench', host: 'web' })),
    });
    browser = await chromium.launch(chromiumLaunchOptions());
    const page: Page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    await page.getByTestId('total-pct-gdp').waitFor();
    // Plain JavaScript text: tsx would otherwise add helpers to the function that the page lacks.
    const times = await page.evaluate<number[]>(IN_PAGE_EDITS.replace('EDITS', String(EDITS)));
    console.log(
      JSON.stringify({
        case: 'ui-edit',
        medianMs: Number(median(times).toPrecision(4)),
        runs: times.length,
        p95Ms: Number(percentile(times, 0.95).toPrecision(4)),
        targetP95Ms: 50,
        meetsTarget: percentile(times, 0.95) <= 50,
      }),
    );
  } finally {
    await browser?.close();
    await server?.close();
    library?.close();
  }
}
