import AxeBuilder from '@axe-core/playwright';
import { expect, paintedPixels, test } from './fixtures';

/** The numbers of a table row's cells, in order (its header cell is the country). */
const GAP_CELL = 5;

test.describe('the World page at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('maps the gap, lists and sorts the countries, speaks French and opens Kenya as a scenario', async ({
    page,
    app,
  }) => {
    test.setTimeout(120_000);
    await app.open(page);
    await page.getByTestId('nav-world').click();
    await expect(page.getByTestId('world-page')).toBeVisible();

    // The map draws once gap:all has answered (a few seconds for every country).
    const kenya = page.getByTestId('world-row-KEN');
    await expect(kenya).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('world-loading')).toHaveCount(0);
    await expect.poll(() => paintedPixels(page, 'world-map-canvas')).toBeGreaterThan(20_000);
    // Kenya's row has its income group in words and shares as percentages.
    await expect(kenya).toContainText('Lower-middle income');
    await expect(kenya.locator('td').nth(GAP_CELL - 1)).toHaveText(/^\d+\.\d%$/);

    // Sorting by gap: the first click puts the largest first, the second the smallest.
    const gaps = async () =>
      (await page.locator('[data-testid^="world-row-"] td:nth-child(6)').allTextContents()).map(
        (t) => Number(t.replace('%', '')),
      );
    await page.getByTestId('world-sort-name').click();
    await page.getByTestId('world-sort-gapPctGdp').click();
    const descending = await gaps();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await page.getByTestId('world-sort-gapPctGdp').click();
    const ascending = await gaps();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    // The screenshot for the README: largest gaps first, Kenya and its peers selected.
    await page.getByTestId('world-sort-gapPctGdp').click();
    await kenya.getByRole('button').click();
    await expect(page.getByTestId('world-country')).toContainText('Kenya');
    await expect.poll(() => paintedPixels(page, 'world-peers')).toBeGreaterThan(1_000);
    // Selecting Kenya scrolled the table to it: the screenshot shows the largest gaps on top.
    await page.locator('.world-table__scroll').evaluate((el) => {
      (el as unknown as { scrollTop: number }).scrollTop = 0;
    });
    await page.screenshot({ path: 'docs/screenshots/world.png' });
    // Loaded, with a country selected: the table, the peers chart and the buttons pass axe too
    // (the every-page audit runs while the gap is still being computed).
    const audit = await new AxeBuilder({ page }).analyze();
    expect(
      audit.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    ).toEqual([]);

    // French: country names and income groups in French.
    await page.locator('#language').selectOption('fr');
    await expect(page.getByTestId('world-row-TZA')).toContainText('Tanzanie');
    await expect(kenya).toContainText('Revenu intermédiaire, tranche inférieure');
    await page.locator('#language').selectOption('en');

    // Kenya (selected above) opens as a new scenario in the workspace.
    await page.getByTestId('world-open-scenario').click();
    await expect(page.getByTestId('nav-benefits')).toHaveAttribute('aria-current', 'page', {
      timeout: 30_000,
    });
    await expect(page.locator('.header__country')).toHaveText('Kenya');
    await expect(page.getByTestId('total-pct-gdp')).toBeVisible();
  });
});
