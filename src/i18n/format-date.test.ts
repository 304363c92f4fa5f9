import { describe, expect, it } from 'vitest';
import { dayNumber } from '../data/dates';
import { datePhrase, formatDateText, formatDay } from './format-date';

describe('dates in words', () => {
  it('formats a day per language', () => {
    expect(formatDay('en', dayNumber(2021, 12, 14))).toBe('14 December 2021');
    expect(formatDay('fr', dayNumber(2021, 12, 14))).toBe('14\u00a0décembre 2021');
  });

  it('keeps the true precision of data dates', () => {
    expect(formatDateText('fr', '2021-10')).toBe('octobre 2021');
    expect(formatDateText('en', '2021-10')).toBe('October 2021');
    expect(formatDateText('en', '2018')).toBe('2018');
    expect(formatDateText('en', '2023-10/2023-12')).toBe('between October and December 2023');
    expect(formatDateText('fr', '2023-10/2023-12')).toBe('entre octobre et décembre 2023');
  });

  it('never shifts a day with the time zone and never throws', () => {
    expect(formatDay('en', dayNumber(2022, 1, 1))).toBe('1 January 2022');
    expect(formatDateText('en', 'not a date')).toBe('not a date');
  });
});

describe('dates in a sentence', () => {
  it('takes the words of its role and precision in French', () => {
    expect(datePhrase('fr', '2021-10', 'stamp')).toBe('en octobre 2021');
    expect(datePhrase('fr', '2013-01-27', 'from')).toBe('du 27\u00a0janvier 2013');
    expect(datePhrase('fr', '2021-12-14', 'to')).toBe('au 14\u00a0décembre 2021');
    expect(datePhrase('fr', '2025-01-11', 'until')).toBe('jusqu’au 11\u00a0janvier 2025');
    expect(datePhrase('fr', '2021-10', 'from')).toBe('d’octobre 2021');
    expect(datePhrase('fr', '2021-11-01', 'since')).toBe('depuis le 1er\u00a0novembre 2021');
    expect(datePhrase('fr', '2023-10/2023-12', 'stamp')).toBe('entre octobre et décembre 2023');
  });

  it('and in English', () => {
    expect(datePhrase('en', '2021-12-14', 'stamp', 'short')).toBe('14 Dec 2021');
    expect(datePhrase('en', '2021-10', 'stamp')).toBe('in October 2021');
    expect(datePhrase('en', '2021-10', 'at')).toBe('in October 2021');
    expect(datePhrase('en', '2021-10-12/2021-10-15', 'at')).toBe('between 12 and 15 October 2021');
  });
});
