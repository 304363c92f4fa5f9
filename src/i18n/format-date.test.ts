import { describe, expect, it } from 'vitest';
import { dayNumber } from '../data/dates';
import { formatDateText, formatDay } from './format-date';

describe('dates in words', () => {
  it('formats a day per language', () => {
    expect(formatDay('en', dayNumber(2021, 12, 14))).toBe('14 December 2021');
    expect(formatDay('fr', dayNumber(2021, 12, 14))).toBe('14 décembre 2021');
  });

  it('keeps the true precision of data dates', () => {
    expect(formatDateText('fr', '2021-10')).toBe('octobre 2021');
    expect(formatDateText('en', '2021-10')).toBe('October 2021');
    expect(formatDateText('en', '2018')).toBe('2018');
    expect(formatDateText('en', '2023-10/2023-12')).toBe('between October 2023 and December 2023');
    expect(formatDateText('fr', '2023-10/2023-12')).toBe('entre octobre 2023 et décembre 2023');
  });

  it('never shifts a day with the time zone and never throws', () => {
    expect(formatDay('en', dayNumber(2022, 1, 1))).toBe('1 January 2022');
    expect(formatDateText('en', 'not a date')).toBe('not a date');
  });
});
