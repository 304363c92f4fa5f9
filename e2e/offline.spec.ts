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
    await expect(app.panels.listItem(/Kidal/).first()).toContainText('active');
    expect((await app.map.sitesDrawn('france', 'active')).length).toBeGreaterThan(0);
    await app.timeline.pressOnSlider('PageUp');
    await expect(app.timeline.slider).toHaveAttribute('aria-valuetext', '1 June 2022');
    await expect(app.panels.listItem(/Kidal/).first()).toContainText('vacated');
  });
});
