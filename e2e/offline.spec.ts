import { expect, test } from './support/fixtures';

test.describe('offline', () => {
  test('after one visit the app opens with no network: map, list and slider work', async ({
    app,
  }) => {
    await app.open('?date=2021-06-01');
    // The service worker has precached everything once it is activated.
    await app.waitForServiceWorker();
    await app.setOffline(true);
    await app.reload();
    await expect(app.listItem(/Kidal/).first()).toContainText('active');
    expect(await app.renderedCount(['france-sites'])).toBeGreaterThan(0);
    await app.pressOnSlider('PageUp');
    await expect(app.slider).toHaveAttribute('aria-valuetext', '1 June 2022');
    await expect(app.listItem(/Kidal/).first()).toContainText('vacated');
  });

  test('a second visit with no network shows the first map, then MapLibre', async ({ app }) => {
    await app.open('?date=2021-06-01');
    await app.waitForServiceWorker();
    await app.setOffline(true);
    await app.reload({ waitForMap: false });
    const first = await app.waitForFirstMap();
    expect(first.map).toBe('light');
    expect(first.sites).toBeGreaterThan(10);
    await app.waitForMapLibre();
  });
});
