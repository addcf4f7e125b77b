import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test('a typed value is never changed on Tab: 150% stays with its message, tied to the field', async ({
  page,
  app,
}) => {
  await app.open(page);
  // models/scenarios/default.json: the child benefit covers 20% in 2026 and costs 8.85% of GDP in 2030.
  const coverage = page.getByTestId('start-coverage');
  await expect(coverage).toHaveValue('20');
  await coverage.fill('');
  await coverage.pressSequentially('150');
  await page.keyboard.press('Tab');
  // Before the fix: "15" (the last valid keystroke) and no message.
  await expect(coverage).toHaveValue('150');
  await expect(coverage).toHaveAttribute('aria-invalid', 'true');
  const errorId = (await coverage.getAttribute('aria-describedby'))!.split(' ')[0]!;
  await expect(page.locator(`[id="${errorId}"]`)).toHaveText('Must be at most 100');
  // The field in error passes the accessibility audit too.
  const audit = await new AxeBuilder({ page }).include('[data-testid="benefit-editor"]').analyze();
  expect(audit.violations.map((v) => v.id)).toEqual([]);
});

test('"25,5" in English is refused with the decimal hint, never read as 255', async ({
  page,
  app,
}) => {
  await app.open(page);
  const from = page.getByTestId('age-from');
  await from.fill('25,5');
  await page.keyboard.press('Tab');
  await expect(from).toHaveValue('25,5');
  await expect(page.getByText('Use a point for decimals: 25.5')).toBeVisible();
  // "-10" in "From age" stays too, with its own message, until corrected.
  await from.fill('-10');
  await page.keyboard.press('Tab');
  await expect(from).toHaveValue('-10');
  await expect(page.getByText('Must be at least 0')).toBeVisible();
  await from.fill('3');
  await page.keyboard.press('Tab');
  await expect(from).toHaveValue('3');
  await expect(from).not.toHaveAttribute('aria-invalid', 'true');
});

test('the browser PDF report says in the main window where the report went', async ({
  page,
  app,
}) => {
  await app.open(page);
  await page.getByTestId('nav-results').click();
  const popup = page.waitForEvent('popup');
  await page.getByTestId('export-pdf').click();
  await (await popup).close();
  await expect(page.getByTestId('notice')).toContainText(
    'The report opened in a new tab: use Print → Save as PDF.',
  );
});
