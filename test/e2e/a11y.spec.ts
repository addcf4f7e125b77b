import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { PAGES } from '../../renderer/src/pages';
import { expect, test } from './fixtures';

/** One line a violation: rule, then the elements it names, so a failure says what to fix. */
async function violationsOn(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown'}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

for (const name of PAGES) {
  test(`the ${name} page has one level-one heading and zero axe violations`, async ({
    page,
    app,
  }) => {
    await app.open(page);
    await page.getByTestId(`nav-${name}`).click();
    await expect(page.locator('h1')).toHaveCount(1);
    // Charts and tables are drawn after the page mounts; let them settle before the audit.
    await page.waitForTimeout(500);
    expect(await violationsOn(page)).toEqual([]);
  });
}
