import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium';
import { MapApp } from './support/app';
import { expect, test } from './support/browser';

// Launch options force a browser of their own, so they are set for the whole file.
test.use({
  launchOptions: {
    executablePath: findChromium() ?? undefined,
    args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'],
  },
});

test.describe('without WebGL', () => {
  test('says the map cannot be drawn and still offers the list, timeline, search and details', async ({
    page,
  }) => {
    const app = new MapApp(page);
    await app.open('?date=2021-06-01', { waitForMap: false });
    await expect(page.getByRole('alert').filter({ hasText: 'WebGL is unavailable' })).toBeVisible();
    await expect(app.listItem(/Kidal/).first()).toContainText('active');
    await app.openFromList(/Kidal/);
    await expect(app.details.getByRole('heading', { level: 2 })).toHaveText(/Kidal/);
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Search places and events' }).fill('gao');
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.getByRole('button', { name: 'Timeline' }).click();
    await expect(
      page.getByRole('region', { name: 'Timeline' }).getByRole('listitem').first(),
    ).toBeVisible();
  });
});
