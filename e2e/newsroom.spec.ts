import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { expect, test } from './support/fixtures';

/** Where a site is, from the data file ([lon, lat]). */
function lonLat(id: string): [number, number] {
  for (const file of ['data/france.geojson', 'data/russia.geojson']) {
    const json = JSON.parse(readFileSync(file, 'utf8')) as {
      features: { properties: { id: string }; geometry: { coordinates: [number, number] } }[];
    };
    const f = json.features.find((x) => x.properties.id === id);
    if (f) return f.geometry.coordinates;
  }
  throw new Error(`no site ${id}`);
}

test.describe('a French reader on a phone', () => {
  test.use({ viewport: { width: 390, height: 780 }, isMobile: true, hasTouch: true });

  for (const [item, name] of [
    [/^Citer cette vue$/, /^Citer cette vue$/],
    [/^Intégrer à un site$/, /^Code à coller dans votre page$/],
  ] as const) {
    test(`the ${name.source} box lies inside the screen and Escape closes only it`, async ({
      app,
    }) => {
      await app.open('?date=2021-11-01&site=fr-timbuktu&lang=fr');
      await expect(app.panels.detailsTitle).toHaveText(/Tombouctou/);
      const dialog = await app.share.openBox(item, name);
      await expect(dialog).toBeVisible();
      for (const part of [dialog, dialog.getByRole('button', { name: 'Fermer' })]) {
        const b = await part.boundingBox();
        expect(b).not.toBeNull();
        if (!b) return;
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.y).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(390);
        expect(b.y + b.height).toBeLessThanOrEqual(780);
      }
      await expect(dialog.getByRole('button', { name: 'Copier' }).first()).toBeVisible();
      await app.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(app.panels.detailsTitle).toHaveText(/Tombouctou/);
      expect((await app.urlParams()).get('site')).toBe('fr-timbuktu');
    });
  }
});

test('search finds the sites of a country, an actor’s and spellings of a place', async ({
  app,
}) => {
  await app.open('?date=2022-06-01&lang=en');
  await app.panels.search.fill('Niger');
  await expect(app.panels.searchResults(/Niamey/).first()).toBeVisible();
  await app.panels.search.fill('wagner');
  await expect(app.panels.searchResults(/Russian|Wagner|Africa Corps/).first()).toBeVisible();
  await app.panels.search.fill('Ndjamena');
  await expect(app.panels.searchResults(/N’Djamena|N'Djamena/).first()).toBeVisible();
  await app.panels.search.fill('Tombouctou');
  await expect(app.panels.searchResults(/Timbuktu/).first()).toBeVisible();
});

test('the slider is reached within ten Tab presses', async ({ app }) => {
  await app.open('?date=2022-06-01&lang=en');
  let reached = 0;
  for (let i = 1; i <= 10 && !reached; i++) {
    await app.press('Tab');
    if (await app.timeline.slider.evaluate((el) => el === document.activeElement)) reached = i;
  }
  expect(reached).toBeGreaterThan(0);
});

test('hovering a site shows its name', async ({ app }) => {
  await app.open('?date=2022-06-01&lang=en&map=6.00/16.000/-3.000');
  await app.map.hover(lonLat('fr-gao'));
  await expect(app.map.tooltip).toContainText('Gao');
});

test('the PNG is at least 1,600 px wide, with a legend of what is drawn', async ({ app }) => {
  await app.open('?date=2022-09-01&lang=en');
  const file = await app.share.download(/Download image/);
  const png = PNG.sync.read(file.bytes);
  expect(png.width).toBeGreaterThanOrEqual(1600);
});

test('with a file imported, nothing in the Layers panel reaches past it', async ({
  app,
  importer,
}) => {
  await app.open('?date=2022-06-01&lang=fr');
  await importer.importFile('src/import/parse/fixtures/ged-web-export.csv');
  await expect(importer.layerItem('ged-web-export.csv')).toBeVisible();
  expect(await app.panels.layersOverflow()).toEqual([]);
});

test('the CSV gives the last report, approximate, the notes and one source per group', async ({
  app,
}) => {
  await app.open('?date=2022-06-01&lang=en');
  const file = await app.share.download(/CSV/);
  const header =
    file.bytes
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .split('\r\n')[0] ?? '';
  const columns = header.split(',');
  for (const c of ['last_report', 'approximate', 'date_note_en', 'source_1_url', 'source_2_url'])
    expect(columns).toContain(c);
});
