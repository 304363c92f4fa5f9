/**
 * Dates as event files write them, read to a day number (days since 1970-01-01, see
 * `src/data/dates.ts`) or refused: a date that cannot be read is never guessed.
 *
 *  - ISO: `2021-02-16`, with an optional time (`2021-02-16T00:00:00`, `2022-01-01 00:00:00.000`);
 *  - the UCDP website export: `02/16/2021 00:00:00` (month first, as the export writes it), or
 *    day first (`16/02/2021`) in a table that a European spreadsheet saved (`dayFirst`);
 *  - a spreadsheet's re-save of ACLED: `16-Feb-21`, `16-Feb-2021`, `16 February 2021`.
 */
import { calendarDay, monthStart } from '../../data/dates';

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?)?$/i;
const DMY_DASH = /^(\d{1,2})-([A-Za-z]{3,9})-(\d{2}|\d{4})$/;
const DMY_SPACE = /^(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4})$/;

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

function monthOf(name: string): number | null {
  const lower = name.toLowerCase();
  const i = MONTHS.findIndex((m) => lower.startsWith(m));
  if (i < 0) return null;
  // The short name or the full English name ("Sept" too), nothing else that merely starts alike.
  const full = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' })
    .format(new Date(Date.UTC(2000, i, 1)))
    .toLowerCase();
  return lower.length === 3 || full.startsWith(lower) ? i + 1 : null;
}

/** A two-digit year as spreadsheets write it: 00–69 → 2000s, 70–99 → 1900s. */
function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

/** Two ASCII digits at `i` as a number, or -1. */
function digits2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** The day number of a date in one of the forms above, or null. */
export function parseEventDate(raw: string, dayFirst = false): number | null {
  const text = raw.trim();
  if (text === '') return null;
  // The common case first, without a regular expression: `YYYY-MM-DD`.
  if (text.length === 10 && text[4] === '-' && text[7] === '-') {
    const hi = digits2(text, 0);
    const lo = digits2(text, 2);
    const month = digits2(text, 5);
    const day = digits2(text, 8);
    if (hi >= 0 && lo >= 0 && month >= 0 && day >= 0) return calendarDay(hi * 100 + lo, month, day);
  }
  let m = ISO.exec(text);
  if (m) return calendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = US.exec(text);
  if (m && dayFirst) return calendarDay(Number(m[3]), Number(m[2]), Number(m[1]));
  if (m) return calendarDay(Number(m[3]), Number(m[1]), Number(m[2]));
  m = DMY_DASH.exec(text) ?? DMY_SPACE.exec(text);
  if (m) {
    const month = monthOf(m[2] ?? '');
    return month === null ? null : calendarDay(fullYear(m[3] ?? ''), month, Number(m[1]));
  }
  return null;
}

/** How exactly the day of an event is known; each is a window of days [start, end). */
export type EventPrecision = 'day' | 'week' | 'month' | 'span';

export interface EventWindow {
  readonly start: number;
  /** The day after the window's last day. */
  readonly end: number;
  readonly precision: EventPrecision;
}

/**
 * ACLED's `time_precision`: 1 the day, 2 the week, 3 the month. ACLED codes a week-precise
 * event on the middle day of that week and a month-precise one inside that month: the event is
 * drawn over the whole week (three days either side) or the whole calendar month.
 */
export function acledWindow(day: number, precision: string): EventWindow | null {
  const p = precision.trim();
  if (p === '1') return { start: day, end: day + 1, precision: 'day' };
  if (p === '2') return { start: day - 3, end: day + 4, precision: 'week' };
  if (p === '3') {
    return { start: monthStart(day), end: monthStart(day, 1), precision: 'month' };
  }
  return null;
}

/** A start and an optional end date (inclusive), as GED's date_start/date_end. */
export function spanWindow(start: number, end: number | null): EventWindow | null {
  if (end === null || end === start) return { start, end: start + 1, precision: 'day' };
  if (end < start) return null;
  return { start, end: end + 1, precision: 'span' };
}
