import { expect, paintedPixels, test } from './fixtures';

const NAME = 'Full floor package, phased in 2026-2030';

test('the benefits page shows the band around the headline cost and the three inputs that move it most', async ({
  page,
  app,
}) => {
  await app.open(page);
  const panel = page.getByTestId('how-sure');
  // The default package costs 8.85% of GDP in 2030, its first year of full coverage.
  await expect(page.getByTestId('how-sure-band')).toContainText('8.85%');
  await expect(page.getByTestId('how-sure-band')).toContainText('9 chances in 10 between');
  await expect(page.getByTestId('how-sure-band')).toContainText('(500 draws)');
  await expect(panel.locator('li')).toHaveCount(3);
  // It follows an edit: the child benefit at 50% of the poverty line costs 11.14% of GDP.
  await page.getByTestId('share').fill('50');
  await expect(page.getByTestId('how-sure-band')).toContainText('11.14%');
});

test('the uncertainty view: tornado, Monte Carlo with progress, fan chart and percentiles, cancel, and the low and high scenarios saved', async ({
  page,
  app,
}) => {
  await app.open(page);
  // Opened from far down the benefits page, the new page still opens at its top.
  await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
  expect(Number(await page.evaluate('document.documentElement.scrollTop'))).toBeGreaterThan(0);
  await page.getByTestId('open-uncertainty').click();
  await expect(page.getByTestId('tornado-table')).toContainText('Poverty line (amount)');
  expect(Number(await page.evaluate('document.documentElement.scrollTop'))).toBe(0);
  expect(await paintedPixels(page, 'tornado-chart')).toBeGreaterThan(1000);

  // 500 draws: the progress bar fills, then the fan chart and its table show.
  await page.getByTestId('mc-draws').fill('500');
  await page.getByTestId('mc-run').click();
  await expect(page.getByTestId('mc-progress')).toBeVisible();
  await expect(page.getByTestId('mc-status')).toHaveText('500 draws done.');
  await expect(page.getByTestId('mc-progress')).toHaveAttribute('value', '500');
  await expect(page.getByTestId('percentile-table')).toContainText('2030');
  await expect(page.getByTestId('percentile-table')).toContainText('500 draws');
  expect(await paintedPixels(page, 'fan-chart')).toBeGreaterThan(1000);

  // A longer run stops on Cancel, with the draws received so far.
  await page.getByTestId('mc-draws').fill('20000');
  await page.getByTestId('mc-run').click();
  await expect(page.getByTestId('mc-cancel')).toBeEnabled();
  await page.getByTestId('mc-cancel').click();
  await expect(page.getByTestId('mc-status')).toContainText('Cancelled after');
  await expect(page.getByTestId('mc-run')).toBeEnabled();

  // One click: the tornado's two ends saved to the library.
  await page.getByTestId('save-pair').click();
  await expect(page.getByTestId('notice')).toContainText(`“${NAME} — low” and “${NAME} — high”`);
  await page.getByTestId('nav-library').click();
  for (const end of ['low', 'high']) {
    const name = `${NAME} — ${end}`;
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }
  expect(app.library.listScenarios({}).map((s) => s.name)).toEqual(
    expect.arrayContaining([`${NAME} — low`, `${NAME} — high`]),
  );
});

test('a range typed in the table is written to the scenario and undone like any edit', async ({
  page,
  app,
}) => {
  await app.open(page);
  await page.getByTestId('nav-uncertainty').click();
  const high = page.getByTestId('range-high-povertyLine');
  await expect(high).toHaveValue('10.0');
  // +20% on the poverty line at the high end: the tornado's high value follows.
  await high.fill('20');
  await high.blur();
  const row = page
    .getByTestId('tornado-table')
    .getByRole('row', { name: /Poverty line \(amount\)/ });
  await expect(row).toContainText('+20.0%');
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('range-high-povertyLine')).toHaveValue('10.0');
  await expect(row).toContainText('+10.0%');
});
