import { MapApp } from './support/app';
import { distinctColours, expect, test } from './support/browser';

test.describe('the offline map', () => {
  test('loads with no console error and draws a basemap that is not blank', async ({ page }) => {
    const app = new MapApp(page);
    await app.open();
    const shot = await app.map.screenshot();
    expect(distinctColours(shot)).toBeGreaterThan(20);
  });

  test('renders country and town labels with the shipped font', async ({ page }) => {
    const app = new MapApp(page);
    await app.open('?map=5/15/2&lang=en');
    const countries = await app.renderedIds(['country-labels']);
    expect(countries.length).toBeGreaterThan(0);
    const labels = (await app.renderedProps(['country-labels', 'place-labels'])).map((p) =>
      String(p.name_en ?? p.name ?? ''),
    );
    expect(labels).toEqual(expect.arrayContaining(['Mali', 'Niger', 'Niamey']));
    // MapLibre registers the style's `font-faces` as FontFaces of its own; the files are the
    // app's own Noto Sans woff2.
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return {
        loaded: [...document.fonts].filter(
          (f) => f.family.startsWith('maplibre-gl-font-face') && f.status === 'loaded',
        ).length,
        files: performance
          .getEntriesByType('resource')
          .map((e) => new URL(e.name).pathname)
          .filter((path) => /\/noto-sans-latin-\d+-normal-[\w-]+\.woff2$/.test(path)),
      };
    });
    expect(fonts.loaded).toBeGreaterThan(0);
    expect(fonts.files.length).toBeGreaterThan(0);
  });

  test('makes no request to any other origin', async ({ page, watch }) => {
    const app = new MapApp(page);
    await app.open('?date=2021-11-11&site=fr-gao');
    await app.page.mouse.move(400, 400);
    await app.page.mouse.wheel(0, -300);
    await app.waitForMapIdle();
    // The fixture fails the test on any off-origin request; this asserts it watched requests.
    expect(watch.offOrigin).toEqual([]);
    const sameOrigin = await page.evaluate(() => performance.getEntriesByType('resource').length);
    expect(sameOrigin).toBeGreaterThan(5);
  });
});
