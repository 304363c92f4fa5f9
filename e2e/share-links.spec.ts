import { LAYER_IDS } from '../src/data/schema';
import { expect, test } from './support/fixtures';

test.describe('share links', () => {
  test('a view set through the UI reopens the same in a fresh page', async ({ app }) => {
    test.slow(); // two full loads of the app and a dozen UI steps, in software rendering
    await app.allowClipboard();
    await app.open('?date=2021-11-01');
    await app.timeline.pressOnSlider('ArrowRight', 10);
    await expect(app.timeline.slider).toHaveAttribute('aria-valuetext', '11 November 2021');
    await app.panels.openFromList(/Gao/);
    await expect(app.panels.detailsTitle).toContainText('Gao');
    await app.panels.layerToggle(/^Events/).uncheck();
    await app.switchLanguage();
    await app.share.copyLink();
    const link = await app.clipboard();
    const url = new URL(link);
    expect(url.searchParams.get('date')).toBe('2021-11-11');
    expect(url.searchParams.get('site')).toBe('fr-gao');
    // Every layer but the events, each actor's included (actors are data).
    expect(url.searchParams.get('layers')).toBe(LAYER_IDS.filter((l) => l !== 'events').join(','));
    expect(url.searchParams.get('lang')).toBe('fr');
    const camera = url.searchParams.get('map');
    expect(camera).toMatch(/^\d+(\.\d+)?\/-?\d+(\.\d+)?\/-?\d+(\.\d+)?$/);

    const other = await app.openInNewPage(link);
    await expect(other.document).toHaveAttribute('lang', 'fr');
    await expect(other.timeline.slider).toHaveAttribute('aria-valuetext', '11\u00a0novembre 2021');
    await expect(other.panels.detailsTitle).toContainText('Gao');
    await expect(other.panels.layerToggle(/^Événements/)).not.toBeChecked();
    const [zoom, lat, lon] = (camera ?? '').split('/').map(Number);
    const reopened = await other.map.camera();
    expect(reopened.zoom).toBeCloseTo(zoom ?? 0, 1);
    expect(reopened.lat).toBeCloseTo(lat ?? 0, 2);
    expect(reopened.lon).toBeCloseTo(lon ?? 0, 2);
  });

  test('Back and Forward walk through selections', async ({ app }) => {
    const site = async () => (await app.urlParams()).get('site');
    await app.open('?date=2021-06-01');
    await app.panels.openFromList(/Kidal/);
    await expect.poll(site).toBe('fr-kidal');
    await app.press('Escape');
    await app.panels.openFromList(/Tessalit/);
    await expect.poll(site).toBe('fr-tessalit');
    await app.back();
    await expect.poll(site).toBeNull();
    await expect(app.panels.details).toBeHidden();
    await app.back();
    await expect.poll(site).toBe('fr-kidal');
    await expect(app.panels.detailsTitle).toContainText('Kidal');
    await app.forward();
    await app.forward();
    await expect(app.panels.detailsTitle).toContainText('Tessalit');
  });

  const bad: [string, string, RegExp, string | null][] = [
    ['date=2021-13-45', '&map=5/16/0', /“date=2021-13-45” is not valid/, null],
    ['map=abc', '&date=2021-06-01', /“map=abc” is not valid/, '1 June 2021'],
    [
      'site=does-not-exist',
      '&date=2021-06-01',
      /No record is called “does-not-exist”/,
      '1 June 2021',
    ],
    ['layers=france,nope', '&date=2021-06-01', /Layer “nope” does not exist/, '1 June 2021'],
    ['lang=xx', '&date=2021-06-01', /Language “xx” is not available/, '1 June 2021'],
    ['date=1990-01-01', '', /The date 1990-01-01 is outside the map’s period/, null],
  ];
  for (const [param, rest, message, sliderText] of bad) {
    test(`a link with ${param} opens with a notice and the rest applied`, async ({ app }) => {
      await app.open(`?${param}${rest}&utm_source=newsletter`);
      const notice = app.share.linkNotice;
      await expect(notice).toContainText(message);
      if (sliderText)
        await expect(app.timeline.slider).toHaveAttribute('aria-valuetext', sliderText);
      if (param === 'date=1990-01-01') {
        // Out of the data: the slider is brought to the data's first day.
        await expect(app.timeline.slider).toHaveValue(await app.timeline.firstDay());
      }
      await expect(app.panels.onThisDate()).toBeVisible();
      expect((await app.urlParams()).get('utm_source')).toBe('newsletter');
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await expect(notice).toBeHidden();
    });
  }

  test('a link to a site without a date moves the slider into its period', async ({ app }) => {
    await app.open('?site=fr-timbuktu');
    await expect(app.panels.detailsStatus).toHaveText('active');
    await expect(app.timeline.slider).toHaveAttribute('aria-valuetext', '13 December 2021');
  });
});
