import { distinctColours, expect, test } from './support/fixtures';

test.describe('the offline map', () => {
  test('loads with no console error and draws a basemap that is not blank', async ({ app }) => {
    await app.open();
    expect(distinctColours(await app.map.screenshot())).toBeGreaterThan(20);
  });

  test('renders country and town labels with the shipped font', async ({ app }) => {
    await app.open('?map=5/15/2&lang=en');
    const countries = await app.map.namesDrawn(['countries'], 'en');
    expect(countries.length).toBeGreaterThan(0);
    const names = await app.map.namesDrawn(['countries', 'capitals'], 'en');
    expect(names).toEqual(expect.arrayContaining(['Mali', 'Niger', 'Niamey']));
    // MapLibre registers the style's `font-faces` as FontFaces of its own; the files are the
    // app's own Noto Sans woff2.
    const fonts = await app.map.labelFonts();
    expect(fonts.loaded).toBeGreaterThan(0);
    expect(fonts.files.length).toBeGreaterThan(0);
  });

  test('makes no request to any other origin, and the watch would see one', async ({
    app,
    watch,
  }) => {
    await app.open('?date=2021-11-11&site=fr-gao');
    await app.map.wheel();
    await app.map.waitForIdle();
    expect(await app.sameOriginRequests()).toBeGreaterThan(5);
    expect(watch.takeOffOrigin()).toEqual([]);
    // The check can fail: a request to another origin is recorded.
    await app.visitOtherOrigin('http://elsewhere.invalid/');
    expect(watch.takeOffOrigin()).toEqual(['http://elsewhere.invalid/']);
  });
});
