import { expect, paintedPixels, test } from './fixtures';

test('adds a pension scheme on the training country and draws its charts', async ({
  page,
  app,
}) => {
  await app.open(page);
  await page.getByTestId('nav-pension').click();
  await expect(page.getByTestId('pension-empty')).toBeVisible();
  await page.getByTestId('add-pension').click();
  // The documented defaults: 8% contributions keep a reserve to 2060.
  await expect(page.getByTestId('pension-depletion')).toHaveText('Never');
  await expect(page.getByTestId('pension-payg-now')).toHaveText(/^\d+\.\d\d%$/);
  await expect(page.getByTestId('pension-finances-chart')).toBeVisible();
  expect(await paintedPixels(page, 'pension-finances-chart')).toBeGreaterThan(5000);
  expect(await paintedPixels(page, 'pension-payg-chart')).toBeGreaterThan(1000);
  // Half the contributions: the reserve runs out, and the year is shown.
  await page.getByTestId('pension-contribution').fill('4');
  await expect(page.getByTestId('pension-depletion')).toHaveText(/^20\d\d$/);
  // An impossible pension age is refused next to the field.
  await page.getByTestId('pension-age-female').fill('85');
  await expect(page.getByTestId('pension-issues')).toContainText('pension.pensionAge');
  await page.getByTestId('pension-age-female').fill('60');
  await expect(page.getByTestId('pension-issues')).toHaveCount(0);
});

test('switches the demographic variant on and compares the projections', async ({ page, app }) => {
  await app.open(page);
  await page.getByTestId('nav-population').click();
  await expect(page.getByTestId('outlook-total-chart')).toBeVisible();
  await page.getByTestId('variant-on').check();
  await page.getByTestId('fertility-mode').selectOption('multiplier');
  await page.getByTestId('tfr-multiplier').fill('0.7');
  await expect(page.getByTestId('outlook-explain')).toContainText('projected population');
  await expect(page.getByTestId('outlook-pyramid-table')).toContainText('Women, variant');
  expect(await paintedPixels(page, 'outlook-total-chart')).toBeGreaterThan(3000);
  expect(await paintedPixels(page, 'outlook-pyramid')).toBeGreaterThan(5000);
});
