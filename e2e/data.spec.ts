import { MapApp } from './support/app';
import { expect, test } from './support/browser';

test.describe('the dataset on the map', () => {
  test('shows French and Russian sites with a legend', async ({ page }) => {
    const app = new MapApp(page);
    await app.open('?date=2022-09-01&map=4/15/5');
    const drawn = (actor: string) =>
      app.renderedCount([`${actor}-sites`, `${actor}-sites-uncertain`, `${actor}-sites-ended`]);
    expect(await drawn('france')).toBeGreaterThan(10);
    expect(await drawn('russia')).toBeGreaterThan(5);
    // Active ones in full: Niamey, Ouallam and Sabre for France, the Malian camps for Russia.
    expect(await app.renderedIds(['france-sites'])).toEqual(
      expect.arrayContaining(['fr-niamey', 'fr-ouallam', 'fr-sabre']),
    );
    expect(await app.renderedIds(['russia-sites'])).toEqual(
      expect.arrayContaining(['ru-mali-timbuktu', 'ru-mali-gao']),
    );
    await expect(page.getByRole('list', { name: 'Legend' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /^French forces/ })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /^Russian presence/ })).toBeVisible();
  });

  test('a data file that fails shows its error and Retry; the rest keeps working', async ({
    page,
    watch,
  }) => {
    watch.allowConsoleError(/Failed to load resource|503/);
    let fail = true;
    await page.route('**/russia-*.geojson', (route) =>
      fail ? route.fulfill({ status: 503, body: 'down' }) : route.fallback(),
    );
    const app = new MapApp(page);
    await app.open('?date=2022-09-01');
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load “Russian presence”' });
    await expect(alert).toBeVisible();
    // The French layer still works.
    await expect(app.listItem(/Niamey/)).toBeVisible();
    expect(await app.renderedCount(['france-sites'])).toBeGreaterThan(0);
    fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(alert).toBeHidden();
    await expect(app.listItem(/Bamako/)).toBeVisible();
  });
});

test.describe('kinds within the layers', () => {
  test('hiding coups removes them from the map, the list and the counts, and goes in the link', async ({
    page,
  }) => {
    const app = new MapApp(page);
    await app.open('?date=2022-10-15&map=4/14/3');
    expect(await app.renderedIds(['events-points'])).toContain('coup-bf-sep22');
    await expect(app.onThisDate()).toContainText('Burkina Faso coup (September 2022)');
    const count = page.getByTestId('count-events');
    const before = Number((await count.textContent())?.match(/\d+/)?.[0]);
    await page.getByText('Kinds', { exact: true }).click();
    await page
      .getByRole('group', { name: 'Events' })
      .getByRole('checkbox', { name: /Coup/ })
      .uncheck();
    await expect.poll(async () => (await app.search()).get('hide')).toBe('coup');
    await expect(app.onThisDate()).not.toContainText('Burkina Faso coup (September 2022)');
    await expect(count).toHaveText(`${before - 1} shown`);
    await expect.poll(() => app.renderedIds(['events-points'])).not.toContain('coup-bf-sep22');
    // The link reopens with coups hidden.
    await app.open('?date=2022-10-15&map=4/14/3&hide=coup');
    expect(await app.renderedIds(['events-points'])).not.toContain('coup-bf-sep22');
    expect(await app.renderedIds(['events-points']).then((ids) => ids.length)).toBeGreaterThan(0);
  });
});
