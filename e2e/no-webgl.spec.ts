import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium';
import { expect, test } from './support/fixtures';

// Launch options force a browser of their own, so they are set for the whole file.
test.use({
  launchOptions: {
    executablePath: findChromium() ?? undefined,
    args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'],
  },
});

test.describe('without WebGL', () => {
  test('says the map cannot be drawn and still offers the list, timeline, search and details', async ({
    app,
  }) => {
    await app.open('?date=2021-06-01', { waitForMap: false });
    await expect(app.alert('WebGL is unavailable')).toBeVisible();
    await expect(app.panels.listItem(/Kidal/).first()).toContainText('active');
    await app.panels.openFromList(/Kidal/);
    await expect(app.panels.detailsTitle).toHaveText(/Kidal/);
    await app.press('Escape');
    await app.panels.search.fill('gao');
    await expect(app.panels.searchResults().first()).toBeVisible();
    await app.timeline.show();
    await expect(app.timeline.entries.getByRole('listitem').first()).toBeVisible();
  });
});
