/**
 * The light map and MapLibre's, with WebGL: the first map is the light one, MapLibre takes over
 * without moving a site, and both draw the same map at the same view (desktop and phone).
 */
import { expect, pixelDifference, test } from './support/fixtures';

/** One view for both maps: a date, a camera, the whole Sahel. */
const VIEW = '?date=2021-11-11&map=4.40/15.000/2.000';

/** Where MapLibre's sites are allowed to be from the light map's, in CSS pixels. */
const SWAP_PX = 2;
/** The share of the map's pixels (overlays masked) that may differ by more than 48 in a colour
 * channel between the two maps at the same view: label placement and the fonts (the page's
 * system font on the light map, Noto Sans on MapLibre's), anti-aliasing. Measured: 1.7 % at
 * 1280×800, 2.8 % at 390×780. */
const DIFFERENCE = 0.05;

/** The band along the map's edges where the two maps may disagree on whether a site is drawn:
 * MapLibre's query counts an icon a pixel or two beyond the edge (Port-Bouët, 11 px below a
 * 1280×800 map), the light map only what shows. Sites there are left out of the comparison. */
const EDGE = 24;

/** The sites drawn away from the map's edges. */
function inside<T extends { x: number; y: number }>(
  sites: T[],
  box: { width: number; height: number },
): T[] {
  return sites.filter(
    (s) => s.x >= EDGE && s.y >= EDGE && s.x <= box.width - EDGE && s.y <= box.height - EDGE,
  );
}

test.describe('the first map', () => {
  test('is the light map; MapLibre takes over with every site within 2 px, where the reader left it', async ({
    app,
  }) => {
    await app.given.mapLibreArrivesLate(3000);
    await app.open(VIEW, { waitForMap: false });
    const first = await app.lightMap.waitForFirstMap();
    expect(first.map).toBe('light');
    await app.lightMap.waitUntilSettled();
    // The reader zooms in on the light map before MapLibre has come.
    await app.map.wheel();
    await app.lightMap.waitUntilSettled();
    const box = await app.map.box();
    const light = inside(await app.lightMap.drawnSites(), box);
    const camera = await app.map.camera();
    expect(light.length).toBeGreaterThan(10);
    await app.lightMap.waitForMapLibre();
    const full = inside(await app.lightMap.drawnSites(), box);
    expect(full.map((s) => `${s.layer}:${s.id}`).sort()).toEqual(
      light.map((s) => `${s.layer}:${s.id}`).sort(),
    );
    for (const site of light) {
      const other = full.find((s) => s.id === site.id && s.layer === site.layer);
      const apart = Math.hypot((other?.x ?? 1e9) - site.x, (other?.y ?? 1e9) - site.y);
      expect(apart, site.id).toBeLessThan(SWAP_PX);
    }
    const after = await app.map.camera();
    expect(after.zoom).toBeCloseTo(camera.zoom, 4);
    expect(after.lon).toBeCloseTo(camera.lon, 4);
  });
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 780 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('the light map and MapLibre draw the same map at the same view', async ({
      app,
      watch,
    }, testInfo) => {
      watch.allowConsoleError(/maplibre|dynamically imported module|Failed to load resource/i);
      await app.given.mapLibreFails();
      await app.open(VIEW, { waitForMap: false });
      await app.lightMap.waitUntilSettled();
      await expect(app.map.message('Simplified map')).toBeVisible();
      const box = await app.map.box();
      const light = inside(await app.lightMap.drawnSites(), box);
      const lightShot = await app.lightMap.screenshot(testInfo.outputPath('light.png'));

      const full = await app.openInNewPage(VIEW);
      await full.lightMap.waitForMapLibre();
      const fullSites = inside(await full.lightMap.drawnSites(), box);
      const fullShot = await full.lightMap.screenshot(testInfo.outputPath('maplibre.png'));

      expect(fullSites.map((s) => s.id).sort()).toEqual(light.map((s) => s.id).sort());
      for (const site of light) {
        const other = fullSites.find((s) => s.id === site.id && s.layer === site.layer);
        expect(Math.hypot((other?.x ?? 1e9) - site.x, (other?.y ?? 1e9) - site.y)).toBeLessThan(
          SWAP_PX,
        );
      }
      const difference = pixelDifference(lightShot, fullShot, 48);
      testInfo.annotations.push({ type: 'difference', description: difference.toFixed(4) });
      console.log(
        `${viewport.width}×${viewport.height}: ${(difference * 100).toFixed(2)} % of the map's pixels differ`,
      );
      expect(difference).toBeLessThan(DIFFERENCE);
    });
  });
}
