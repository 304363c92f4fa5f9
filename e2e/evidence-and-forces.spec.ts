import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';

test.describe('every date with its evidence', () => {
  test('a site’s details say what each source states for its start and its end', async ({
    app,
  }) => {
    await app.open('?site=fr-gao&lang=en', { waitForMap: false });
    const start = app.panels.detailsEvidence('start_date');
    await expect(start).toContainText(/Start: 26 Jan(uary)? 2013/);
    await expect(start.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
    await expect(app.panels.detailsEvidence('end_date')).toContainText(/End: 15 Aug(ust)? 2022/);
  });

  test('on 10 January 2022 the Russian presence at Timbuktu is there, with its last report, not in doubt', async ({
    app,
  }) => {
    await app.open('?date=2022-01-10&lang=en', { waitForMap: false });
    const timbuktu = app.panels.group(/Russia/).filter({ hasText: /Timbuktu/ });
    await expect(timbuktu).toContainText('active');
    await expect(timbuktu).not.toContainText('not confirmed');
    await timbuktu.click();
    await expect(app.panels.detailsPeriod).toContainText('last reported');
  });

  test('a link that names a merged record’s old id opens the merged record', async ({ app }) => {
    await app.open('?site=fr-tabare-bare&lang=en', { waitForMap: false });
    await expect(app.panels.detailsTitle).toContainText('Ayorou');
    await expect.poll(async () => (await app.urlParams()).get('site')).toBe('fr-ayorou');
  });
});

const actors = (
  JSON.parse(readFileSync('data/actors.json', 'utf8')) as {
    actors: { id: string; file?: string; 'layer:fr'?: string; 'layer:en'?: string }[];
  }
).actors.filter((a) => a.file);

test.describe('every foreign force on the slider', () => {
  test('search "Agadez" lists the US air base, there in June 2024 and vacated by October', async ({
    app,
  }) => {
    await app.open('?date=2024-06-01&lang=en', { waitForMap: false });
    await app.panels.search.fill('Agadez');
    const base = app.panels.searchResults(/Air Base 201/).first();
    await expect(base).toBeVisible();
    await base.click();
    await expect(app.panels.detailsStatus).toHaveText('active');
    await app.open('?date=2024-10-01&site=us-niger-agadez&lang=en', { waitForMap: false });
    await expect(app.panels.detailsStatus).toContainText('vacated');
  });

  test('a layers=us,un link keeps its layers', async ({ app }) => {
    await app.open('?layers=us,un&lang=en', { waitForMap: false });
    await expect(app.panels.layerToggle('US forces')).toBeChecked();
    await expect(app.panels.layerToggle('UN peacekeepers (MINUSMA)')).toBeChecked();
    await expect(app.panels.layerToggle('French forces')).not.toBeChecked();
    expect((await app.urlParams()).get('layers')).toBe('us,un');
  });

  test('the Layers panel names every actor, in English and in French', async ({ app }) => {
    await app.open('?lang=en', { waitForMap: false });
    for (const a of actors)
      await expect(app.panels.layerToggle(a['layer:en'] ?? '')).toBeAttached();
    await app.switchLanguage();
    for (const a of actors)
      await expect(app.panels.layerToggle(a['layer:fr'] ?? '')).toBeAttached();
  });
});
