import { expect, test } from './support/fixtures';

const FIXTURES = 'src/import/parse/fixtures';

test.describe('importing your own events', () => {
  test('a UCDP GED export: counts, slider, details, kept across a reload, removed', async ({
    app,
    importer,
  }) => {
    test.setTimeout(180_000); // three page loads with the map
    await app.open('?date=2021-12-28&map=6/15.5/0.5');
    await importer.importFile(`${FIXTURES}/ged-web-export.csv`);

    await expect(importer.result).toHaveText(/9 events imported, 3 rows skipped/);
    await importer.showSkipReasons();
    await expect(importer.skipReasons.first()).toHaveText('row 10, column “date_start”: no date');
    await expect(importer.skipReasons.nth(1)).toContainText('longitude “-200.00”');
    await expect(importer.layerItem('ged-web-export.csv')).toBeVisible();
    await expect(importer.attribution).toHaveText('Data: UCDP GED, CC BY 4.0');
    await expect(importer.density).toBeVisible();

    // 90 days before 28 Dec 2021: the attack of 3 December only.
    await expect(importer.count('ged-web-export.csv')).toHaveText('1 shown');
    await expect.poll(async () => (await importer.onMap()).shown).toBe(1);
    // Three months later: Gao (14–16 Feb), Anderamboukane (8 Mar), Moura (27–31 Mar).
    await app.timeline.pressOnSlider('Shift+ArrowRight', 3);
    await expect(app.timeline.slider).toHaveAttribute('aria-valuetext', '28 March 2022');
    await expect(importer.count('ged-web-export.csv')).toHaveText('3 shown');
    await expect.poll(async () => (await importer.onMap()).shown).toBe(3);
    expect((await importer.onMap()).submitted).toBeLessThan(9);

    // Event 6 in start order is Anderamboukane, 8 March 2022.
    await importer.clickEvent(6);
    await expect(importer.eventDetails).toBeVisible();
    await expect(importer.eventDetails.getByRole('heading')).toHaveText('Non-state conflict');
    await expect(importer.eventDetails).toContainText('8 March 2022');
    await expect(importer.eventDetails).toContainText('MSA — IS Sahel');
    await expect(importer.eventDetails).toContainText('40');

    await app.reload();
    await expect(importer.layerItem('ged-web-export.csv')).toBeVisible({ timeout: 20_000 });
    await expect(importer.count('ged-web-export.csv')).toHaveText('3 shown');

    await importer.remove('ged-web-export.csv');
    await expect(importer.layerItem('ged-web-export.csv')).toHaveCount(0);
    await app.reload();
    await expect(importer.input).toBeAttached();
    await expect(importer.layerItem('ged-web-export.csv')).toHaveCount(0);
  });

  test('another table goes through the mapping step, remembered for the next file', async ({
    app,
    importer,
  }) => {
    await app.open('?date=2022-01-31');
    await importer.importFile(`${FIXTURES}/generic.csv`);
    await expect(importer.mappingDialog).toBeVisible();
    await importer.mapColumn(/^Date/, 'Incident date');
    await importer.confirmMapping();
    await expect(importer.result).toHaveText(/2 events imported, 1 row skipped/);
    await importer.remove('generic.csv');
    await importer.importFile(`${FIXTURES}/generic.csv`);
    await expect(importer.result).toHaveText(/2 events imported, 1 row skipped/);
    await expect(importer.mappingDialog).toHaveCount(0);
  });

  test('the layer is rebuilt after the WebGL context is lost and restored', async ({
    app,
    importer,
  }) => {
    await app.open('?date=2022-03-28&map=6/15.5/0.5');
    await importer.importFile(`${FIXTURES}/ged-web-export.csv`);
    await expect.poll(async () => (await importer.onMap()).submitted).toBeGreaterThan(0);
    expect((await importer.onMap()).builds).toBe(1);
    await importer.loseAndRestoreContext();
    await expect.poll(async () => (await importer.onMap()).builds).toBe(2);
    await app.timeline.pressOnSlider('ArrowRight');
    await app.map.waitForIdle();
    await expect.poll(async () => (await importer.onMap()).shown).toBe(3);
  });

  test('a file that is not CSV or GeoJSON gets one clear message', async ({ app, importer }) => {
    await app.open('?date=2022-01-31', { waitForMap: false });
    await importer.importFile('public/icon.svg');
    await expect(importer.problem).toHaveText(/“icon.svg” is not a CSV or GeoJSON file./);
  });
});
