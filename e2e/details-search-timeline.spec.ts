import AxeBuilder from '@axe-core/playwright';
import { MapApp, type MapHandle } from './support/app';
import { expect, test } from './support/browser';

test.describe('site details, search and timeline', () => {
  test('open Timbuktu from the map, read its sources, follow the hand-over to the Russians', async ({
    page,
  }) => {
    const app = new MapApp(page);
    await app.open('?date=2021-11-11&map=7/16.73/-3.0&layers=france');
    const point = await page.evaluate(() => {
      const map = (
        window as unknown as {
          __sahelMap: MapHandle & { project(c: [number, number]): { x: number; y: number } };
        }
      ).__sahelMap;
      return map.project([-3.0075, 16.7306]);
    });
    const box = await app.map.boundingBox();
    await page.mouse.click((box?.x ?? 0) + point.x, (box?.y ?? 0) + point.y);
    const details = app.details;
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(/Timbuktu/);
    await expect(details.getByTestId('details-period')).toHaveText(
      '27 January 2013 to 14 December 2021',
    );
    await expect(details.getByTestId('details-status')).toHaveText('active');
    const source = details.getByRole('link', { name: 'Africanews' });
    await expect(source).toHaveAttribute('target', '_blank');
    await expect(source).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(source).toHaveAttribute('href', /^https:\/\/www\.africanews\.com\//);
    await details.getByRole('button', { name: /Hand-over to/ }).click();
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(/Timbuktu/);
    await expect.poll(async () => (await app.search()).get('site')).toBe('ru-mali-timbuktu');
    // The Russian presence was not there on 11 Nov 2021: the slider moved into its period.
    await expect(app.slider).toHaveAttribute('aria-valuetext', '6 January 2022');
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();
  });

  test('search finds Tombouctou without accents and opens it with the keyboard', async ({
    page,
  }) => {
    const app = new MapApp(page);
    await app.open('?date=2021-06-01');
    const box = page.getByRole('combobox', { name: 'Search places and events' });
    await box.fill('tombouctou');
    await expect(page.getByRole('option').first()).toBeVisible();
    await box.press('Enter');
    await expect(app.details.getByRole('heading', { level: 2 })).toHaveText(/Timbuktu/);
    await box.fill('menaka');
    await expect(page.getByRole('option', { name: /Ménaka/ }).first()).toBeVisible();
  });

  test('a site with an uncertain date says so in words', async ({ page }) => {
    const app = new MapApp(page);
    await app.open('?date=2021-06-01&site=fr-kidal');
    await expect(app.details.getByTestId('details-period')).toHaveText(
      '29 January 2013 to October 2021 — exact day unknown',
    );
    await app.open('?date=2021-06-01&site=fr-menaka');
    await expect(app.details.getByTestId('details-period')).toContainText('2018 to 13 June 2022');
  });

  test('walk the timeline: entries follow the slider, a click sets the date and selects', async ({
    page,
  }) => {
    const app = new MapApp(page);
    await app.open('?date=2021-12-14');
    await page.getByRole('button', { name: 'Timeline' }).click();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const current = timeline.locator('[aria-current="date"]');
    await expect(current.first()).toContainText('Timbuktu');
    await timeline
      .getByRole('button', { name: /Gossi.*: ends/ })
      .first()
      .click();
    await expect(app.slider).toHaveAttribute('aria-valuetext', '19 April 2022');
    await expect(app.details.getByRole('heading', { level: 2 })).toHaveText(/Gossi/);
  });

  test('has no serious or critical accessibility violation (list, details, timeline)', async ({
    page,
  }) => {
    test.slow(); // three full axe scans of a large page in software rendering
    const app = new MapApp(page);
    await app.open('?date=2021-11-11');
    const scan = async () => {
      const result = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    expect(await scan()).toEqual([]);
    await app.openFromList(/^Gao/);
    expect(await scan()).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Timeline' }).click();
    expect(await scan()).toEqual([]);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 780 }, hasTouch: true, isMobile: true });

  test('the panel is a bottom sheet below a usable map, with 44 px touch targets', async ({
    page,
  }) => {
    const app = new MapApp(page);
    await app.open('?date=2021-06-01');
    const map = await app.map.boundingBox();
    const side = await page.locator('.side').boundingBox();
    expect(map && side && side.y >= map.y + map.height - 1).toBe(true);
    expect(map?.height ?? 0).toBeGreaterThan(250);
    await app.listItem(/Kidal/).getByRole('button').tap();
    await expect(app.details.getByRole('heading', { level: 2 })).toHaveText(/Kidal/);
    for (const button of await page.locator('.slider-buttons button, .details .close').all()) {
      const b = await button.boundingBox();
      expect(b?.height ?? 0).toBeGreaterThanOrEqual(44);
      expect(b?.width ?? 0).toBeGreaterThanOrEqual(44);
    }
    await app.slider.tap();
    await expect(app.slider).not.toHaveAttribute('aria-valuetext', '1 June 2021');
  });
});
