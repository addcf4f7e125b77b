import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { countryFileFromDatabase } from '../../src/node/country-db/database-file';
import { expect, test } from './fixtures';

/** Opens "New scenario" and searches the country database for `text`. */
async function searchDatabase(page: Page, text: string): Promise<void> {
  await page.getByTestId('new-scenario').click();
  await page.getByTestId('country-db-search').fill(text);
}

/** The percentage the live summary shows, once it is no longer the training country's 8.85%. */
async function costedShare(page: Page): Promise<number> {
  const total = page.getByTestId('total-pct-gdp');
  await expect(total).not.toHaveText('8.85%');
  await expect(total).toHaveText(/^\d+\.\d\d%$/);
  return Number((await total.textContent())!.replace('%', ''));
}

for (const { iso3, typed, name, population, group } of [
  { iso3: 'KEN', typed: 'Kenya', name: 'Kenya', population: '58.1', group: 'Lower-middle income' },
  { iso3: 'NPL', typed: 'nepal', name: 'Nepal', population: '29.6', group: 'Lower-middle income' },
  // Found by its French name with the app in English; built with the WHO's 2022 health spending.
  { iso3: 'DEU', typed: 'Allemagne', name: 'Germany', population: '83.7', group: 'High income' },
]) {
  test(`a new user picks ${name} from the country database and costs the default package`, async ({
    page,
    app,
  }) => {
    await app.open(page);
    const started = Date.now();
    // 1 click (New), typing the name, 1 click (Create on …), 1 click (Results).
    await searchDatabase(page, typed);
    const facts = page.getByTestId('country-db-facts');
    await expect(facts).toContainText(name);
    await expect(facts).toContainText(iso3);
    await expect(facts).toContainText(population);
    await expect(facts).toContainText(group);
    await expect(facts).toContainText('2025');
    if (iso3 === 'KEN') {
      // The picker, open on Kenya: the screenshot of the docs, and an accessibility audit of it.
      await page.screenshot({ path: 'docs/screenshots/country-picker.png' });
      const audit = await new AxeBuilder({ page })
        .include('[data-testid="new-scenario-dialog"]')
        .analyze();
      expect(audit.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    }
    await page.getByTestId('country-db-choose').click();
    await expect(page.getByTestId('new-scenario-dialog')).toHaveCount(0);
    await expect(page.locator('.header__country')).toHaveText(name);
    const share = await costedShare(page);
    expect(share).toBeGreaterThan(0);
    await page.getByTestId('nav-results').click();
    await expect(page.getByTestId('cost-table').locator('tbody tr').first()).toBeVisible();
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `${name}: from "New" to a costed package and its results in ${seconds.toFixed(1)} s`,
    );
    expect(seconds).toBeLessThan(30);
    // The country is in the library now, as the database holds it.
    expect(app.library.findCountry(iso3)?.name).toBe(name);
  });
}

test('the search finds a country by its French or Spanish name and by ISO3, accents or not', async ({
  page,
  app,
}) => {
  await app.open(page);
  await searchDatabase(page, 'Perou');
  await expect(page.getByTestId('country-db-facts')).toContainText('Peru');
  await page.getByTestId('country-db-search').fill('Népal');
  await expect(page.getByTestId('country-db-facts')).toContainText('NPL');
  await page.getByTestId('country-db-search').fill('Kenia');
  await expect(page.getByTestId('country-db-facts')).toContainText('Kenya');
  await page.getByTestId('country-db-search').fill('bra');
  await expect(page.getByTestId('country-db-list').getByRole('option').first()).toHaveAttribute(
    'data-iso3',
    'BRA',
  );
  // In French, the names are French and the search still takes the English one.
  await page.getByTestId('new-scenario').click();
  await page.locator('#language').selectOption('fr');
  await searchDatabase(page, 'Nepal');
  await expect(page.getByTestId('country-db-facts')).toContainText('Népal');
  // The World Bank's French name of the group, as on the World page.
  await expect(page.getByTestId('country-db-facts')).toContainText(
    'Revenu intermédiaire, tranche inférieure',
  );
  // Keyboard only: Enter creates the scenario on the highlighted country.
  await page.getByTestId('country-db-search').press('Enter');
  await expect(page.locator('.header__country')).toHaveText('Nepal');
});

test('Import country offers the database and opens the country on the country page', async ({
  page,
  app,
}) => {
  await app.open(page);
  await page.getByTestId('nav-country').click();
  await page.getByTestId('import-country-db').click();
  await page.getByTestId('country-db-search').fill('KEN');
  await page.getByTestId('country-db-choose').click();
  await expect(page.getByTestId('country-name')).toHaveText('Kenya');
  await expect(page.getByTestId('import-done')).toContainText('Kenya (country database)');
});

test('About lists every source of the country database with its licence', async ({ page, app }) => {
  await app.open(page);
  await page.getByTestId('about').click();
  const sources = page.getByTestId('about-sources');
  await expect(sources).toContainText('CC BY 3.0 IGO');
  await expect(sources).toContainText('International Monetary Fund');
  await expect(sources).toContainText('CC BY 4.0');
  await expect(sources).toContainText('ODbL 1.0');
  const audit = await new AxeBuilder({ page }).include('[data-testid="about-panel"]').analyze();
  expect(audit.violations.map((v) => v.id)).toEqual([]);
});

test("choosing a database country gives the database's data, even when the library's latest version is the user's edit", async ({
  page,
  app,
}) => {
  const database = countryFileFromDatabase('KEN') as { name: string };
  app.library.importCountry(database, 'from the country database (models/country-db)');
  app.library.importCountry({ ...database, name: 'Kenya (our edit)' }, 'edited by the user');
  await app.open(page);
  await searchDatabase(page, 'Kenya');
  await page.getByTestId('country-db-choose').click();
  await expect(page.locator('.header__country')).toHaveText('Kenya');
  // The user's version is still in the library, beside the database's.
  expect(app.library.countryVersions('KEN').map((v) => v.name)).toEqual([
    'Kenya',
    'Kenya (our edit)',
  ]);
});
