/** The files people have, and every row and file accounted for: encodings, French Excel,
 * broken quotes, names of JavaScript built-ins, duplicate and very many columns, full storage. */
import { expect, test } from './support/fixtures';

const FIXTURES = 'src/import/parse/fixtures';

test.describe('the files people have', () => {
  test('French Excel (Windows-1252, semicolons, decimal commas): accents intact, guess said', async ({
    app,
    importer,
  }) => {
    test.setTimeout(120_000);
    await app.open('?date=2021-03-01&map=6/15/-2');
    await importer.importFile(`${FIXTURES}/french-excel.csv`);
    await expect(importer.result).toContainText(
      '3 events imported, 1 row skipped, of 4 rows in the file',
    );
    await expect(importer.encodingNotice).toContainText('read as Windows-1252');
    await expect(importer.layerItem('french-excel.csv')).toBeVisible();
    await expect(importer.count('french-excel.csv')).toHaveText('1 shown');
    await importer.clickEvent(0); // 16 February 2021, Boni
    await expect(importer.eventDetails).toContainText('Forces armées maliennes — JNIM');
    await expect(importer.eventDetails).toContainText(
      'Accrochage près de Boni : « plusieurs » assaillants tués',
    );
  });

  test('a quote left open costs one row, said with its number', async ({ app, importer }) => {
    await app.open('?date=2022-01-31', { waitForMap: false });
    await importer.importFile(`${FIXTURES}/open-quote.csv`);
    await expect(importer.result).toContainText(
      '48 events imported, 1 row skipped, of 49 rows in the file',
    );
    await importer.showSkipReasons();
    await expect(importer.skipReasons).toHaveText([
      'row 10: a quote is not closed; read to the end of the line',
    ]);
  });

  test('types, actors and countries named like JavaScript built-ins are drawn, after a reload too', async ({
    app,
    importer,
  }) => {
    test.setTimeout(120_000); // two page loads with the map
    await app.open('?date=2022-02-28&map=6/14.5/-0.5');
    await importer.importFile(`${FIXTURES}/prototype-names.csv`);
    await expect(importer.result).toContainText('12 events imported');
    await expect(importer.layerItem('prototype-names.csv')).toContainText('constructor');
    await expect(importer.layerItem('prototype-names.csv')).toContainText('__proto__');
    await expect.poll(async () => (await importer.onMap()).shown).toBe(12);
    await app.reload();
    await expect(importer.count('prototype-names.csv')).toHaveText('12 shown', { timeout: 20_000 });
    await expect.poll(async () => (await importer.onMap()).shown).toBe(12);
  });

  test('two columns of one name are named in the mapping step; the reader chooses', async ({
    app,
    importer,
  }) => {
    await app.open('?date=2022-03-31', { waitForMap: false });
    await importer.importFile(`${FIXTURES}/duplicate-columns.csv`);
    await expect(importer.duplicateColumns).toHaveText(
      'Columns 3, 5 are all named “latitude”: each is listed with its number; choose the one to use.',
    );
    await importer.mapColumn(/^Latitude/, 'latitude (5)');
    await importer.confirmMapping();
    await expect(importer.result).toContainText('2 events imported');
  });

  test('a 50,000-column header: a searchable list, built without a long task over 200 ms', async ({
    app,
    importer,
  }) => {
    test.setTimeout(120_000);
    await app.open('?date=2022-01-31');
    await app.map.waitForIdle();
    await importer.makeWideTable(
      'very-wide.csv',
      50_000,
      { 31337: 'when', 40000: 'lat_deg', 45000: 'lon_deg' },
      { when: ['2022-01-05', '2022-01-09'], lat_deg: ['14.2', '14.3'], lon_deg: ['-1.5', '-1.6'] },
    );
    await importer.watchLongTasks();
    await importer.chooseMadeTable();
    await importer.typeInColumnSearch('_deg');
    const tasks = await importer.longTasks();
    expect(Math.max(0, ...tasks), `long tasks (ms): ${tasks.join(', ')}`).toBeLessThan(200);
    await importer.searchColumns('when');
    await importer.mapColumn(/^Date/, 'when');
    await importer.searchColumns('_deg');
    await importer.mapColumn(/^Latitude/, 'lat_deg');
    await importer.mapColumn(/^Longitude/, 'lon_deg');
    await importer.confirmMapping();
    await expect(importer.result).toContainText('2 events imported', { timeout: 30_000 });
  });
});

test.describe('storage that cannot save', () => {
  test('said out loud, with Try again and the kept files to free space', async ({
    app,
    importer,
  }) => {
    await app.open('?date=2022-01-31', { waitForMap: false });
    await importer.importFile(`${FIXTURES}/ged-web-export.csv`);
    await expect(importer.layerItem('ged-web-export.csv')).toBeVisible();

    await importer.storageFull(true);
    await importer.importFile(`${FIXTURES}/acled-iso.csv`);
    await expect(importer.notKept('acled-iso.csv')).toContainText(
      '“acled-iso.csv” is shown now, not kept after a reload',
    );
    await importer.openKeptFiles('acled-iso.csv');
    await expect(importer.keptFiles).toContainText('ged-web-export.csv');
    await expect(importer.keptFiles).toContainText(/\d kB/);
    await importer.removeKeptFile('ged-web-export.csv');
    await expect(importer.layerItem('ged-web-export.csv')).toHaveCount(0);
    await expect(importer.keptFiles).toContainText('No file is kept on this device.');

    await importer.storageFull(false);
    await importer.tryKeepingAgain('acled-iso.csv');
    await expect(importer.notKept('acled-iso.csv')).toHaveCount(0);
    await app.reload({ waitForMap: false });
    await expect(importer.layerItem('acled-iso.csv')).toBeVisible({ timeout: 20_000 });
    await expect(importer.layerItem('ged-web-export.csv')).toHaveCount(0);
  });
});
