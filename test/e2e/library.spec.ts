import { expect, paintedPixels, test } from './fixtures';

test('saves, finds the scenario again after a reload, restores a revision and compares two scenarios', async ({
  page,
  app,
}) => {
  page.on('dialog', (d) => void d.accept()); // the confirmations of restore and open
  await app.open(page);
  // Revision 1: the default package, named.
  await page.getByTestId('scenario-name').fill('Group 3: full floor');
  await page.getByTestId('save').click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved · scenario 1, revision 1');
  // Revision 2: the child benefit at 50% of the poverty line (8.85% -> 11.14% of GDP in 2030).
  await page.getByTestId('share').fill('50');
  await expect(page.getByTestId('total-pct-gdp')).toHaveText('11.14%');
  await page.getByTestId('save').click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved · scenario 1, revision 2');

  // A second scenario for the comparison: "New" starts again from the default package, on the
  // country picked (the training country is offered first).
  await page.getByTestId('new-scenario').click();
  await expect(page.getByTestId('new-scenario-country')).toHaveValue('XTA');
  await page.getByTestId('new-scenario-create').click();
  await expect(page.getByTestId('save-status')).toHaveText('New scenario, not saved yet');
  await page.getByTestId('scenario-name').fill('Group 4: default');
  await page.getByTestId('save').click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved · scenario 2, revision 1');

  // Come back later: a reload starts a new session; the library still has both scenarios.
  await page.reload();
  await expect(page.getByTestId('total-pct-gdp')).toHaveText('8.85%');
  await page.getByTestId('nav-library').click();
  await page.getByTestId('library-search').fill('Group 3');
  await expect(page.getByTestId('library-row-1')).toBeVisible();
  await expect(page.getByTestId('library-row-2')).toHaveCount(0);
  await page.getByTestId('library-search').fill('');
  // Wait for the cleared search to be applied (it follows typing after a moment), not for a time.
  await expect(page.getByTestId('library-row-2')).toBeVisible();

  // Restore revision 1 of scenario 1 (the default share) as its current revision (revision 3).
  await page.getByTestId('library-row-1').click();
  await expect(page.getByTestId('library-revisions')).toContainText('Revision 2');
  await page.getByTestId('restore-1').click();
  await expect(page.getByTestId('revision-3')).toBeVisible();
  expect(app.library.history(1).map((r) => r.note)).toEqual(['', '', 'restored from revision 1']);
  await page.getByTestId('library-open-1').click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved · scenario 1, revision 3');
  await expect(page.getByTestId('total-pct-gdp')).toHaveText('8.85%');

  // Compare scenario 1 at revision 2 (saved again) with scenario 2.
  await page.getByTestId('share').fill('50');
  await page.getByTestId('save').click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved · scenario 1, revision 4');
  await page.getByTestId('nav-library').click();
  await page.getByTestId('library-pick-1').check();
  await page.getByTestId('library-pick-2').check();
  await page.getByTestId('library-compare').click();
  await expect(page.getByTestId('compare-headline')).toContainText('Group 3: full floor');
  await expect(page.getByTestId('compare-headline')).toContainText('Group 4: default');
  await expect(page.getByTestId('compare-headline')).toContainText('11.14%');
  await expect(page.getByTestId('compare-headline')).toContainText('8.85%');
  // The diff lists the one parameter that differs: the child benefit's level.
  const diff = page.getByTestId('diff-row');
  await expect(diff).toHaveCount(1);
  await expect(diff.first()).toContainText('50%');
  await expect(diff.first()).toContainText('25%');
  for (const chart of ['compare-total-chart', 'compare-benefit-chart', 'compare-gap-chart']) {
    expect(await paintedPixels(page, chart), chart).toBeGreaterThan(1000);
  }
});

test('saves a renamed scenario as its next revision, and "Save as new" leaves the original', async ({
  page,
  app,
}) => {
  await app.open(page);
  await page.getByTestId('scenario-name').fill('central');
  await page.getByTestId('save').click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved · scenario 1, revision 1');
  // Renamed in the header and saved: still scenario 1, and its history says from what name.
  await page.getByTestId('scenario-name').fill('central, 2030');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText('Saved · scenario 1, revision 2');
  expect(app.library.history(1).map((r) => [r.name, r.note])).toEqual([
    ['central', ''],
    ['central, 2030', 'renamed from "central"'],
  ]);
  // A change saved as a new scenario (Ctrl+Shift+S): scenario 2; scenario 1 keeps two revisions.
  await page.getByTestId('share').fill('50');
  await expect(page.getByTestId('total-pct-gdp')).toHaveText('11.14%');
  await page.getByTestId('scenario-name').fill('central, child 50%');
  await page.keyboard.press('Control+Shift+S');
  await expect(page.getByTestId('save-status')).toHaveText('Saved · scenario 2, revision 1');
  expect(app.library.history(1)).toHaveLength(2);

  // The description is the scenario's own, edited in its details panel and saved with it.
  await page.getByTestId('scenario-info').click();
  await expect(page.getByTestId('scenario-description')).toHaveValue(
    /costed 2025-2060 on Tamboria \(fictional training country\)\.$/,
  );
  await page.getByTestId('scenario-description').fill('Child benefit at half the poverty line.');
  await page.getByTestId('scenario-info-close').click();
  await page.getByTestId('save').click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved · scenario 2, revision 2');
  const saved = JSON.parse(app.library.getRevision(2).json) as { description: string };
  expect(saved.description).toBe('Child benefit at half the poverty line.');

  // The revision list shows each save's name and cost (8.85% -> 11.14% of GDP in 2030).
  await page.getByTestId('nav-library').click();
  await page.getByTestId('library-row-1').click();
  await expect(page.getByTestId('revision-1-summary')).toHaveText(
    /^central · 8\.85% of GDP in 2030/,
  );
  await page.getByTestId('library-row-2').click();
  await expect(page.getByTestId('revision-1-summary')).toHaveText(
    /^central, child 50% · 11\.14% of GDP in 2030/,
  );
  // The two revisions of scenario 2 differ by the description only.
  await page.getByTestId('revision-diff-show').click();
  await expect(page.getByTestId('revision-diff').getByTestId('diff-row')).toHaveCount(1);
});
