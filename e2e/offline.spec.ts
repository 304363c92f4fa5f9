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

  test('after one visit, import and export work with no network', async ({ app, importer }) => {
    test.setTimeout(120_000); // two page loads with the map
    await app.open('?date=2022-03-28&map=6/15.5/0.5');
    // Precached once the service worker is activated, the code loaded on demand included.
    await app.waitForServiceWorker();
    await app.setOffline(true);
    await app.reload();
    await importer.importFile('src/import/parse/fixtures/ged-web-export.csv');
    await expect(importer.result).toHaveText(/9 events imported, 3 rows skipped/);
    await expect(importer.count('ged-web-export.csv')).toHaveText('3 shown');
    const csv = await app.share.download(/CSV/);
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.bytes.length).toBeGreaterThan(100);
  });
});
