import { expect, test } from './fixtures';

test('coverage written year by year: the same path costs the same, a lower rate costs less', async ({
  page,
  app,
}) => {
  await app.open(page);
  const total = page.getByTestId('total-pct-gdp');
  // models/scenarios/default.json: 8.85% of GDP in 2030, the child benefit 2.29% of it.
  await expect(total).toHaveText('8.85%');
  await page.getByTestId('coverage-form').selectOption('byYear');
  // The phase-in 20% (2026) -> 100% (2030) becomes those two years: nothing changes.
  await expect(page.getByTestId('by-year-year-0')).toHaveValue('2026');
  await expect(page.getByTestId('by-year-rate-0')).toHaveValue('20');
  await expect(page.getByTestId('by-year-year-1')).toHaveValue('2030');
  await expect(total).toHaveText('8.85%');
  // Half the children in 2030: 8.854% - 0.5 x 2.290% = 7.709%.
  await page.getByTestId('by-year-rate-1').fill('50');
  await expect(total).toHaveText('7.71%');
  // A year given twice is named at both rows.
  await page.getByTestId('by-year-add').click();
  await expect(page.getByTestId('by-year-year-2')).toHaveValue('2031');
  await page.getByTestId('by-year-year-2').fill('2030');
  await expect(page.getByText('2030 is given twice: give each year once')).toHaveCount(2);
});
