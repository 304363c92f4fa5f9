import { readdirSync, readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { PNG } from 'pngjs';
import {
  eventCollectionSchema,
  moveCollectionSchema,
  SITE_KINDS,
  siteCollectionSchema,
} from '../src/data/schema';
import { type Box, expect, test } from './support/fixtures';

const inside = (p: { x: number; y: number }, b: Box, margin = 0) =>
  p.x >= b.x - margin &&
  p.x <= b.x + b.width + margin &&
  p.y >= b.y - margin &&
  p.y <= b.y + b.height + margin;

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
  { width: 390, height: 780 },
]) {
  test.describe(`the opening view at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('frames the story: every site of the default date is on the map, under no overlay', async ({
      app,
    }) => {
      await app.open();
      const sites = await app.map.framedSites();
      const ids = sites.map((s) => s.id);
      expect(ids).toEqual(
        expect.arrayContaining(['fr-dakar', 'ru-mali-bamako', 'fr-timbuktu', 'fr-ndjamena']),
      );
      const map = await app.map.box();
      const overlays = await app.map.overlayBoxes();
      expect(overlays.length).toBeGreaterThanOrEqual(3);
      for (const site of sites) {
        expect(inside(site, map), `${site.id} on the map`).toBe(true);
        for (const o of overlays) {
          // A marker's radius around its point counts too.
          expect(inside(site, o, 6), `${site.id} under ${o.name}`).toBe(false);
        }
      }
    });

    test('the slider shows years; stepping to the next change shows its caption', async ({
      app,
    }) => {
      await app.open('?date=2021-12-13&map=5/16/-2');
      await expect(app.timeline.sliderYears).toContainText('2014');
      await expect(app.timeline.sliderYears).toContainText('2022');
      await app.timeline.nextChange();
      await expect(app.timeline.slider).toHaveAttribute('aria-valuetext', '14 December 2021');
      // That day France left Timbuktu for Gao: the caption names the move or the departure.
      await expect(app.timeline.changeCaption).toHaveText(
        /^14 December 2021 — .*France (leaves|moves from) Timbuktu/,
      );
      await expect(app.timeline.changeCaption).toHaveAttribute('aria-live', 'polite');
    });
  });
}

/** The kind of every curated site ('base', 'position'…), read from data/ as the app ships it. */
function siteKinds(): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const file of readdirSync('data').filter((f) => f.endsWith('.geojson'))) {
    const text = readFileSync(`data/${file}`, 'utf8');
    for (const f of (JSON.parse(text) as FeatureCollection).features) {
      kinds.set(String(f.properties?.id), String(f.properties?.kind));
    }
  }
  return kinds;
}

// EXPECTED TO FAIL until the app's opening view leaves out the kinds a link hides (the fix is
// under way in the app): today it frames the hidden bases too, and this test lists them.
test('a link with hide=base and no map= frames only drawn sites', async ({ app }) => {
  await app.open('?hide=base');
  const framed = (await app.map.framedSites()).map((s) => s.id);
  expect(framed.length, 'the opening view framed sites').toBeGreaterThan(0);
  const kinds = siteKinds();
  expect(
    framed.filter((id) => !kinds.has(id)),
    'framed sites that are not in data/',
  ).toEqual([]);
  expect(
    framed.filter((id) => kinds.get(id) === 'base'),
    'bases framed',
  ).toEqual([]);
});

test('a link with its own camera keeps it exactly', async ({ app }) => {
  await app.open('?date=2022-09-01&map=5.20/16.100/-0.500&lang=en');
  const camera = await app.map.camera();
  expect(camera.zoom).toBeCloseTo(5.2, 2);
  expect(camera.lat).toBeCloseTo(16.1, 3);
  expect(camera.lon).toBeCloseTo(-0.5, 3);
  expect((await app.urlParams()).get('map')).toBe('5.20/16.100/-0.500');
  expect(await app.map.framedSites()).toEqual([]);
});

test('compare lists the French sites left in Mali between June 2021 and September 2022', async ({
  app,
}) => {
  await app.open('?compare=2021-06-01&date=2022-09-01&lang=en');
  const panel = app.panels.comparePanel;
  // Ansongo's end is a span (left between July 2017 and August 2022): it is left by September.
  await expect(panel.getByRole('heading', { name: /^France: left 8 sites/ })).toBeVisible();
  for (const name of [
    /Kidal/,
    /Tessalit/,
    /Timbuktu/,
    /Gao desert base/,
    /Ménaka/,
    /Gossi/,
    /Ansongo/,
  ]) {
    await expect(panel.getByRole('button', { name }).first()).toBeVisible();
  }
  await expect(panel.getByRole('button', { name: /Timbuktu.*handed over/ })).toBeVisible();
  await panel
    .getByRole('button', { name: /Timbuktu/ })
    .first()
    .click();
  await expect(app.panels.detailsTitle).toContainText('Timbuktu');
  expect((await app.urlParams()).get('compare')).toBe('2021-06-01');
});

test('Download image gives a PNG of the drawn map with a caption band below it', async ({
  app,
}) => {
  await app.open('?date=2022-09-01&lang=en');
  const map = await app.map.box();
  const file = await app.share.download(/Download image/);
  expect(file.name).toMatch(/^sahel-security-map-2022-09-01-data-[\d.-]+\.png$/);
  const png = PNG.sync.read(file.bytes);
  expect(png.width).toBeGreaterThanOrEqual(Math.floor(map.width));
  expect(png.height).toBeGreaterThan(Math.floor(map.height) + 60);
  const colours = (y0: number, y1: number) => {
    const set = new Set<number>();
    for (let y = y0; y < y1; y += 3) {
      for (let x = 0; x < png.width; x += 3) {
        const i = (y * png.width + x) * 4;
        set.add(
          ((png.data[i] ?? 0) << 16) | ((png.data[i + 1] ?? 0) << 8) | (png.data[i + 2] ?? 0),
        );
      }
    }
    return set;
  };
  // A drawn map, not a blank canvas; below it, a white band with dark text.
  expect(colours(0, Math.floor(map.height)).size).toBeGreaterThan(200);
  const band = colours(Math.ceil(map.height) + 2, png.height);
  expect(band.has(0xffffff)).toBe(true);
  expect([...band].some((c) => c >> 16 < 80 && ((c >> 8) & 255) < 80 && (c & 255) < 80)).toBe(true);
});

test('Download data gives the records shown as valid GeoJSON and as CSV', async ({ app }) => {
  await app.open('?date=2022-09-01&lang=fr');
  const geo = await app.share.download(/GeoJSON/);
  expect(geo.name).toMatch(/^sahel-security-map-2022-09-01-data-[\d.-]+\.geojson$/);
  const json = JSON.parse(geo.bytes.toString('utf8'));
  const sites = (k: string) => (SITE_KINDS as readonly string[]).includes(k);
  const part = (
    keep: (f: { geometry: { type: string }; properties: { kind: string } }) => boolean,
  ) => ({
    type: 'FeatureCollection',
    features: json.features.filter(keep),
  });
  expect(siteCollectionSchema.safeParse(part((f) => sites(f.properties.kind))).success).toBe(true);
  expect(
    eventCollectionSchema.safeParse(
      part((f) => f.geometry.type === 'Point' && !sites(f.properties.kind)),
    ).success,
  ).toBe(true);
  expect(
    moveCollectionSchema.safeParse(part((f) => f.geometry.type === 'LineString')).success,
  ).toBe(true);
  const ids = json.features.map((f: { properties: { id: string } }) => f.properties.id);
  expect(ids).toEqual(expect.arrayContaining(['fr-gao', 'ru-mali-gao']));

  const csv = await app.share.download(/CSV/);
  const lines = csv.bytes
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toMatch(
    /^id,layer,actor,kind,name_en,name_fr,start_date,end_date,first_report,last_report,status,lon,lat,approximate,/,
  );
  // One group of columns per source, what each backs and states in both languages.
  expect(lines[0]).toContain(
    'source_1_publisher,source_1_title,source_1_date,source_1_url,source_1_supports,source_1_states_en,source_1_states_fr',
  );
  expect(lines.length).toBe(json.features.length + 1);
  expect(lines.some((l) => l.startsWith('fr-gao,france,france,base,'))).toBe(true);
});

test('embed=1 shows the map and the slider, without header or search', async ({ app }) => {
  await app.open('?embed=1&date=2022-09-01&lang=en');
  await expect(app.map.region).toBeVisible();
  await expect(app.timeline.slider).toBeVisible();
  await expect(app.header).toHaveCount(0);
  await expect(app.panels.search).toHaveCount(0);
  await expect(app.share.fullMapLink).toHaveAttribute(
    'href',
    // The record's version too, so that the full map opens the view as it was cited.
    /\?date=2022-09-01&map=[^&]+&lang=en&v=\d{4}-\d{2}-\d{2}$/,
  );
});
