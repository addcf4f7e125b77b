import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { DEFAULT_SCENARIO_FILE } from '../../src/node/bundled-models';
import { expect, paintedPixels, test } from './fixtures';

/*
 * The numbers, from the engine on Tamboria (XTA) in 2030, the default package's first year of full
 * coverage and so the envelope year offered:
 *   default package        cost 8.8542% of GDP, financing gap 6.3742%
 *   child benefit at 50%   cost 11.1438% of GDP, financing gap 8.6638%
 * Envelopes: 10% for groups 1 and 2, 8% for group 3. So group 1 (child benefit at 50%) misses by
 * 10 - 11.1438 = -1.1438 -> "1.1%"; group 2 fits with 10 - 8.8542 = 1.1458 -> "1.1%" to spare;
 * group 3 misses by 8 - 8.8542 = -0.8542 -> "0.9%".
 */
test('a three-group workshop on Tamboria: the facilitator view, the budget game and the slides', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  page.on('dialog', (d) => void d.accept());
  const baseline = JSON.parse(readFileSync(DEFAULT_SCENARIO_FILE, 'utf8')) as object;
  app.library.saveScenario({ ...baseline, name: 'Tamboria baseline' }, { note: 'baseline' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await app.open(page);

  // Start the workshop: the baseline (scenario 1) and three groups, "Group 1..3" by default.
  await page.getByTestId('nav-workshop').click();
  await page.getByTestId('workshop-new').click();
  await page.getByTestId('workshop-name').fill('Tamboria day');
  await expect(page.getByTestId('workshop-country')).toHaveValue('XTA');
  await expect(page.getByTestId('workshop-baseline')).toHaveValue('1');
  await expect(page.getByTestId('workshop-year')).toHaveValue('2030');
  await expect(page.getByTestId('workshop-group-name-3')).toHaveValue('Group 3');
  await page.getByTestId('workshop-envelope-all').fill('10');
  await page.getByTestId('workshop-group-envelope-3').fill('8');
  await page.getByTestId('workshop-create').click();
  await expect(page.getByTestId('workshop-cost-1')).toHaveText('8.85%');
  expect(app.library.listScenarios().map((s) => s.name)).toEqual(
    expect.arrayContaining(['Tamboria day – Group 1', 'Tamboria day – Group 3']),
  );

  // Group 1 doubles its child benefit in the workspace and saves its copy (scenario 2).
  await page.getByTestId('workshop-open-1').click();
  await expect(page.getByTestId('total-pct-gdp')).toHaveText('8.85%');
  await page.getByTestId('share').fill('50');
  await expect(page.getByTestId('total-pct-gdp')).toHaveText('11.14%');
  await page.getByTestId('save').click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved · scenario 2, revision 2');

  // The facilitator view: every package side by side, the budget game, what changed.
  await page.getByTestId('nav-workshop').click();
  await expect(page.getByTestId('workshop-cost-1')).toHaveText('11.14%');
  await expect(page.getByTestId('workshop-gap-1')).toHaveText('8.66%');
  await expect(page.getByTestId('workshop-fit-1')).toHaveText('✗Misses by 1.1% of GDP');
  await expect(page.getByTestId('workshop-changes-1')).toHaveText(
    'Universal child benefit: benefit level changed',
  );
  await expect(page.getByTestId('workshop-cost-2')).toHaveText('8.85%');
  await expect(page.getByTestId('workshop-gap-2')).toHaveText('6.37%');
  await expect(page.getByTestId('workshop-fit-2')).toHaveText('✓Fits: 1.1% of GDP to spare');
  await expect(page.getByTestId('workshop-changes-2')).toHaveText('No change');
  await expect(page.getByTestId('workshop-fit-3')).toHaveText('✗Misses by 0.9% of GDP');
  await expect.poll(() => paintedPixels(page, 'workshop-chart')).toBeGreaterThan(1000);
  await page.getByTestId('notice').getByRole('button').click();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: 'docs/screenshots/workshop-facilitator.png' });

  // Presentation mode: title, three groups, the chart, the table; keys move, Escape leaves.
  await page.getByTestId('workshop-present').click();
  const counter = page.getByTestId('slide-counter');
  await expect(counter).toHaveText('Slide 1 of 6');
  await expect(page.getByTestId('slide-title')).toContainText('Tamboria day');
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('Slide 2 of 6');
  await expect(page.getByTestId('slide-cost-1')).toHaveText('11.14%');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('Slide 5 of 6');
  await expect.poll(() => paintedPixels(page, 'slide-chart-canvas')).toBeGreaterThan(1000);
  const axe = await new AxeBuilder({ page }).include('[data-testid="presentation"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: 'docs/screenshots/workshop-presentation.png' });
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('Slide 6 of 6');
  await expect(page.getByTestId('slide-table')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('Slide 6 of 6');
  await page.keyboard.press('ArrowLeft');
  await expect(counter).toHaveText('Slide 5 of 6');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);

  // The baseline is locked: saving over it from the app is refused with the reason and the way out.
  await page.getByTestId('nav-library').click();
  await page.getByTestId('library-row-1').click();
  await page.getByTestId('library-open-1').click();
  await page.getByTestId('share').fill('30');
  await page.getByTestId('save').click();
  await expect(page.getByTestId('notice')).toContainText(
    'is the locked baseline of workshop "Tamboria day" and cannot be changed',
  );
  expect(app.library.history(1)).toHaveLength(1);
});
