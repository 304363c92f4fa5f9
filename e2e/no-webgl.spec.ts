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
    const first = await app.waitForFirstMap();
    expect(first).toEqual({ map: 'light', sites: expect.any(Number) });
    expect(first.sites).toBeGreaterThan(10);
    await app.waitForLightMap();
    expect(distinctColours(await app.map.screenshot())).toBeGreaterThan(20);
    await expect(app.getByRole('status').filter({ hasText: 'Simplified map' })).toBeVisible();
    await expect(app.alert('WebGL is unavailable')).toHaveCount(0);
    await expect(app.listItem(/Kidal/).first()).toContainText('active');
    await app.openFromList(/Kidal/);
    await expect(app.detailsTitle).toHaveText(/Kidal/);
    await app.press('Escape');
    await app.getByRole('combobox', { name: 'Search places and events' }).fill('gao');
    await expect(app.getByRole('option').first()).toBeVisible();
    await app.getByRole('button', { name: 'Timeline' }).click();
    await expect(
      app.getByRole('region', { name: 'Timeline' }).getByRole('listitem').first(),
    ).toBeVisible();
  });

  test('a click on Gao opens its details and writes site= to the link', async ({ app }) => {
    await app.open('?date=2021-11-11&map=5.00/16.000/0.000', { waitForMap: false });
    await app.waitForLightMap();
    await app.clickOnMap(GAO);
    await expect(app.detailsTitle).toHaveText(/Gao/);
    expect((await app.urlParams()).get('site')).toBe('fr-gao');
  });

  test('the slider redraws the sites of the day', async ({ app }) => {
    await app.open('?date=2021-06-01&map=5.00/16.000/0.000', { waitForMap: false });
    await app.waitForLightMap();
    const kidal = async () =>
      (await app.drawnSites()).filter((s) => s.id === 'fr-kidal').map((s) => s.layer);
    expect(await kidal()).toEqual(['france-sites']);
    const before = await app.map.screenshot();
    await app.pressOnSlider('PageUp'); // a year on: Kidal was vacated in October 2021
    await expect(app.slider).toHaveAttribute('aria-valuetext', '1 June 2022');
    await expect.poll(kidal).toEqual(['france-sites-ended']);
    expect((await app.map.screenshot()).equals(before)).toBe(false);
  });

  test('pans and zooms (wheel, buttons, drag, pinch), and the link follows', async ({ app }) => {
    await app.open('?date=2021-11-11&map=4.00/15.000/2.000', { waitForMap: false });
    await app.waitForLightMap();
    const zoom = async () => (await app.camera()).zoom;
    await app.wheelOnMap();
    await expect.poll(zoom).toBeGreaterThan(4.3);
    await expect.poll(async () => (await app.urlParams()).get('map')).not.toBe('4.00/15.000/2.000');
    const wheeled = await zoom();
    await app.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(zoom).toBeCloseTo(wheeled + 1, 5);
    const before = await app.camera();
    await app.dragMap(200, 0); // the map follows the pointer east: the view goes west
    await expect.poll(async () => (await app.camera()).lon).toBeLessThan(before.lon - 0.5);
    const pinched = await zoom();
    await app.pinchMap(100, 200);
    await expect.poll(zoom).toBeGreaterThan(pinched + 0.5);
  });
});
