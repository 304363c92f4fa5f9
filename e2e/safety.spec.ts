import { expect, test } from './support/fixtures';

test.describe('safe by default', () => {
  test('text from the data is shown as text, never as HTML', async ({ app }) => {
    const attack = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    await app.given.recordChanged('events', 'dip-diop-lavrov', (p) => {
      p['name:en'] = `Talks ${attack}`;
      p['description:en'] = attack;
    });
    const dialogs = app.countDialogs();
    await app.open('?date=2021-11-11&site=dip-diop-lavrov');
    await expect(app.panels.detailsTitle).toContainText('<img src=x');
    await expect(app.panels.details).toContainText('<script>window.__xss=2</script>');
    expect(await app.panels.details.locator('img, script').count()).toBe(0);
    expect(await app.injectedScriptRan()).toBe(false);
    expect(dialogs.count).toBe(0);
  });

  test('a javascript: source link is rejected: that record is left out and named, the rest works', async ({
    app,
  }) => {
    await app.given.recordChanged('events', 'dip-diop-lavrov', (p) => {
      p.sources = [{ url: 'javascript:alert(1)', publisher: 'Evil' }];
    });
    await app.open('?date=2021-11-11', { waitForMap: false });
    await expect(
      app.alert(
        'One record of “Events” has an invalid source link and is not shown: dip-diop-lavrov.',
      ),
    ).toBeVisible();
    expect(await app.getByRole('link', { name: 'Evil' }).count()).toBe(0);
    await expect(app.panels.listItem(/Gao/).first()).toBeVisible();
  });
});
