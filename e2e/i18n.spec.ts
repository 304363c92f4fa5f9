import { MapApp } from './support/app';
import { expect, test } from './support/browser';

test.describe('French and English', () => {
  test('a French link opens in French: texts, date format, <html lang>, map label', async ({
    page,
  }) => {
    const app = new MapApp(page);
    await app.open('?date=2021-12-14&lang=fr&map=4/14/10');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page).toHaveTitle('Carte sécuritaire du Sahel');
    await expect(app.onThisDate('À cette date')).toBeVisible();
    await expect(app.slider).toHaveAttribute('aria-valuetext', '14 décembre 2021');
    await expect(app.listItem(/Tombouctou/).first()).toContainText('quittée le 14 déc. 2021');
    const countries = (await app.renderedProps(['country-labels'])).map((p) => String(p.name_fr));
    expect(countries).toContain('Tchad');
  });

  test('English by default for an English browser, with English labels', async ({ page }) => {
    const app = new MapApp(page);
    await app.open('?date=2021-12-14&map=4/14/10');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(app.onThisDate('On this date')).toBeVisible();
    await expect(app.slider).toHaveAttribute('aria-valuetext', '14 December 2021');
    await expect(app.listItem(/Timbuktu/).first()).toContainText('vacated 14 Dec 2021');
  });

  test('switching language relabels the map without reloading it or losing the view', async ({
    page,
  }) => {
    const app = new MapApp(page);
    await app.open('?date=2021-12-14&map=4/14/10&lang=en');
    await page.evaluate(() => {
      (window as unknown as { __marker: number }).__marker = 42;
    });
    await page.getByRole('button', { name: 'Lire en français' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(app.onThisDate('À cette date')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(
      42,
    );
    await expect
      .poll(async () => {
        await app.waitForMapIdle();
        return page.evaluate(() => {
          const map = (
            window as unknown as {
              __sahelMap: { getLayoutProperty(l: string, p: string): unknown };
            }
          ).__sahelMap;
          return JSON.stringify(map.getLayoutProperty('country-labels', 'text-field'));
        });
      })
      .toContain('name_fr');
    const params = await app.search();
    expect(params.get('lang')).toBe('fr');
    expect(params.get('date')).toBe('2021-12-14');
  });
});

test.describe('French browser', () => {
  test.use({ locale: 'fr-FR' });
  test('opens in French when the link has no lang', async ({ page }) => {
    const app = new MapApp(page);
    await app.open('?date=2021-06-01');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(app.slider).toHaveAttribute('aria-valuetext', '1 juin 2021');
  });
});
