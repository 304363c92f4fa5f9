import { expect, test } from './support/fixtures';

test.describe('the record', () => {
  test('today, every open site says when it was last reported, or since when it is not confirmed', async ({
    app,
  }) => {
    await app.open('?date=2026-12-01&lang=en', { waitForMap: false });
    const items = app.panels.group(/Russia/);
    await expect(items.first()).toBeVisible();
    for (const item of await items.all()) {
      await expect(item).toContainText(/last reported|not confirmed since|vacated/);
    }
    await expect(items.filter({ hasText: 'last reported' }).first()).toBeVisible();
  });

  test('in January 2022, a search for Niamey finds the French air base and the Russian presence', async ({
    app,
  }) => {
    await app.open('?date=2022-01-10&lang=en', { waitForMap: false });
    await app.panels.search.fill('Niamey');
    await expect(app.panels.searchResults(/Niamey air base/).first()).toBeVisible();
    await expect(app.panels.searchResults(/Niamey: Africa Corps/).first()).toBeVisible();
  });
});
