import { expect, test } from './fixtures';

test('the Country data page shows the poverty line the scenario uses and the long-run paths', async ({
  page,
  app,
}) => {
  await app.open(page);
  await page.getByTestId('nav-country').click();
  await page.getByTestId('country-tab-parameters').click();
  // Tamboria's file has the earlier layout: one poverty line, read as the national line, used.
  await expect(page.getByTestId('poverty-line-used')).toHaveText(
    'This scenario uses the National poverty line.',
  );
  await expect(page.getByTestId('line-national-amount')).toHaveValue('90,000');
  // A missing health coverage only warns (the engine counts everyone as uncovered).
  await expect(page.getByTestId('rate-healthCoverage')).toBeVisible();
  await page.screenshot({ path: 'test-results/country-parameters.png', fullPage: true });

  await page.getByTestId('country-tab-economy').click();
  await expect(page.getByTestId('long-run')).toContainText('Long-run assumptions (after 2060)');
  await page.getByTestId('long-run-usdInflation').fill('2');
  await page.getByTestId('long-run-usdInflation').blur();
  await expect(page.getByTestId('source-longRun.usdInflation')).toContainText('changed by a user');
  await page.getByTestId('long-run').screenshot({ path: 'test-results/country-long-run.png' });
});
