import { expect, test } from './support/fixtures';

/** A year after today: a link copied now must not show another day when opened then. */
const A_YEAR_LATER = Date.now() + 365 * 86_400_000;

test.describe('a shared link reopens exactly the view that was shared', () => {
  for (const query of ['', '?lang=fr']) {
    test(`copied at once from ${query || 'the bare address'}, it reopens a year later the same`, async ({
      app,
    }) => {
      await app.allowClipboard();
      await app.open(query);
      const dateText = await app.timeline.sliderText();
      const camera = await app.map.camera();
      const lang = await app.document.getAttribute('lang');
      await app.share.copyLink();
      const link = await app.clipboard();
      const params = new URL(link).searchParams;
      expect(params.get('date')).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(params.get('map')).toMatch(/^[\d.]+\/-?[\d.]+\/-?[\d.]+$/);
      expect(params.get('lang')).toBe(lang);
      // The address bar holds the same canonical view.
      expect((await app.urlParams()).toString()).toBe(params.toString());
      // The citation's link holds the date it names.
      const citation = await app.share.cite();
      const cited = new URL(citation.match(/https?:\/\/\S+/)?.[0] ?? '');
      expect(cited.searchParams.get('date')).toBe(params.get('date'));
      expect(citation).toContain(dateText);

      const later = await app.openInNewPage(link, { now: A_YEAR_LATER });
      await expect(later.timeline.slider).toHaveAttribute('aria-valuetext', dateText);
      await expect(later.document).toHaveAttribute('lang', lang ?? '');
      const reopened = await later.map.camera();
      expect(Math.abs(reopened.zoom - camera.zoom)).toBeLessThanOrEqual(0.1);
      expect(Math.abs(reopened.lat - camera.lat)).toBeLessThanOrEqual(0.01);
      expect(Math.abs(reopened.lon - camera.lon)).toBeLessThanOrEqual(0.01);
    });
  }

  test('an invalid link is copied without its invalid parts, the foreign ones kept', async ({
    app,
  }) => {
    await app.allowClipboard();
    await app.open('?date=2021-13-45&map=abc&utm_source=newsletter');
    await app.share.copyLink();
    const params = new URL(await app.clipboard()).searchParams;
    expect(params.get('date')).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(params.get('map')).toMatch(/^[\d.]+\/-?[\d.]+\/-?[\d.]+$/);
    expect(params.get('utm_source')).toBe('newsletter');
  });

  test('a failed data file does not damage the link: Retry brings the view back', async ({
    app,
    watch,
  }) => {
    watch.allowConsoleError(/Failed to load resource|503/);
    const france = await app.given.layerFails('france');
    const link = '?date=2014-06-01&map=3.60/15.500/8.000&site=fr-gao&lang=en';
    await app.open(link, { waitForMap: false });
    const alert = app.alert('Could not load “French forces”');
    await expect(alert).toBeVisible();
    await expect(app.share.linkNotice).toBeHidden();
    const params = await app.urlParams();
    expect(params.get('site')).toBe('fr-gao');
    expect(params.get('date')).toBe('2014-06-01');
    france.recover();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(app.panels.detailsTitle).toContainText('Gao');
    await expect(app.timeline.slider).toHaveAttribute('aria-valuetext', '1 June 2014');
    expect((await app.urlParams()).get('site')).toBe('fr-gao');
  });

  // Each link stays under the 16 kB of request line a Node server (vite preview) accepts.
  const hostile: [string, string][] = [
    ['2,000 unknown layers', `layers=${Array.from({ length: 2000 }, (_, i) => `n${i}`).join(',')}`],
    ['a date repeated 1,000 times', Array.from({ length: 1000 }, () => 'date=x').join('&')],
    ['a 10 kB site id', `site=${'x'.repeat(10_000)}`],
  ];
  for (const [what, query] of hostile) {
    test(`a link with ${what} gives a short notice that covers nothing`, async ({ app }) => {
      await app.open(`?${query}&lang=en`, { waitForMap: false });
      const notice = app.share.linkNotice;
      await expect(notice).toBeVisible();
      const box = await notice.boundingBox();
      const map = await app.map.box();
      expect(box?.height ?? 0).toBeLessThan(map.height / 2);
      expect(box?.width ?? 0).toBeLessThanOrEqual(map.width);
      expect(await notice.getByRole('listitem').count()).toBeLessThanOrEqual(6);
      await expect(notice.getByRole('button', { name: 'Dismiss' })).toBeInViewport();
      await expect(app.map.zoomIn).toBeInViewport();
      expect(await app.pageWidth()).toBeLessThanOrEqual(1280);
    });
  }

  test('a right-to-left override in a value cannot turn the notice around', async ({ app }) => {
    await app.open('?site=%E2%80%AEniamey-fr&date=2021-06-01&lang=en', { waitForMap: false });
    const notice = app.share.linkNotice;
    await expect(notice).toBeVisible();
    // The value is isolated from the sentence around it.
    expect(await notice.locator('bdi').count()).toBeGreaterThan(0);
    await expect(notice).toContainText(/is not valid|No record/);
  });
});

test.describe('on a wide window', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  test('a link made on a smaller window shows the camera its address says', async ({ app }) => {
    await app.open('?date=2021-11-11&map=3.60/15.500/8.000&lang=en');
    const shown = await app.map.camera();
    await expect
      .poll(async () => {
        const [zoom, lat, lon] = ((await app.urlParams()).get('map') ?? '').split('/').map(Number);
        return (
          Math.abs((zoom ?? 0) - shown.zoom) <= 0.01 &&
          Math.abs((lat ?? 0) - shown.lat) <= 0.001 &&
          Math.abs((lon ?? 0) - shown.lon) <= 0.001
        );
      })
      .toBe(true);
  });
});

test.describe('the side panel', () => {
  test('keeps its tabs in view while the timeline scrolls to the day', async ({ app }) => {
    await app.open('?date=2021-12-14');
    await app.timeline.show();
    await expect(app.timeline.entries).toBeVisible();
    await expect(app.panels.onThisDateTab).toBeInViewport();
  });
});
