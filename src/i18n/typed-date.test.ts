import { describe, expect, it } from 'vitest';
import { dayNumber } from '../data/calendar';
import { formatTypedDate, parseTypedDate } from './typed-date';

const DEC_14 = dayNumber(2021, 12, 14);

describe('the typed date field', () => {
  it('reads a French reader’s dates, day first', () => {
    expect(parseTypedDate('14/12/2021')).toBe(DEC_14);
    expect(parseTypedDate('14.12.2021')).toBe(DEC_14);
    expect(parseTypedDate('14 décembre 2021')).toBe(DEC_14);
    expect(parseTypedDate('14 déc. 2021')).toBe(DEC_14);
    expect(parseTypedDate('1er juin 2021')).toBe(dayNumber(2021, 6, 1));
    expect(parseTypedDate('3 févr. 2022')).toBe(dayNumber(2022, 2, 3));
    expect(parseTypedDate('15 août 2022')).toBe(dayNumber(2022, 8, 15));
  });

  it('reads an English reader’s dates and ISO', () => {
    expect(parseTypedDate('14 Dec 2021')).toBe(DEC_14);
    expect(parseTypedDate('14 December 2021')).toBe(DEC_14);
    expect(parseTypedDate('December 14, 2021')).toBe(DEC_14);
    expect(parseTypedDate(' 2021-12-14 ')).toBe(DEC_14);
    expect(parseTypedDate('14\u00a0Sept 2021')).toBe(dayNumber(2021, 9, 14));
  });

  it('never reads a month-first date as another day, nor a day that does not exist', () => {
    // 12/14/2021 has no fourteenth month: refused, not read as 12 February 2022.
    expect(parseTypedDate('12/14/2021')).toBeNull();
    expect(parseTypedDate('31/02/2022')).toBeNull();
    expect(parseTypedDate('14 Foo 2021')).toBeNull();
    expect(parseTypedDate('2021')).toBeNull();
    expect(parseTypedDate('')).toBeNull();
  });

  it('shows a day as each reader writes it, and reads it back', () => {
    expect(formatTypedDate('fr', DEC_14)).toBe('14/12/2021');
    expect(formatTypedDate('en', DEC_14)).toBe('14 Dec 2021');
    expect(formatTypedDate('fr', dayNumber(2022, 1, 6))).toBe('06/01/2022');
    for (const day of [
      DEC_14,
      dayNumber(2013, 1, 1),
      dayNumber(2024, 2, 29),
      dayNumber(2022, 9, 30),
    ])
      for (const lang of ['fr', 'en'] as const)
        expect(parseTypedDate(formatTypedDate(lang, day))).toBe(day);
  });
});
