/**
 * When the GPU or a file fails, the reader is told, and the map comes back whole.
 */
import { expect, test } from './support/fixtures';

const VIEW = '?date=2021-11-11&map=4.50/15.000/2.000&lang=en';

test.describe('a lost GPU context', () => {
  // A style rebuilt in software WebGL on shared cores, after a full load: give it time.
  test.slow();
  test('shows a notice while lost, takes input safely, and draws the same data on restore', async ({
    app,
  }) => {
    await app.open(VIEW);
    expect((await app.map.recordsDrawn('france')).length).toBeGreaterThan(5);
    expect((await app.map.recordsDrawn('moves')).length).toBeGreaterThan(0);
    const before = await app.map.drawnData();

    await app.map.loseContext();
    await expect(app.map.message(/graphics were reset by the device/)).toBeVisible();
    // Input while lost: no uncaught error (the watch fails the test on a page error).
    await app.timeline.pressOnSlider('ArrowRight', 3);
    await app.timeline.pressOnSlider('ArrowLeft', 3);
    await app.map.click([2.0, 15.0]);
    await app.map.restoreContext();

    // Software WebGL on shared cores: the rebuilt style can take a while.
    await expect(app.map.message(/graphics were reset/)).toBeHidden({ timeout: 45_000 });
    await expect.poll(() => app.map.drawnData()).toEqual(before);
  });

  test('changes made while lost (date, language, kinds) are drawn on restore', async ({ app }) => {
    await app.open(VIEW);
    await app.panels.showKinds();
    const frenchBases = app.panels.kindToggle('French forces', /Base/);
    await app.timeline.pressOnSlider('PageUp');
    await frenchBases.uncheck();
    const nextYear = await app.map.drawnData();
    await frenchBases.check();
    await app.timeline.pressOnSlider('PageDown');
    expect(await app.map.drawnData()).not.toEqual(nextYear);
    await app.map.loseContext();
    await expect(app.map.message(/graphics were reset/)).toBeVisible();
    await app.timeline.pressOnSlider('PageUp');
    await frenchBases.uncheck();
    await app.switchLanguage();
    await expect(app.map.message(/graphisme de la carte — restauration/)).toBeVisible();
    await app.map.restoreContext();
    await expect(app.map.message(/restauration/)).toBeHidden({ timeout: 45_000 });
    await expect.poll(() => app.map.drawnData()).toEqual(nextYear);
    expect(await app.map.nameField('france sites')).toContain('label_fr');
  });

  test('a context that does not come back leaves the text views working and offers a reload', async ({
    app,
  }) => {
    await app.open(VIEW);
    await app.map.loseContext();
    const alert = app.alert('The map’s graphics could not be restored');
    await expect(alert).toBeVisible({ timeout: 20_000 });
    await expect(alert.getByRole('button', { name: 'Reload the page' })).toBeVisible();
    await app.timeline.pressOnSlider('PageUp');
    await app.panels.openFromList(/Niamey/);
    await expect(app.panels.detailsTitle).toContainText('Niamey');
  });
});

test.describe('basemap and label files', () => {
  test('a basemap answering 503 is named, with a Retry that brings it back', async ({
    app,
    watch,
  }) => {
    watch.allowConsoleError(/Failed to load resource|503|basemap/);
    const basemap = await app.given.basemapFails();
    await app.open(VIEW, { waitForMap: false });
    const alert = app.alert('The basemap could not be loaded');
    await expect(alert).toBeVisible();
    // The rest of the app works meanwhile.
    await expect(app.panels.listItem(/Gao/).first()).toBeVisible();
    basemap.recover();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(alert).toBeHidden();
    await app.map.waitForData();
  });

  test('a town-names file answering 503 is named, with a Retry that brings it back', async ({
    app,
    watch,
  }) => {
    watch.allowConsoleError(/Failed to load resource|503|places/);
    const places = await app.given.labelFileFails('places');
    await app.open(VIEW, { waitForMap: false });
    const alert = app.alert('Town names could not be loaded');
    await expect(alert).toBeVisible();
    // The map still draws everything else.
    await app.map.waitForData();
    expect((await app.map.recordsDrawn('france')).length).toBeGreaterThan(5);
    places.recover();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(alert).toBeHidden();
  });

  test('a map worker that cannot load says the map could not start, with a reload', async ({
    app,
    watch,
  }) => {
    watch.allowConsoleError(/.*/);
    await app.given.fileFails('**/maplibre-gl-worker-*.mjs');
    await app.open(VIEW, { waitForMap: false });
    const alert = app.alert('The map could not start');
    await expect(alert).toBeVisible();
    await expect(alert.getByRole('button', { name: 'Reload the page' })).toBeVisible();
    await expect(app.panels.listItem(/Gao/).first()).toBeVisible();
  });
});

test.describe('records the runtime cannot use', () => {
  test('a bad record is left out and named; the valid records of its layer are shown', async ({
    app,
  }) => {
    await app.given.recordChanged('france', 'fr-gao', (p) => {
      p.sources = [{ url: 'javascript:alert(1)', publisher: 'Evil' }];
    });
    await app.given.recordChanged('russia', 'ru-mali-timbuktu', (p) => {
      p.end_date = '2019-01-01';
      p.start_date = '2020-06-01';
    });
    await app.given.recordChanged('events', 'dip-diop-lavrov', (p) => {
      p['description:en'] = 'x'.repeat(1_000_000);
    });
    await app.open(VIEW);
    await expect(
      app.alert(
        'One record of “French forces” has an invalid source link and is not shown: fr-gao.',
      ),
    ).toBeVisible();
    await expect(
      app.alert(/One record of “Russian presence” has an end before its start.*ru-mali-timbuktu/),
    ).toBeVisible();
    await expect(
      app.alert(/One record of “Events” has a text that is too long.*dip-diop-lavrov/),
    ).toBeVisible();
    const france = await app.map.recordsDrawn('france');
    expect(france.length).toBeGreaterThan(5);
    expect(france).not.toContain('fr-gao');
    await expect(app.panels.listItem(/Niamey/).first()).toBeVisible();
    await expect(app.panels.layerCount('france')).toContainText('1 left out');
  });
});

test.describe('privacy', () => {
  test('the favicon is not requested again when the link changes (offline-safe)', async ({
    app,
  }) => {
    const icons = app.watchReferrers(/\/icon\.svg$/);
    await app.open(VIEW);
    await app.panels.openFromList(/Niamey/);
    await app.back();
    await app.panels.openFromList(/Gao/);
    await expect.poll(async () => (await app.urlParams()).get('site')).not.toBeNull();
    expect(icons).toEqual([]);
  });

  test("the map worker's requests carry no page URL as referrer", async ({ app }) => {
    const requests = app.watchReferrers(/\/assets\/(places|country-labels)-[\w-]+\.geojson/);
    await app.open(`${VIEW}&site=fr-gao`);
    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) expect(r.referer, r.url).toBeUndefined();
  });
});
