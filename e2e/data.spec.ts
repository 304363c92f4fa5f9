import { MapApp } from './support/app';
import { expect, test } from './support/browser';

test.describe('the dataset on the map', () => {
  test('shows French and Russian sites with a legend', async ({ page }) => {
    const app = new MapApp(page);
    await app.open('?date=2022-09-01&map=4/15/5');
    expect(await app.renderedCount(['france-sites'])).toBeGreaterThan(3);
    expect(await app.renderedCount(['russia-sites'])).toBeGreaterThan(2);
    await expect(page.getByRole('list', { name: 'Legend' })).toBeVisible();
    await expect(page.getByText('French forces', { exact: true })).toBeVisible();
  });

  test('a data file that fails shows its error and Retry; the rest keeps working', async ({
    page,
    watch,
  }) => {
    watch.allowConsoleError(/Failed to load resource|503/);
    let fail = true;
    await page.route('**/russia-*.geojson', (route) =>
      fail ? route.fulfill({ status: 503, body: 'down' }) : route.fallback(),
    );
    const app = new MapApp(page);
    await app.open('?date=2022-09-01');
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load “Russian presence”' });
    await expect(alert).toBeVisible();
    // The French layer still works.
    await expect(app.listItem(/Niamey/)).toBeVisible();
    expect(await app.renderedCount(['france-sites'])).toBeGreaterThan(0);
    fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(alert).toBeHidden();
    await expect(app.listItem(/Bamako/)).toBeVisible();
  });
});
