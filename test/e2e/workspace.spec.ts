import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, paintedPixels, test } from './fixtures';

test('opens the training country and costs the default package', async ({ page, app }) => {
  await app.open(page);
  await expect(page.locator('.header__country')).toHaveText(
    'Tamboria (fictional training country)',
  );
  // models/scenarios/default.json on the training country: 8.85% of GDP in 2030 (npx spf cost).
  await expect(page.getByTestId('total-pct-gdp')).toHaveText('8.85%');
  await expect(page.getByTestId('save-status')).toHaveText('New scenario, not saved yet');
  expect(await paintedPixels(page, 'summary-chart')).toBeGreaterThan(1000);
});

test('adds a child benefit, changes its share and sees the totals change', async ({
  page,
  app,
}) => {
  await app.open(page);
  const total = page.getByTestId('total-pct-gdp');
  await expect(total).toHaveText('8.85%');
  await page.getByTestId('add-benefit').selectOption('child');
  // A second universal child benefit at 25% of the poverty line costs as much as the first: 2.29% in 2030.
  await expect(page.getByTestId('benefit-editor').locator('h2')).toHaveText(
    'Universal child benefit',
  );
  await expect(total).toHaveText('11.14%');
  const share = page.getByTestId('share');
  await share.fill('50');
  // Twice the share, twice its cost: 8.85% + 2 x 2.29% = 13.43%.
  await expect(total).toHaveText('13.43%');
  await expect(page.getByTestId('save-status')).toHaveText('Unsaved changes');
  // Undo goes back step by step.
  await page.getByTestId('undo').click();
  await expect(total).toHaveText('11.14%');
  await page.getByTestId('redo').click();
  await expect(total).toHaveText('13.43%');
});

test('shows a located message for a value that cannot be costed, and keeps the last result', async ({
  page,
  app,
}) => {
  await app.open(page);
  await page.getByTestId('full-year').fill('2020');
  await expect(page.getByTestId('issues')).toContainText('benefits[0].coverage.fullYear');
  await expect(page.getByTestId('issues')).toContainText('must be >= startYear 2026');
  await expect(page.getByTestId('total-pct-gdp')).toHaveText('8.85%');
  await page.getByTestId('full-year').fill('2030');
  await expect(page.getByTestId('issues')).toHaveCount(0);
});

test('saves the scenario to the library as revision 1', async ({ page, app }) => {
  await app.open(page);
  await page.getByTestId('scenario-name').fill('Workshop group 3');
  await page.getByTestId('save').click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved · scenario 1, revision 1');
  expect(app.library.listScenarios().map((s) => s.name)).toEqual(['Workshop group 3']);
  await page.getByTestId('share').fill('30');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText('Saved · scenario 1, revision 2');
});

test('draws the result charts, switches units and exports a table as CSV and as an Excel file', async ({
  page,
  app,
}) => {
  await app.open(page);
  await page.getByTestId('nav-results').click();
  await expect(page.getByTestId('cost-chart')).toBeVisible();
  expect(await paintedPixels(page, 'cost-chart')).toBeGreaterThan(5000);
  expect(await paintedPixels(page, 'share-chart')).toBeGreaterThan(1000);
  await page.getByTestId('unit-nominal').click();
  await expect(
    page.getByTestId('cost-table').locator('tbody tr').nth(5).locator('td').last(),
  ).toHaveText('1,016,442');
  const download = page.waitForEvent('download');
  await page.getByTestId('cost-table-csv').click();
  const file = await (await download).path();
  const lines = readFileSync(file, 'utf8').trim().split('\r\n');
  // The file holds whole TBS (the table shows millions), and its headers say so.
  expect(lines[0]).toContain('Year,Universal child benefit (TBS at current prices)');
  expect(lines[0]).toMatch(/,Total \(TBS at current prices\)$/);
  // 2030 total in LCU at full precision (the table shows millions).
  const row2030 = lines.find((l) => l.startsWith('2030,'))!;
  expect(Number(row2030.split(',').at(-1)) / 1e6).toBeCloseTo(1016442, 0);
  // The same table as an Excel file: one sheet, the same headers, the 2030 total as a number.
  const xlsx = page.waitForEvent('download');
  await page.getByTestId('cost-table-xlsx').click();
  const saved = await xlsx;
  expect(saved.suggestedFilename()).toBe('cost-by-benefit-nominal.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await saved.path());
  const ws = wb.worksheets[0]!;
  expect(ws.getRow(1).values).toContain('Year');
  const sheet2030 = ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(1).value === 2030)!;
  expect((sheet2030.getCell(ws.columnCount).value as number) / 1e6).toBeCloseTo(1016442, 0);
});

test('opens a scenario file from disk, and lists the problems of a broken one', async ({
  page,
  app,
}) => {
  await app.open(page);
  const input = page.getByTestId('open-file-input');
  const broken = JSON.stringify({
    format: 'spf.scenario/1',
    name: 'x',
    country: 'XTA',
    years: [2030, 2025],
    benefits: [],
  });
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(broken),
  });
  await expect(page.getByTestId('notice')).toContainText(
    'broken.json cannot be opened as a scenario',
  );
  await expect(page.getByTestId('notice')).toContainText('years[1] must be >= the first year 2030');
  // The worked example of the specification carries its own country (XWE).
  const worked = readFileSync(
    new URL('../../../shared/spec/examples/worked-example.scenario.json', import.meta.url),
  );
  await input.setInputFiles({ name: 'worked.json', mimeType: 'application/json', buffer: worked });
  await expect(page.locator('.header__country')).toHaveText('Worked example');
  // Headline year 2027 (the last full-coverage year): 96,308,181,964.8 / GDP 2.384928e12 = 4.04%.
  await expect(page.getByTestId('total-pct-gdp')).toHaveText('4.04%');
});
