import { MapApp } from './support/app';
import { expect, test } from './support/browser';

test.describe('offline', () => {
  test('after one visit the app opens with no network: map, list and slider work', async ({
    page,
    context,
  }) => {
    const app = new MapApp(page);
    await app.open('?date=2021-06-01');
    // The service worker has precached everything once it is activated.
    await page.waitForFunction(
      async () => (await navigator.serviceWorker.ready).active?.state === 'activated',
      undefined,
      { timeout: 30_000 },
    );
    await context.setOffline(true);
    await page.reload();
    await app.waitForMapIdle();
    await expect(app.listItem(/Kidal/).first()).toContainText('active');
    expect(await app.renderedCount(['france-sites'])).toBeGreaterThan(0);
    await app.pressOnSlider('PageUp');
    await expect(app.slider).toHaveAttribute('aria-valuetext', '1 June 2022');
    await expect(app.listItem(/Kidal/).first()).toContainText('vacated');
  });
});
