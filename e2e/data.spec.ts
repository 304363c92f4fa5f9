import { expect, test } from './support/fixtures';

test.describe('the dataset on the map', () => {
  test('shows French and Russian sites with a legend', async ({ app }) => {
    await app.open('?date=2022-09-01&map=4/15/5');
    expect((await app.map.sitesDrawn('france')).length).toBeGreaterThan(10);
    expect((await app.map.sitesDrawn('russia')).length).toBeGreaterThan(5);
    // Active ones in full: Niamey and Sabre for France. The Malian camps for Russia, there but
    // not confirmed since the last report that names each of them (a paler look).
    expect(await app.map.sitesDrawn('france', 'active')).toEqual(
      expect.arrayContaining(['fr-niamey', 'fr-sabre']),
    );
    expect(await app.map.sitesDrawn('russia', 'active', 'unconfirmed')).toEqual(
      expect.arrayContaining(['ru-mali-timbuktu', 'ru-mali-gao']),
    );
    await expect(app.panels.legend).toBeVisible();
    await expect(app.panels.layerToggle(/^French forces/)).toBeVisible();
    await expect(app.panels.layerToggle(/^Russian presence/)).toBeVisible();
  });

  test('a data file that fails shows its error and Retry; the rest keeps working', async ({
    app,
    watch,
  }) => {
    watch.allowConsoleError(/Failed to load resource|503/);
    const russia = await app.given.layerFails('russia');
    await app.open('?date=2022-09-01', { waitForMap: false });
    const alert = app.alert('Could not load “Russian presence”');
    await expect(alert).toBeVisible();
    // The French layer still works.
    await expect(app.panels.listItem(/Niamey/).first()).toBeVisible();
    russia.recover();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(alert).toBeHidden();
    await expect(app.panels.listItem(/Bamako/).first()).toBeVisible();
    await app.map.waitForData();
    expect((await app.map.sitesDrawn('russia', 'active')).length).toBeGreaterThan(0);
  });
});

test.describe('kinds within the layers', () => {
  test('hiding coups removes them from the map, the list and the counts, and goes in the link', async ({
    app,
  }) => {
    await app.open('?date=2022-10-15&map=4/14/3');
    expect(await app.map.eventsDrawn()).toContain('coup-bf-sep22');
    const coup = app.panels.listItem(/Burkina Faso/);
    const coupsBefore = await coup.count();
    expect(coupsBefore).toBeGreaterThan(0);
    const count = app.panels.layerCount('events');
    const before = Number((await count.textContent())?.match(/\d+/)?.[0]);
    await app.panels.showKinds();
    await app.panels.kindToggle('Events', /Coup/).uncheck();
    await expect.poll(async () => (await app.urlParams()).get('hide')).toBe('coup');
    await expect(count).not.toHaveText(`${before} shown`);
    await expect.poll(() => app.map.eventsDrawn()).not.toContain('coup-bf-sep22');
    // The link reopens with coups hidden.
    await app.open('?date=2022-10-15&map=4/14/3&hide=coup');
    const ids = await app.map.eventsDrawn();
    expect(ids).not.toContain('coup-bf-sep22');
    expect(ids.length).toBeGreaterThan(0);
  });
});
