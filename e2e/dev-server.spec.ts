import { expect, test } from './support/dev-server';

// `npm start` serves modules unbundled: what the production build inlines or reorders is
// evaluated here as written, so an initialisation-order slip shows up as a blank page.
test.describe('the dev server (npm start)', () => {
  test('shows the map with its data and the "On this date" list, with no page error', async ({
    app,
  }) => {
    await app.open('?date=2021-06-01&lang=en');
    await expect(app.panels.listItem(/Timbuktu/).first()).toContainText('active');
    expect((await app.map.sitesDrawn('france', 'active')).length).toBeGreaterThan(0);
  });

  test('a module that throws as it loads gives a "could not start" screen, not a blank page', async ({
    app,
    watch,
  }) => {
    // The broken module's own errors (it throws, or its importers miss its exports).
    watch.allowConsoleError(/^pageerror: |could not start/);
    await app.given.moduleThrows('/src/state/view-store.ts');
    await app.open('?lang=fr', { waitForMap: false });
    const screen = app.alert('La carte n’a pas pu démarrer');
    await expect(screen).toBeVisible();
    await expect(screen.getByRole('button', { name: 'Recharger' })).toBeVisible();
  });
});
