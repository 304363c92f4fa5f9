/**
 * The time model: dates at their true precision, turned into day intervals.
 *
 * A record's date is an ISO 8601 date at reduced precision (`2018`, `2021-10`, `2021-12-14`) or
 * an uncertain span between two such dates (`2023-10/2023-12`: some day from October to
 * December 2023). Comparing the strings is wrong (`"2021" >= "2021-06-01"` is false), so every
 * date becomes a half-open interval of days since 1970-01-01 [first, afterLast).
 *
 * THE RULE (one place, used by the map, the lists and the details):
 *  - On the day of a `start_date` the site is active; on the day of an `end_date` it is vacated
 *    (the hand-over day belongs to whoever takes over: Timbuktu is Malian on 2021-12-14).
 *  - A date coarser than a day is a window of uncertainty: during the whole window the site is
 *    `starting` or `ending` ("day uncertain"), and the change is certain from the day after the
 *    window (Kidal, `end_date: 2021-10`, is `ending` all October 2021 and `ended` from 1 November).
 */

export type Precision = 'year' | 'month' | 'day';

export interface DayInterval {
  /** First day of the window, in days since 1970-01-01. */
  readonly first: number;
  /** The day after the window's last day. */
  readonly afterLast: number;
  /** The coarsest precision among the date's parts. */
  readonly precision: Precision;
}

const PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar day (UTC, proleptic Gregorian). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The calendar day of a day number, as `YYYY-MM-DD`. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Today, as a day number, in UTC. */
export function today(now: Date = new Date()): number {
  return Math.floor(now.getTime() / DAY_MS);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface Part {
  first: number;
  afterLast: number;
  precision: Precision;
}

function parsePart(text: string): Part | string {
  const m = PART.exec(text);
  if (!m) return `"${text}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(m[1]);
  if (year < 1900 || year > 2100) return `"${text}": year ${year} is out of range 1900–2100`;
  if (m[2] === undefined) {
    return {
      first: dayNumber(year, 1, 1),
      afterLast: dayNumber(year + 1, 1, 1),
      precision: 'year',
    };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `"${text}": month ${m[2]} does not exist`;
  if (m[3] === undefined) {
    return {
      first: dayNumber(year, month, 1),
      afterLast: dayNumber(year, month + 1, 1),
      precision: 'month',
    };
  }
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) {
    return `"${text}": day ${m[3]} does not exist in ${m[1]}-${m[2]}`;
  }
  const first = dayNumber(year, month, day);
  return { first, afterLast: first + 1, precision: 'day' };
}

const RANK: Record<Precision, number> = { day: 0, month: 1, year: 2 };

/**
 * Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `A/B` (an uncertain span from A to B).
 * Returns the interval, or a message that says what is wrong (never throws).
 */
export function parseDate(text: string): DayInterval | string {
  const parts = text.split('/');
  if (parts.length > 2) {
    return `"${text}" is not a date of the form YYYY, YYYY-MM, YYYY-MM-DD or A/B`;
  }
  const [a, b] = parts;
  const start = parsePart(a ?? '');
  if (typeof start === 'string') return start;
  if (b === undefined) return start;
  const end = parsePart(b);
  if (typeof end === 'string') return end;
  if (end.afterLast <= start.first) return `"${text}": the span ends before it starts`;
  // A span is as uncertain as a month-precision date at least, even when both ends are days.
  const coarsest = RANK[start.precision] >= RANK[end.precision] ? start : end;
  const precision = coarsest.precision === 'day' ? 'month' : coarsest.precision;
  return { first: start.first, afterLast: end.afterLast, precision };
}

/** True for text that `parseDate` accepts. */
export function isValidDate(text: string): boolean {
  return typeof parseDate(text) !== 'string';
}

/** A date known to the day has no window of uncertainty. */
export function isExact(interval: DayInterval): boolean {
  return interval.precision === 'day' && interval.afterLast === interval.first + 1;
}

/** Sentinels for "since forever" and "still there" that survive GPU float32 exactly. */
export const NO_START = -1_000_000;
export const NO_END = 1_000_000;

/**
 * The four day numbers that decide a record's status at any day, precomputed once so that the
 * map can filter on the GPU:
 *  - `s0` first possible day of the start, `s1` first day it is certainly active;
 *  - `e0` first possible day of the end, `e1` first day it is certainly vacated.
 */
export interface Span {
  readonly s0: number;
  readonly s1: number;
  readonly e0: number;
  readonly e1: number;
}

/** `start` null = unknown start (shown as such); `end` undefined = still there. */
export function spanOf(start: DayInterval | null, end: DayInterval | undefined): Span {
  const s0 = start ? start.first : NO_START;
  const s1 = start ? (isExact(start) ? start.first : start.afterLast) : NO_START;
  const e0 = end ? end.first : NO_END;
  const e1 = end ? (isExact(end) ? end.first : end.afterLast) : NO_END;
  return { s0, s1, e0, e1 };
}

export type Status = 'future' | 'starting' | 'active' | 'ending' | 'ended';

/** A record's status on a day, by THE RULE above. */
export function statusAt(span: Span, day: number): Status {
  if (day < span.s0) return 'future';
  if (day >= span.e1) return 'ended';
  if (day >= span.e0) return 'ending';
  if (day < span.s1) return 'starting';
  return 'active';
}
