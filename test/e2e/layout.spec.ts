import type { Page } from '@playwright/test';
import { PAGES } from '../../renderer/src/pages';
import { expect, test } from './fixtures';

/**
 * Elements whose content spills past their own box sideways: a box that does not scroll
 * (overflow-x visible) and whose content is wider than it. Scrolling boxes (wide tables) are allowed.
 */
async function spills(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Runs in the page; typed structurally because the test side has no DOM types.
    interface Box {
      tagName: string;
      className: string;
      clientWidth: number;
      scrollWidth: number;
      dataset: Record<string, string | undefined>;
      closest(selector: string): Box | null;
    }
    const w = globalThis as unknown as {
      innerWidth: number;
      document: {
        documentElement: { scrollWidth: number };
        querySelector(selector: string): { querySelectorAll(s: string): Iterable<Box> } | null;
      };
      getComputedStyle(el: Box): { overflowX: string; display: string };
    };
    const found: string[] = [];
    const root = w.document.querySelector('.app');
    if (!root) return ['no .app'];
    if (w.document.documentElement.scrollWidth > w.innerWidth + 1) {
      found.push(`page scrolls sideways: ${w.document.documentElement.scrollWidth}px`);
    }
    for (const el of root.querySelectorAll('*')) {
      if (el.clientWidth === 0 || el.closest('canvas')) continue;
      const style = w.getComputedStyle(el);
      if (style.overflowX !== 'visible' || style.display === 'inline') continue;
      if (el.scrollWidth > el.clientWidth + 1) {
        const id = el.dataset.testid ? `[${el.dataset.testid}]` : '';
        found.push(
          `${el.tagName.toLowerCase()}.${el.className}${id}: content ${el.scrollWidth}px in ${el.clientWidth}px`,
        );
      }
    }
    return found;
  });
}

test.describe('at 1366×768, the smallest laptop screen in ministries', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  for (const name of PAGES) {
    test(`the ${name} page has nothing spilling out of its box`, async ({ page, app }, info) => {
      await app.open(page);
      await page.getByTestId(`nav-${name}`).click();
      await expect(page.locator('h1')).toHaveCount(1);
      await page.waitForTimeout(500);
      await page.screenshot({ path: info.outputPath(`${name}-1366.png`), fullPage: true });
      expect(await spills(page)).toEqual([]);
    });
  }

  test('the benefit name field shows every default name whole', async ({ page, app }) => {
    await app.open(page);
    const ids = (await page.locator('[data-testid^="select-"]').all()).length;
    // models/scenarios/default.json has seven benefits, among them "Universal old-age pension".
    expect(ids).toBe(7);
    const cut: string[] = [];
    for (let i = 0; i < ids; i++) {
      await page.locator('[data-testid^="select-"]').nth(i).click();
      const name = page.getByTestId('benefit-name');
      const { value, scroll, client } = await name.evaluate((el) => {
        const input = el as unknown as { value: string; scrollWidth: number; clientWidth: number };
        return { value: input.value, scroll: input.scrollWidth, client: input.clientWidth };
      });
      if (scroll > client) cut.push(`${value}: ${scroll}px of text in ${client}px`);
    }
    expect(cut).toEqual([]);
  });
});

test('at 1920×1080 (a projector), the benefits page has nothing spilling out', async ({
  page,
  app,
}, info) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await app.open(page);
  await page.screenshot({ path: info.outputPath('benefits-1920.png') });
  expect(await spills(page)).toEqual([]);
});

test('the scenario name keeps its width in every language; the buttons wrap below it', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await app.open(page);
  for (const lang of ['en', 'fr', 'es']) {
    await page.locator('#language').selectOption(lang);
    // 16em of the header's 1.05rem type is about 270 px: the name "Full floor package, phased in
    // 2026-2030" is read whole (it was squeezed to two letters in Spanish).
    const box = await page.locator('#scenario-name').boundingBox();
    expect(box?.width ?? 0, lang).toBeGreaterThanOrEqual(260);
    expect(await spills(page), lang).toEqual([]);
  }
});
