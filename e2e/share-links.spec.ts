import { MapApp } from './support/app';
import { expect, test } from './support/browser';

test.describe('share links', () => {
  test('a view set through the UI reopens the same in a fresh page', async ({ page, context }) => {
    test.slow(); // two full loads of the app and a dozen UI steps, in software rendering
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const app = new MapApp(page);
    await app.open('?date=2021-11-01');
    await app.pressOnSlider('ArrowRight', 10); // 11 November 2021
    await app.openFromList(/^Gao/);
    await expect(app.details.getByRole('heading', { level: 2 })).toContainText('Gao');
    await page.getByRole('checkbox', { name: /^Events/ }).uncheck();
    await page.getByRole('button', { name: 'Lire en français' }).click();
    await page.getByRole('button', { name: 'Partager', exact: true }).click();
    await page.getByRole('button', { name: 'Copier le lien' }).click();
    await expect(page.getByText('Lien copié')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const url = new URL(link);
    expect(url.searchParams.get('date')).toBe('2021-11-11');
    expect(url.searchParams.get('site')).toBe('fr-gao');
    expect(url.searchParams.get('layers')).toBe('france,russia,moves');
    expect(url.searchParams.get('lang')).toBe('fr');
    const camera = url.searchParams.get('map');
    expect(camera).toMatch(/^\d+(\.\d+)?\/-?\d+(\.\d+)?\/-?\d+(\.\d+)?$/);

    const fresh = await context.newPage();
    const other = new MapApp(fresh);
    await fresh.goto(link);
    await other.waitForMapIdle();
    await expect(fresh.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(other.slider).toHaveAttribute('aria-valuetext', '11 novembre 2021');
    await expect(other.details.getByRole('heading', { level: 2 })).toContainText('Gao');
    await expect(fresh.getByRole('checkbox', { name: /^Événements/ })).not.toBeChecked();
    const [zoom, lat, lon] = (camera ?? '').split('/').map(Number);
    const reopened = await fresh.evaluate(() => {
      const map = (
        window as unknown as {
          __sahelMap: { getZoom(): number; getCenter(): { lat: number; lng: number } };
        }
      ).__sahelMap;
      return { zoom: map.getZoom(), ...map.getCenter() };
    });
    expect(reopened.zoom).toBeCloseTo(zoom ?? 0, 1);
    expect(reopened.lat).toBeCloseTo(lat ?? 0, 2);
    expect(reopened.lng).toBeCloseTo(lon ?? 0, 2);
  });

  test('Back and Forward walk through selections', async ({ page }) => {
    const app = new MapApp(page);
    await app.open('?date=2021-06-01');
    await app.openFromList(/Kidal/);
    await expect.poll(async () => (await app.search()).get('site')).toBe('fr-kidal');
    await page.keyboard.press('Escape');
    await app.openFromList(/Tessalit/);
    await expect.poll(async () => (await app.search()).get('site')).toBe('fr-tessalit');
    await page.goBack();
    await expect.poll(async () => (await app.search()).get('site')).toBeNull();
    await expect(app.details).toBeHidden();
    await page.goBack();
    await expect.poll(async () => (await app.search()).get('site')).toBe('fr-kidal');
    await expect(app.details.getByRole('heading', { level: 2 })).toContainText('Kidal');
    await page.goForward();
    await page.goForward();
    await expect(app.details.getByRole('heading', { level: 2 })).toContainText('Tessalit');
  });

  const bad: [string, string, RegExp][] = [
    ['date=2021-13-45', '&map=5/16/0', /“date=2021-13-45” is not valid/],
    ['map=abc', '&date=2021-06-01', /“map=abc” is not valid/],
    ['site=does-not-exist', '&date=2021-06-01', /No record is called “does-not-exist”/],
    ['layers=france,nope', '&date=2021-06-01', /Layer “nope” does not exist/],
    ['lang=xx', '&date=2021-06-01', /Language “xx” is not available/],
    ['date=1990-01-01', '', /The date 1990-01-01 is outside the data/],
  ];
  for (const [param, rest, message] of bad) {
    test(`a link with ${param} opens with a notice and the rest applied`, async ({ page }) => {
      const app = new MapApp(page);
      await app.open(`?${param}${rest}&utm_source=newsletter`);
      const notice = page.getByTestId('link-notice');
      await expect(notice).toContainText(message);
      if (rest.includes('date=2021-06-01')) {
        await expect(app.slider).toHaveAttribute('aria-valuetext', '1 June 2021');
      }
      await expect(app.onThisDate()).toBeVisible();
      expect((await app.search()).get('utm_source')).toBe('newsletter');
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await expect(notice).toBeHidden();
    });
  }

  test('a link to a site without a date moves the slider into its period', async ({ page }) => {
    const app = new MapApp(page);
    await app.open('?site=fr-timbuktu');
    await expect(app.details.getByTestId('details-status')).toHaveText('active');
    await expect(app.slider).toHaveAttribute('aria-valuetext', '13 December 2021');
  });
});
