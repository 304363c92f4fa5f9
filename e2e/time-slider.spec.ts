import { dayNumber } from '../src/data/dates';
import { expect, test } from './support/fixtures';

test.describe('the time slider', () => {
  // What the lists say on these days is checked against the record in Node
  // (src/panels/panels-logic.test.ts); here, that the map draws the same.
  test('on 1 June 2021 the map draws Kidal, Tessalit and Timbuktu as active French bases', async ({
    app,
  }) => {
    await app.open('?date=2021-06-01&map=5/17/-1');
    const active = await app.map.sitesDrawn('france', 'active');
    expect(active).toEqual(expect.arrayContaining(['fr-kidal', 'fr-tessalit', 'fr-timbuktu']));
    expect(await app.map.sitesDrawn('russia', 'active', 'vacated')).not.toContain(
      'ru-mali-timbuktu',
    );
  });

  test('on 1 September 2022 the map draws the French bases in Mali vacated, none active', async ({
    app,
  }) => {
    await app.open('?date=2022-09-01&map=5/17/-1');
    const mali = ['fr-kidal', 'fr-tessalit', 'fr-timbuktu', 'fr-gossi', 'fr-menaka', 'fr-gao'];
    const active = await app.map.sitesDrawn('france', 'active', 'uncertain');
    expect(active.filter((id) => mali.includes(id))).toEqual([]);
    expect(await app.map.sitesDrawn('france', 'vacated')).toEqual(expect.arrayContaining(mali));
    // The Russian presence took over the vacated camps (there, or last reported before).
    expect(await app.map.sitesDrawn('russia', 'active', 'unconfirmed')).toEqual(
      expect.arrayContaining(['ru-mali-timbuktu', 'ru-mali-menaka', 'ru-mali-gao']),
    );
  });

  test('steps with the keyboard: a day, a month, a year, Home', async ({ app }) => {
    await app.open('?date=2021-11-11');
    await app.timeline.pressOnSlider('ArrowRight');
    await expect(app.timeline.slider).toHaveAttribute('aria-valuetext', '12 November 2021');
    await app.timeline.pressOnSlider('Shift+ArrowRight');
    await expect(app.timeline.slider).toHaveAttribute('aria-valuetext', '12 December 2021');
    await app.timeline.pressOnSlider('PageDown');
    await expect(app.timeline.slider).toHaveAttribute('aria-valuetext', '12 December 2020');
    await app.timeline.pressOnSlider('Home');
    // Home goes to the slider's first day, the first day of the record.
    const min = await app.timeline.firstDay();
    await expect(app.timeline.slider).toHaveValue(min);
    await expect.poll(() => app.map.day()).toBe(Number(min));
  });

  test('Kidal in October 2021 is leaving with the day uncertain', async ({ app }) => {
    await app.open('?date=2021-10-20');
    await expect(app.panels.listItem(/Kidal/).first()).toContainText('leaving — day uncertain');
    await app.open('?date=2021-10-20&map=6/18/1');
    expect(await app.map.sitesDrawn('france', 'uncertain')).toContain('fr-kidal');
    expect(await app.map.sitesDrawn('france', 'active')).not.toContain('fr-kidal');
  });

  test('play moves the date forward and pause stops it', async ({ app }) => {
    await app.open('?date=2021-01-01');
    await app.timeline.play();
    await expect(app.timeline.slider).not.toHaveAttribute('aria-valuetext', '1 January 2021');
    await app.timeline.pause();
    await expect(app.timeline.playButton).toBeVisible();
    // Stopped: the date reads the same across several of the map's frames.
    const stopped = await app.timeline.sliderText();
    await app.map.waitForIdle();
    const day = await app.map.day();
    await app.map.waitForIdle();
    expect(await app.timeline.sliderText()).toBe(stopped);
    expect(await app.map.day()).toBe(day);
  });

  test('the map follows the date: Timbuktu is drawn vacated after the hand-over', async ({
    app,
  }) => {
    await app.open('?date=2021-12-13&map=6/16.7/-3');
    expect(await app.map.day()).toBe(dayNumber(2021, 12, 13));
    await app.timeline.pressOnSlider('ArrowRight');
    await expect(app.panels.listItem(/Timbuktu/).first()).toContainText('vacated 14 Dec 2021');
    await expect.poll(() => app.map.day()).toBe(dayNumber(2021, 12, 14));
    await expect.poll(() => app.map.sitesDrawn('france', 'vacated')).toContain('fr-timbuktu');
    expect(await app.map.sitesDrawn('russia', 'active')).not.toContain('ru-mali-timbuktu');
  });
});
