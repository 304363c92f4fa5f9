import { expect, test } from './support/fixtures';

test.describe('the replay', () => {
  test('a typed date goes there, and Timbuktu’s hand-over is marked at the place, with a caption', async ({
    app,
  }) => {
    await app.open('?date=2021-12-20&lang=en&map=6.00/16.700/-3.000');
    await app.timeline.openReplayOptions();
    await expect(app.timeline.speed).toHaveValue('30');
    await app.timeline.typeDate('Go to', '5 Jan 2022');
    await expect(app.timeline.slider).toHaveAttribute('aria-valuetext', '5 January 2022');
    expect(await app.map.handoverMarks()).toEqual([]);
    await app.timeline.typeDate('Go to', '2022-01-06');
    await expect(app.timeline.slider).toHaveAttribute('aria-valuetext', '6 January 2022');
    await expect
      .poll(() => app.map.handoverMarks())
      .toContainEqual({
        id: 'ho-timbuktu',
        label: 'France → Russia',
      });
    await expect(app.timeline.changeCaption).toContainText('Timbuktu');
    // Still marked a few days on, as a replay passes the day in one frame.
    await app.timeline.pressOnSlider('ArrowRight', 3);
    await expect(app.timeline.changeCaption).toContainText('Timbuktu');
  });

  test('plays the chosen range and stops at its end, or loops', async ({ app }) => {
    await app.open('?date=2021-06-01&lang=en&map=5.00/16.000/-2.000');
    await app.timeline.openReplayOptions();
    await app.timeline.speed.selectOption('91');
    await app.timeline.typeDate('Play from', '1 Dec 2021');
    await app.timeline.typeDate('to', '31 Jan 2022');
    await app.timeline.play();
    // 61 days at 91 days a second: done within a second or two of frames.
    await expect(app.timeline.playButton).toBeVisible({ timeout: 20_000 });
    await expect(app.timeline.slider).toHaveAttribute('aria-valuetext', '31 January 2022');

    await app.timeline.loop.check();
    await app.timeline.play();
    // Months in the order shown: January, then December again, and nothing outside the range.
    const months: string[] = [];
    await expect
      .poll(
        async () => {
          const month = (await app.timeline.sliderText()).replace(/^\d+ /, '');
          if (months.at(-1) !== month) months.push(month);
          const looped = months.indexOf('December 2021', months.indexOf('January 2022')) > 0;
          return looped ? [...new Set(months)].sort() : 'not yet';
        },
        { timeout: 20_000, intervals: [100] },
      )
      .toEqual(['December 2021', 'January 2022']);
    await app.timeline.pause();
  });
});

test.describe('en français', () => {
  test('la date se tape jour d’abord, et une date illisible le dit sans rien changer', async ({
    app,
  }) => {
    await app.open('?date=2021-06-01&lang=fr');
    await app.timeline.openReplayOptions();
    await expect(app.timeline.speed).toHaveValue('30');
    await app.timeline.typeDate('Aller au', '14/12/2021');
    await expect(app.timeline.slider).toHaveAttribute('aria-valuetext', '14\u00a0décembre 2021');
    await expect(app.timeline.dateField('Aller au')).toHaveValue('14/12/2021');
    await app.timeline.typeDate('Aller au', '12/14/2021');
    await expect(app.timeline.dateField('Aller au')).toHaveAttribute('aria-invalid', 'true');
    await expect(app.getByRole('group', { name: /Commandes du temps/ })).toBeVisible();
    await expect(app.timeline.slider).toHaveAttribute('aria-valuetext', '14\u00a0décembre 2021');
  });
});
