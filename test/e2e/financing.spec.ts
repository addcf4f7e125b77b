import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, paintedPixels, test } from './fixtures';

test('the waterfall and the debt path paint, and the waterfall follows the chosen year', async ({
  page,
  app,
}) => {
  await app.open(page);
  await page.getByTestId('nav-financing').click();
  await expect(page.getByTestId('waterfall-chart')).toBeVisible();
  expect(await paintedPixels(page, 'waterfall-chart')).toBeGreaterThan(5000);
  await page.getByTestId('debt-chart').scrollIntoViewIfNeeded();
  expect(await paintedPixels(page, 'debt-chart')).toBeGreaterThan(1000);
  expect(await paintedPixels(page, 'spending-chart')).toBeGreaterThan(1000);
  // models/scenarios/default.json in 2030: cost 8.85% of GDP, gap 6.37% (npx spf cost).
  const gapRow = page.getByTestId('waterfall-table').locator('tbody tr').last();
  await expect(gapRow.locator('td').last()).toHaveText('6.37%');
  await page.getByTestId('waterfall-year').selectOption('2026');
  // 2026: cost 154,163 million TBS, options 24,000, gap 130,163 million (1.63% of GDP).
  await expect(gapRow.locator('td').first()).toHaveText('130,163');
  await expect(gapRow.locator('td').last()).toHaveText('1.63%');
});

test('a crisis transfer costs what the hand-worked example says', async ({ page, app }) => {
  await app.open(page);
  await page.getByTestId('nav-crisis').click();
  await expect(page.getByTestId('crisis-empty')).toBeVisible();
  await page.getByTestId('crisis-add-transfer').click();
  await page.getByTestId('crisis-0-recipients').fill('500000');
  await page.getByTestId('crisis-0-amount').fill('2000');
  await page.getByTestId('crisis-0-start-year').fill('2026');
  await page.getByTestId('crisis-0-start-month').selectOption('4');
  await page.getByTestId('crisis-0-months').fill('3');
  await page.getByTestId('crisis-0-admin').fill('3');
  // Worked by hand (methodology 4): 500,000 households x 2,000 TBS = 1,000,000,000 TBS a month;
  // administration 3% of it = 30,000,000; a month costs 1,030,000,000 TBS. April to June 2026 is
  // 3 months: 3,090,000,000 TBS = 3,090 million TBS, all in 2026. Tamboria's GDP in 2026 is
  // 8,000,064,360,000 TBS (the country file), so the measure is 3.09e9 / 8.000064e12 = 0.0386% of GDP.
  await expect(page.getByTestId('crisis-total-cost')).toHaveText('3,090');
  await expect(page.getByTestId('crisis-total-pct-gdp')).toHaveText('0.039%');
  const months = page.getByTestId('crisis-monthly-table').locator('tbody tr');
  await expect(months).toHaveCount(3);
  await expect(months.first().locator('th')).toHaveText('Apr 2026');
  await expect(months.first().locator('td').last()).toHaveText('1,030');
  const years = page.getByTestId('crisis-yearly-table').locator('tbody tr');
  await expect(years.first().locator('th')).toHaveText('2026');
  await expect(years.first().locator('td').first()).toHaveText('3,090');
  expect(await paintedPixels(page, 'crisis-chart')).toBeGreaterThan(1000);
});

test('"Excel workbook" downloads an xlsx that opens with a Package sheet', async ({
  page,
  app,
}) => {
  await app.open(page);
  await page.getByTestId('nav-results').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-workbook').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('full-floor-package-phased-in-2026-2030.xlsx');
  // "Saved …" shows for 5 s once the download is made: check it before reading the workbook, which
  // can take longer than that on a loaded machine.
  await expect(page.getByText('Saved full-floor-package-phased-in-2026-2030.xlsx.')).toBeVisible();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(await file.path()) as unknown as ArrayBuffer);
  const names = wb.worksheets.map((w) => w.name);
  expect(names).toContain('Package');
  expect(names).toEqual(expect.arrayContaining(['README', 'Fiscal space', 'Spending gap']));
});
