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
    await expect(app.listItem(/Kidal/).first()).toContainText('active');
    await app.openFromList(/Kidal/);
    await expect(app.detailsTitle).toHaveText(/Kidal/);
    await app.press('Escape');
    await app.getByRole('combobox', { name: 'Search places and events' }).fill('gao');
    await expect(app.getByRole('option').first()).toBeVisible();
    await app.getByRole('button', { name: 'Timeline' }).click();
    await expect(
      app.getByRole('region', { name: 'Timeline' }).getByRole('listitem').first(),
    ).toBeVisible();
  });
});
