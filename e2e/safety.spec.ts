import { MapApp } from './support/app';
import { expect, test } from './support/browser';

/** Serves a copy of the events file with one record changed. */
async function tamperEvents(
  page: import('@playwright/test').Page,
  change: (props: Record<string, unknown>) => void,
) {
  await page.route('**/events-*.geojson', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as { features: { properties: Record<string, unknown> }[] };
    const first = json.features.find((f) => f.properties.id === 'dip-diop-lavrov');
    if (first) change(first.properties);
    await route.fulfill({ response, json });
  });
}

test.describe('safe by default', () => {
  test('text from the data is shown as text, never as HTML', async ({ page }) => {
    const attack = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    await tamperEvents(page, (p) => {
      p['name:en'] = `Talks ${attack}`;
      p['description:en'] = attack;
    });
    let dialogs = 0;
    page.on('dialog', () => dialogs++);
    const app = new MapApp(page);
    await app.open('?date=2021-11-11&site=dip-diop-lavrov');
    await expect(app.details.getByRole('heading', { level: 2 })).toContainText('<img src=x');
    await expect(app.details).toContainText('<script>window.__xss=2</script>');
    expect(await app.details.locator('img, script').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined();
    expect(dialogs).toBe(0);
  });

  test('a javascript: source link is rejected: the layer reports damaged data, the rest works', async ({
    page,
  }) => {
    await tamperEvents(page, (p) => {
      p.sources = [{ url: 'javascript:alert(1)', publisher: 'Evil' }];
    });
    const app = new MapApp(page);
    await app.open('?date=2021-11-11');
    await expect(
      page.getByRole('alert').filter({ hasText: 'Could not load “Events”' }),
    ).toBeVisible();
    expect(await page.getByRole('link', { name: 'Evil' }).count()).toBe(0);
    await expect(app.listItem(/Gao/).first()).toBeVisible();
  });
});
