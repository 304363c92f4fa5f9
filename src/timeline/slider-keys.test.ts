import { describe, expect, it } from 'vitest';
import { addMonths, dayNumber, isoDay } from '../data/dates';
import { dayForKey } from './slider-keys';

const d = (y: number, m: number, day: number) => dayNumber(y, m, day);
const range = { min: d(2013, 1, 1), max: d(2025, 6, 30) };

describe('dayForKey', () => {
  it('steps a day with arrows, a month with Shift, a year with Page keys', () => {
    const start = d(2021, 11, 11);
    expect(isoDay(dayForKey(start, 'ArrowRight', false, range) ?? 0)).toBe('2021-11-12');
    expect(isoDay(dayForKey(start, 'ArrowLeft', false, range) ?? 0)).toBe('2021-11-10');
    expect(isoDay(dayForKey(start, 'ArrowRight', true, range) ?? 0)).toBe('2021-12-11');
    expect(isoDay(dayForKey(start, 'PageUp', false, range) ?? 0)).toBe('2022-11-11');
    expect(isoDay(dayForKey(start, 'PageDown', false, range) ?? 0)).toBe('2020-11-11');
    expect(dayForKey(start, 'Home', false, range)).toBe(range.min);
    expect(dayForKey(start, 'End', false, range)).toBe(range.max);
    expect(dayForKey(start, 'a', false, range)).toBeNull();
  });

  it('stays inside the range', () => {
    expect(dayForKey(range.max, 'ArrowRight', false, range)).toBe(range.max);
    expect(dayForKey(range.min, 'PageDown', false, range)).toBe(range.min);
  });

  it('keeps calendar months (31 January + 1 month = 28/29 February)', () => {
    expect(isoDay(addMonths(d(2021, 1, 31), 1))).toBe('2021-02-28');
    expect(isoDay(addMonths(d(2024, 1, 31), 1))).toBe('2024-02-29');
    expect(isoDay(addMonths(d(2021, 12, 15), 1))).toBe('2022-01-15');
  });
});
