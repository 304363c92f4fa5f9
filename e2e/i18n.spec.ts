import { expect, test } from './support/fixtures';

test.describe('French and English', () => {
  test('a French link opens in French: texts, date format, <html lang>, map label', async ({
    app,
  }) => {
    await app.open('?date=2021-12-14&lang=fr&map=4/14/10');
    await expect(app.document).toHaveAttribute('lang', 'fr');
    expect(await app.title()).toBe('Carte sécuritaire du Sahel');
    await expect(app.panels.onThisDate('À cette date')).toBeVisible();
    await expect(app.timeline.slider).toHaveAttribute('aria-valuetext', '14\u00a0décembre 2021');
    await expect(app.panels.listItem(/Tombouctou/).first()).toContainText('départ le 14 déc. 2021');
    expect(await app.map.namesDrawn(['countries'], 'fr')).toContain('Tchad');
  });

  test('English by default for an English browser, with English labels', async ({ app }) => {
    await app.open('?date=2021-12-14&map=4/14/10');
    await expect(app.document).toHaveAttribute('lang', 'en');
    await expect(app.panels.onThisDate('On this date')).toBeVisible();
    await expect(app.timeline.slider).toHaveAttribute('aria-valuetext', '14 December 2021');
    await expect(app.panels.listItem(/Timbuktu/).first()).toContainText('vacated 14 Dec 2021');
  });

  test('switching language relabels the map, rivers and lakes too, without reloading', async ({
    app,
  }) => {
    await app.open('?date=2021-12-14&map=5/13/14&lang=en');
    await app.markPage();
    await app.switchLanguage();
    await expect(app.document).toHaveAttribute('lang', 'fr');
    await expect(app.panels.onThisDate('À cette date')).toBeVisible();
    expect(await app.pageWasKept()).toBe(true);
    for (const names of ['countries', 'lakes', 'rivers', 'france sites'] as const) {
      await expect.poll(() => app.map.nameField(names)).toMatch(/(name|label)_fr/);
    }
    // Lake Chad, drawn in French.
    await expect.poll(() => app.map.namesDrawn(['lakes'], 'fr')).toContain('Lac Tchad');
    const params = await app.urlParams();
    expect(params.get('lang')).toBe('fr');
    expect(params.get('date')).toBe('2021-12-14');
  });
});

test.describe('French browser', () => {
  test.use({ locale: 'fr-FR' });
  test('opens in French when the link has no lang', async ({ app }) => {
    await app.open('?date=2021-06-01');
    await expect(app.document).toHaveAttribute('lang', 'fr');
    await expect(app.timeline.slider).toHaveAttribute('aria-valuetext', '1er\u00a0juin 2021');
  });
});
