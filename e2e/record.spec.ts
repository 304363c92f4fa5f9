import { expect, test } from './support/fixtures';

test.describe('the record', () => {
  test('today, every open site says when it was last reported', async ({ app }) => {
    await app.open('?date=2026-12-01&lang=en', { waitForMap: false });
    const russia = app.onThisDate().getByRole('region', { name: /Russia/ });
    const items = russia.getByRole('listitem');
    await expect(items.first()).toBeVisible();
    for (const item of await items.all()) {
      await expect(item).toContainText(/last reported|vacated/);
    }
    await expect(
      russia.getByRole('listitem').filter({ hasText: 'last reported' }).first(),
    ).toBeVisible();
  });

  test('in January 2022, a search for Niamey finds the French air base and the Russian presence', async ({
    app,
  }) => {
    await app.open('?date=2022-01-10&lang=en', { waitForMap: false });
    await app.getByRole('combobox', { name: 'Search places and events' }).fill('Niamey');
    await expect(app.getByRole('option', { name: /Niamey air base/ }).first()).toBeVisible();
    await expect(app.getByRole('option', { name: /Niamey: Africa Corps/ }).first()).toBeVisible();
  });
});
