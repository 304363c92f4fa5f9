import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium';
import { distinctColours, expect, test } from './support/fixtures';

// Launch options force a browser of their own, so they are set for the whole file.
test.use({
  launchOptions: {
    executablePath: findChromium() ?? undefined,
    args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'],
  },
});

/** Gao's French base (data/france.geojson). */
const GAO: [number, number] = [-0.0056, 16.2472];

test.describe('without WebGL', () => {
  test('draws the simplified map, says so, and still offers the list, timeline, search and details', async ({
    app,
  }) => {
    await app.open('?date=2021-06-01', { waitForMap: false });
    const first = await app.lightMap.waitForFirstMap();
    expect(first).toEqual({ map: 'light', sites: expect.any(Number) });
    expect(first.sites).toBeGreaterThan(10);
    await app.lightMap.waitUntilSettled();
    expect(distinctColours(await app.map.screenshot())).toBeGreaterThan(20);
    await expect(app.map.message('Simplified map')).toBeVisible();
    await expect(app.alert('WebGL is unavailable')).toHaveCount(0);
    await expect(app.panels.listItem(/Kidal/).first()).toContainText('active');
    await app.panels.openFromList(/Kidal/);
    await expect(app.panels.detailsTitle).toHaveText(/Kidal/);
    await app.press('Escape');
    await app.panels.search.fill('gao');
    await expect(app.panels.searchResults().first()).toBeVisible();
    await app.timeline.show();
    await expect(app.timeline.entries.getByRole('listitem').first()).toBeVisible();
  });

  test('a click on Gao opens its details and writes site= to the link', async ({ app }) => {
    // The French layer alone: at Gao the UN's and Germany's camps are drawn over France's base.
    await app.open('?date=2021-11-11&map=5.00/16.000/0.000&layers=france', { waitForMap: false });
    await app.lightMap.waitUntilSettled();
    await app.map.click(GAO);
    await expect(app.panels.detailsTitle).toHaveText(/Gao/);
    expect((await app.urlParams()).get('site')).toBe('fr-gao');
  });

  test('the slider redraws the sites of the day', async ({ app }) => {
    await app.open('?date=2021-06-01&map=5.00/16.000/0.000', { waitForMap: false });
    await app.lightMap.waitUntilSettled();
    const kidal = () => app.lightMap.looksOf('fr-kidal');
    expect(await kidal()).toEqual(['active']);
    const before = await app.map.screenshot();
    await app.timeline.pressOnSlider('PageUp'); // a year on: Kidal was vacated in October 2021
    await expect(app.timeline.slider).toHaveAttribute('aria-valuetext', '1 June 2022');
    await expect.poll(kidal).toEqual(['vacated']);
    expect((await app.map.screenshot()).equals(before)).toBe(false);
  });

  test('pans and zooms (wheel, buttons, drag, pinch), and the link follows', async ({ app }) => {
    await app.open('?date=2021-11-11&map=4.00/15.000/2.000', { waitForMap: false });
    await app.lightMap.waitUntilSettled();
    const zoom = async () => (await app.map.camera()).zoom;
    await app.map.wheel();
    await expect.poll(zoom).toBeGreaterThan(4.3);
    await expect.poll(async () => (await app.urlParams()).get('map')).not.toBe('4.00/15.000/2.000');
    const wheeled = await zoom();
    await app.map.zoomIn.click();
    await expect.poll(zoom).toBeCloseTo(wheeled + 1, 5);
    const before = await app.map.camera();
    await app.lightMap.drag(200, 0); // the map follows the pointer east: the view goes west
    await expect.poll(async () => (await app.map.camera()).lon).toBeLessThan(before.lon - 0.5);
    const pinched = await zoom();
    await app.lightMap.pinch(100, 200);
    await expect.poll(zoom).toBeGreaterThan(pinched + 0.5);
  });
});
