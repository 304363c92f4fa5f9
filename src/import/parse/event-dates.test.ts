import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../data/dates';
import { acledWindow, parseEventDate, spanWindow } from './event-dates';

const d = (y: number, m: number, day: number) => dayNumber(y, m, day);

describe('parseEventDate', () => {
  it('reads ISO dates, with or without a time (GeoJSON, HDX)', () => {
    expect(parseEventDate('2021-02-16')).toBe(d(2021, 2, 16));
    expect(parseEventDate('2009-02-20T00:00:00')).toBe(d(2009, 2, 20));
    expect(parseEventDate('2022-01-01 00:00:00.000')).toBe(d(2022, 1, 1));
  });

  it('reads the UCDP website export, month first', () => {
    expect(parseEventDate('10/06/2023 00:00:00')).toBe(d(2023, 10, 6));
    expect(parseEventDate('05/26/2016 00:00:00')).toBe(d(2016, 5, 26));
    expect(parseEventDate('26/05/2016 00:00:00')).toBeNull();
  });

  it('reads spreadsheet re-saves of ACLED', () => {
    expect(parseEventDate('16-Feb-21')).toBe(d(2021, 2, 16));
    expect(parseEventDate('02-Jan-99')).toBe(d(1999, 1, 2));
    expect(parseEventDate('16-Feb-2021')).toBe(d(2021, 2, 16));
    expect(parseEventDate('16 February 2021')).toBe(d(2021, 2, 16));
    expect(parseEventDate('1 Sept 2021')).toBe(d(2021, 9, 1));
  });

  it('refuses what it cannot read, never guesses', () => {
    for (const bad of [
      '',
      '  ',
      '2021-02-30',
      '2021-13-01',
      '31-Foo-21',
      'Febtember 2',
      '2021',
      'yesterday',
      '16 Febx 2021',
      '1850-01-01',
    ]) {
      expect(parseEventDate(bad), bad).toBeNull();
    }
  });
});

describe('event windows', () => {
  it('ACLED time_precision: the day, the week around it, the calendar month', () => {
    const day = d(2021, 3, 10);
    expect(acledWindow(day, '1')).toEqual({ start: day, end: day + 1, precision: 'day' });
    expect(acledWindow(day, '2')).toEqual({ start: day - 3, end: day + 4, precision: 'week' });
    expect(acledWindow(day, '3')).toEqual({
      start: d(2021, 3, 1),
      end: d(2021, 4, 1),
      precision: 'month',
    });
    expect(acledWindow(day, '4')).toBeNull();
    expect(acledWindow(day, '')).toBeNull();
  });

  it('GED date_start/date_end: the whole span, inclusive', () => {
    const a = d(2021, 6, 1);
    const b = d(2021, 6, 30);
    expect(spanWindow(a, a)).toEqual({ start: a, end: a + 1, precision: 'day' });
    expect(spanWindow(a, null)).toEqual({ start: a, end: a + 1, precision: 'day' });
    expect(spanWindow(a, b)).toEqual({ start: a, end: b + 1, precision: 'span' });
    expect(spanWindow(b, a)).toBeNull();
  });
});
