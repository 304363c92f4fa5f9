import { describe, expect, it } from 'vitest';
import { dayNumber } from '../data/dates';
import { realDataset } from '../data/testing/real-dataset';
import { changeCaption, changesOn } from './change-caption';
import { scaleFor } from './year-ticks';

const range = { min: dayNumber(2012, 1, 1), max: dayNumber(2026, 11, 24) };

describe('the slider’s scale', () => {
  it('labels every year on a wide track, at its first day', () => {
    const { years } = scaleFor(range, 1200);
    expect(years.map((y) => y.year)).toEqual([
      2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    expect(years[0]?.at).toBe(0);
    const y2021 = years.find((y) => y.year === 2021)?.at ?? 0;
    expect(y2021).toBeCloseTo((dayNumber(2021, 1, 1) - range.min) / (range.max - range.min));
  });

  it('labels every other year on a phone, with no month ticks', () => {
    const scale = scaleFor(range, 360);
    expect(scale.years.map((y) => y.year)).toEqual([
      2012, 2014, 2016, 2018, 2020, 2022, 2024, 2026,
    ]);
    expect(scale.months).toEqual([]);
  });

  it('adds month ticks when there is room for them', () => {
    expect(scaleFor(range, 1200).months.length).toBe(14 * 11 + 10);
  });

  it('drops a label that the track’s end would cut off', () => {
    const short = { min: dayNumber(2020, 6, 1), max: dayNumber(2022, 1, 5) };
    expect(scaleFor(short, 600).years.map((y) => y.year)).toEqual([2021]);
  });
});

describe('the caption of a change', () => {
  const dataset = realDataset();

  it('tells the day Timbuktu was vacated (the troops fell back on Gao that day)', () => {
    expect(changeCaption(dataset, dayNumber(2021, 12, 14), 'en')).toBe(
      '14 December 2021 — France moves from Timbuktu to Gao desert base',
    );
    expect(changeCaption(dataset, dayNumber(2021, 12, 14), 'fr')).toBe(
      '14\u00a0décembre 2021 — France passe de Tombouctou à Gao',
    );
  });

  it('tells a hand-over once, not as a departure and an arrival', () => {
    expect(changesOn(dataset, dayNumber(2022, 1, 6), 'en')).toEqual([
      'France hands Timbuktu over, Russia moves in',
    ]);
  });

  it('names an event by its name', () => {
    expect(changeCaption(dataset, dayNumber(2021, 6, 10), 'en')).toBe(
      '10 June 2021 — Macron announces the end of Barkhane as an external operation',
    );
  });

  it('says when a window of uncertainty closes (Kidal, October 2021)', () => {
    expect(changesOn(dataset, dayNumber(2021, 10, 1), 'en')).toContain(
      'France leaving Kidal (day uncertain)',
    );
    expect(changesOn(dataset, dayNumber(2021, 11, 1), 'en')).toContain('France has left Kidal');
  });

  it('counts what it does not name, and is the date alone on a quiet day', () => {
    const busy = changeCaption(dataset, dayNumber(2022, 8, 15), 'en');
    expect(busy.startsWith('15 August 2022 — ')).toBe(true);
    expect(busy).toContain('France hands Gao desert base over, Russia moves in');
    expect(busy).toContain('; Last French convoy leaves Mali');
    const days = dataset.changeDays.filter((d) => changesOn(dataset, d, 'en').length > 3);
    for (const d of days)
      expect(changeCaption(dataset, d, 'en')).toMatch(/\(and \d+ more changes?\)$/);
    expect(changeCaption(dataset, dayNumber(2016, 3, 3), 'en')).toBe('3 March 2016');
  });
});
