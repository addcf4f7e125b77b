import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

// "Why this number?": the headline cost on the benefit page opens a panel with its formula and
// terms; a term expands to what it is made of; Escape closes the panel.
test('the headline cost explains itself down to its terms', async ({ page, app }) => {
  await app.open(page);
  await page.getByTestId('explain-total-cost').click();
  const panel = page.getByRole('dialog', { name: 'Why this number?' });
  await expect(panel).toBeVisible();
  await expect(panel.locator('.explain__root')).toContainText('Total cost of the package, 2030');

  const child = panel.locator('[data-term="cost[child]"]');
  await expect(child.locator('> details > summary')).toContainText(
    'Cost of Universal child benefit, 2030',
  );
  await child.locator('> details > summary').click();
  const terms = child.locator('> details > ul > li');
  await expect(terms).toHaveCount(3);
  await expect(terms.nth(0)).toContainText('Beneficiaries, 2030');
  await expect(terms.nth(1)).toContainText('Benefit per beneficiary, 2030');
  await expect(terms.nth(2)).toContainText('Administration cost rate = 5%');

  // One level further: beneficiaries = eligible × coverage.
  await terms.nth(0).locator('> details > summary').click();
  await expect(terms.nth(0).locator('> details > .explain__formula code')).toHaveText(
    'eligible × coverage',
  );

  // Readable by assistive technology as it is by eye.
  const audit = await new AxeBuilder({ page }).include('[data-testid="explain-panel"]').analyze();
  expect(audit.violations.map((v) => v.id)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.getByTestId('explain-total-cost')).toBeFocused();
});

// A chart's point opens the same panel for its year: the summary chart's lines are the package's
// share of GDP and its financing gap; the results chart's bars are the benefits.
test('a click on a chart point explains that year', async ({ page, app }) => {
  await app.open(page);
  await page.getByTestId('summary-chart').click();
  const panel = page.getByRole('dialog', { name: 'Why this number?' });
  await expect(panel.locator('.explain__root')).toHaveText(
    /^(Cost as a share of GDP|Financing gap), 20\d\d = /,
  );
  await page.keyboard.press('Escape');

  await page.getByTestId('nav-results').click();
  const chart = page.getByTestId('cost-chart');
  // The middle of the plot: a bar of the stack in a year of full coverage.
  await chart.click();
  await expect(panel.locator('.explain__root')).toHaveText(/^Cost of .+, 20\d\d = /);
});
