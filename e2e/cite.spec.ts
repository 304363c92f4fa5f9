import { readFileSync } from 'node:fs';
import { changedSince, changelogSchema, latestRelease } from '../src/data/changelog';
import { test } from './support/cite-driver';
import { expect } from './support/fixtures';

const log = changelogSchema.parse(JSON.parse(readFileSync('data/changelog.json', 'utf8')));
const current = latestRelease(log)?.version ?? '';

test.describe('cite it, correct it, reuse it', () => {
  test('a link made with an older version says how many records changed since, and lists them', async ({
    app,
    cite,
  }) => {
    const since = changedSince(log, '2026-12-01');
    expect(since.length).toBeGreaterThan(10);
    await app.open('?date=2022-09-01&lang=en&v=2026-12-01');
    await expect(cite.versionNotice).toContainText(
      `${since.length} records have changed since this link was made`,
    );
    await expect(cite.versionNotice).toContainText(`version 2026-12-01 of the record`);
    await expect(cite.versionNotice.getByRole('listitem').first()).toBeVisible();
    // The map shows the current record, and the address names its version.
    expect((await app.urlParams()).get('v')).toBe(current);
    await cite.versionNotice.getByRole('button', { name: 'See what changed' }).click();
    await expect(cite.aboutDialog.getByTestId('release').first()).toContainText(
      `Version ${current}`,
    );
  });

  test('a link of the current version shows no notice; the page says the data’s version and date', async ({
    app,
    cite,
  }) => {
    await app.open(`?date=2022-09-01&lang=fr&v=${current}`);
    await expect(cite.dataAsOf).toContainText(`version ${current}`);
    await expect(cite.versionNotice).toHaveCount(0);
    await cite.openAbout();
    await expect(cite.aboutDialog).toContainText('CC BY 4.0');
    await expect(cite.aboutDialog).toContainText('MIT');
  });

  test('a record’s details offer a correction by mail naming its id, and archived copies of each source', async ({
    app,
    cite,
  }) => {
    await app.open('?date=2022-09-01&site=fr-gao&lang=en');
    const href = (await cite.correctionLink.getAttribute('href')) ?? '';
    expect(href).toMatch(/^mailto:[^?]+@[^?]+\?subject=/);
    const body = decodeURIComponent(href);
    expect(body).toContain('Correction: fr-gao (start_date)');
    expect(body).toContain('site=fr-gao');
    expect(body).toContain(`v=${current}`);
    await expect(cite.correctionLink).toHaveText('Email the correction for fr-gao');
    const archived = await cite.archivedLinks.first().getAttribute('href');
    expect(archived).toMatch(/^https:\/\/web\.archive\.org\/web\/\*\/https?:\/\//);
    // Its history: the first release corrected or changed it.
    await cite.openHistory();
    await expect(app.panels.details.getByTestId('history-entry').first()).toBeVisible();
    // (The fixture's watch fails the test if anything was requested from the archive.)
  });

  test('the PNG of a map with an imported UCDP file credits it in the caption it draws', async ({
    app,
    importer,
    cite,
  }) => {
    await cite.recordCanvasText();
    await app.open('?date=2021-06-01&lang=en');
    await importer.importFile('src/import/parse/fixtures/ged-web-export.csv');
    await expect(importer.attribution).toHaveText('Data: UCDP GED, CC BY 4.0');
    const file = await app.share.download(/Download image/);
    expect(file.name).toBe(`sahel-security-map-2021-06-01-data-${current}.png`);
    const text = await cite.drawnText();
    expect(text).toContain('Data: UCDP GED, CC BY 4.0');
    expect(text.some((line) => line.startsWith('Data as of') && line.includes(current))).toBe(true);
  });

  test('an embed in a 320 px host page fits its width and reports its height', async ({
    app,
    cite,
  }) => {
    await app.open('?date=2022-09-01&lang=fr');
    const { loader, plain } = await cite.embedSnippets();
    expect(plain).toContain(`v=${current}`);
    expect(loader.startsWith(plain)).toBe(true);
    const hosted = await cite.hostEmbed(loader, 320);
    expect(hosted.hostScrollsSideways).toBe(false);
    expect(hosted.embedScrollsSideways).toBe(false);
    const last = hosted.reported.at(-1) ?? 0;
    expect(last).toBeGreaterThan(250);
    expect(last).toBeLessThan(560);
    expect(Math.round(hosted.iframeHeight)).toBe(Math.ceil(last));
  });

  test('the GeoJSON export carries the version, the licence and the credit', async ({ app }) => {
    await app.open('?date=2022-09-01&lang=en');
    const file = await app.share.download(/GeoJSON/);
    expect(file.name).toBe(`sahel-security-map-2022-09-01-data-${current}.geojson`);
    const json = JSON.parse(file.bytes.toString('utf8'));
    expect(json.version).toBe(current);
    expect(json.licence).toMatchObject({ name: 'CC-BY-4.0' });
    expect(json.attribution).toContain('CC BY 4.0');
    expect(json.features.length).toBeGreaterThan(0);
  });
});
