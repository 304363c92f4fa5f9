import { expect, test } from './support/fixtures';

/** Where the French Timbuktu camp is drawn (data/france.geojson). */
const TIMBUKTU: [number, number] = [-3.0075, 16.7306];

test.describe('site details, search and timeline', () => {
  test('open Timbuktu from the map, read its sources, follow the hand-over to the Russians', async ({
    app,
  }) => {
    await app.open('?date=2021-11-11&map=7/16.73/-3.0&layers=france');
    await app.map.click(TIMBUKTU);
    const { details } = app.panels;
    await expect(app.panels.detailsTitle).toHaveText(/Timbuktu/);
    await expect(app.panels.detailsPeriod).toHaveText(
      'from some time between 27 and 28 January 2013 to 14 December 2021 — exact day unknown',
    );
    await expect(app.panels.detailsStatus).toHaveText('active');
    // Named in the dates' evidence and again in the sources.
    const source = details.getByRole('link', { name: 'Africanews' }).first();
    await expect(source).toHaveAttribute('target', '_blank');
    await expect(source).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(source).toHaveAttribute('href', /^https:\/\/www\.africanews\.com\//);
    await details.getByRole('button', { name: /Hand-over to/ }).click();
    await expect(app.panels.detailsTitle).toHaveText(/Timbuktu/);
    await expect.poll(async () => (await app.urlParams()).get('site')).toBe('ru-mali-timbuktu');
    // The Russian presence was not there on 11 Nov 2021: the slider moved into its period.
    await expect(app.timeline.slider).toHaveAttribute('aria-valuetext', '6 January 2022');
    await app.press('Escape');
    await expect(details).toBeHidden();
  });

  test('search finds Tombouctou without accents and opens it with the keyboard', async ({
    app,
  }) => {
    await app.open('?date=2021-06-01');
    const box = app.panels.search;
    await box.fill('tombouctou');
    await expect(app.panels.searchResults().first()).toBeVisible();
    await box.press('Enter');
    await expect(app.panels.detailsTitle).toHaveText(/Timbuktu/);
    await box.fill('menaka');
    await expect(app.panels.searchResults(/Ménaka/).first()).toBeVisible();
  });

  test('a site with an uncertain date says so in words', async ({ app }) => {
    await app.open('?date=2021-06-01&site=fr-kidal');
    await expect(app.panels.detailsPeriod).toHaveText(
      '29 January 2013 to October 2021 — exact day unknown',
    );
    await app.open('?date=2021-06-01&site=fr-menaka');
    await expect(app.panels.detailsPeriod).toContainText('2018 to 13 June 2022');
  });

  test('walk the timeline: entries follow the slider, a click sets the date and selects', async ({
    app,
  }) => {
    await app.open('?date=2021-12-14');
    await app.timeline.show();
    await expect(app.timeline.current.first()).toContainText('Timbuktu');
    await app.timeline.entry(/Gossi forward base.*: ends/).click();
    await expect(app.timeline.slider).toHaveAttribute('aria-valuetext', '19 April 2022');
    await expect(app.panels.detailsTitle).toHaveText(/Gossi/);
  });

  test('has no serious or critical accessibility violation (list, details, timeline)', async ({
    app,
  }) => {
    test.slow(); // three full axe scans of a large page in software rendering
    await app.open('?date=2021-11-11');
    const scan = () => app.accessibilityViolations();
    expect(await scan()).toEqual([]);
    await app.panels.openFromList(/^Gao/);
    expect(await scan()).toEqual([]);
    await app.press('Escape');
    await app.timeline.show();
    expect(await scan()).toEqual([]);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 780 }, hasTouch: true, isMobile: true });

  test('the panel is a bottom sheet below a usable map, with 44 px touch targets', async ({
    app,
  }) => {
    await app.open('?date=2021-06-01');
    const map = await app.map.box();
    const side = await app.panels.sidePanel.boundingBox();
    expect(side?.y ?? 0, 'the panel starts below the map').toBeGreaterThanOrEqual(
      map.y + map.height - 1,
    );
    expect(map.height, 'the map takes half the screen').toBeGreaterThanOrEqual(780 / 2);
    await app.panels
      .listItem(/Kidal \(French base/)
      .getByRole('button')
      .tap();
    await expect(app.panels.detailsTitle).toHaveText(/Kidal/);
    const buttons = [
      ...(await app.timeline.controls.getByRole('button').all()),
      app.panels.details.getByRole('button', { name: 'Close' }),
    ];
    for (const button of buttons) {
      const b = await button.boundingBox();
      expect(b?.height ?? 0).toBeGreaterThanOrEqual(44);
      expect(b?.width ?? 0).toBeGreaterThanOrEqual(44);
    }
    await app.timeline.slider.tap();
    await expect(app.timeline.slider).not.toHaveAttribute('aria-valuetext', '1 June 2021');
  });
});
