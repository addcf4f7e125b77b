import { expect, test } from './fixtures';

test.describe('at 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('a wrong pension band cell shows its message in view without widening the page', async ({
    page,
    app,
  }) => {
    await app.open(page);
    await page.getByTestId('nav-pension').click();
    await page.getByTestId('add-pension').click();
    await page.getByTestId('pension-coverage-by-sex').click();
    const cell = page.getByTestId('pension-coverage-male-0-rate');
    const before = await cell.boundingBox();
    await cell.fill('4o');
    const message = page.getByText('Type a number, for example 12.5');
    await expect(message).toBeVisible();
    await expect(cell).toHaveAttribute('aria-invalid', 'true');
    // The input keeps its width (the message wraps under it) and the page does not scroll sideways.
    expect((await cell.boundingBox())!.width).toBeCloseTo(before!.width, 0);
    const sideways = await page.evaluate(() => {
      const w = globalThis as unknown as {
        innerWidth: number;
        document: { documentElement: { scrollWidth: number } };
      };
      return w.document.documentElement.scrollWidth - w.innerWidth;
    });
    expect(sideways).toBeLessThanOrEqual(1);
  });
});
