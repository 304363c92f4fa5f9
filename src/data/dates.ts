/**
 * The time model: dates at their true precision, turned into day intervals.
 *
 * A record's date is an ISO 8601 date at reduced precision (`2018`, `2021-10`, `2021-12-14`) or
 * an uncertain span between two such dates (`2023-10/2023-12`: some day from October to
 * December 2023). Comparing the strings is wrong (`"2021" >= "2021-06-01"` is false), so every
 * date becomes a half-open interval of days since 1970-01-01 [first, afterLast).
 *
 * The rule that turns those intervals into a status on a day is `statusAt`'s (below).
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

import { addMonths, calendarDay, dayNumber, MAX_YEAR, MIN_YEAR } from './calendar';

export {
  addMonths,
  calendarDay,
  DAY_MS,
  dayNumber,
  isoDay,
  MAX_YEAR,
  MIN_YEAR,
  monthKey,
  monthStart,
  today,
} from './calendar';

interface Part {
  first: number;
  afterLast: number;
  precision: Precision;
}

function parsePart(text: string): Part | string {
  const m = PART.exec(text);
  if (!m) return `"${text}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return `"${text}": year ${year} is out of range ${MIN_YEAR}–${MAX_YEAR}`;
  }
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
  const first = calendarDay(year, month, Number(m[3]));
  if (first === null) return `"${text}": day ${m[3]} does not exist in ${m[1]}-${m[2]}`;
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

/** A date known to the day has no window of uncertainty. */
export function isExact(interval: DayInterval): boolean {
  return interval.precision === 'day' && interval.afterLast === interval.first + 1;
}

/** Sentinels for "since forever" and "still there" (plain numbers that sort and compare). */
export const NO_START = -1_000_000;
export const NO_END = 1_000_000;

/** How long an event stays on the map after it ends, fading out (days). */
export const EVENT_WINDOW = 180;
/** How long a move's arrow stays on the map after the move (days). */
export const MOVE_WINDOW = 120;
/** How long an open site stays plainly present after its last report (calendar months): a
 * presence reported once is not doubted the next day, only when no report has come for this
 * long. */
export const REPORT_WINDOW_MONTHS = 12;

/** Sites last (and stay on the map, vacated, after their end); events and moves are dated
 * changes, drawn for a fading window after they end. */
export type SpanType = 'site' | 'event' | 'move';

/**
 * The day numbers that decide a record's status on any day, computed once when the data loads.
 * Every reader of a record's time goes through the functions below; only they read the fields.
 *  - `s0` first possible day of the start (`NO_START` when no source gives the start);
 *  - `s1` first day it is certainly there (after a coarse start's window);
 *  - `e0` first possible day of the end (`NO_END`: still there);
 *  - `e1` first day it is certainly over;
 *  - `f0` first day of its first dated report (`first_confirmed`), from which a site of unknown
 *    start is documented (`NO_END` when there is none);
 *  - `r1` the day after its last report (`last_confirmed`; `NO_END` for a record with an end);
 *  - `c1` the day an open site becomes "not confirmed since": `REPORT_WINDOW_MONTHS` after `r1`;
 *  - `w1` the day it leaves the map: `NO_END` for sites, `e1` plus the fading window for events
 *    and moves.
 */
export interface Span {
  readonly type: SpanType;
  readonly s0: number;
  readonly s1: number;
  readonly e0: number;
  readonly e1: number;
  readonly f0: number;
  readonly r1: number;
  readonly c1: number;
  readonly w1: number;
}

const lastDay = (i: DayInterval) => (isExact(i) ? i.first : i.afterLast);

/**
 * `start` null = unknown start (shown as such); `end` undefined = still there; `reports` the
 * first report of a site of unknown start and the last of a record without an end.
 */
export function spanOf(
  type: SpanType,
  start: DayInterval | null,
  end: DayInterval | undefined,
  reports: { first?: DayInterval; last?: DayInterval } = {},
): Span {
  const e1 = end ? lastDay(end) : NO_END;
  const window = type === 'event' ? EVENT_WINDOW : type === 'move' ? MOVE_WINDOW : null;
  // A report known to the month covers the month: the window runs from after it.
  const r1 = !end && reports.last ? reports.last.afterLast : NO_END;
  return {
    type,
    s0: start ? start.first : NO_START,
    s1: start ? lastDay(start) : NO_START,
    e0: end ? end.first : NO_END,
    e1,
    f0: !start && reports.first ? reports.first.first : NO_END,
    r1,
    c1: r1 === NO_END ? NO_END : addMonths(r1, REPORT_WINDOW_MONTHS),
    w1: window === null ? NO_END : e1 + window,
  };
}

/**
 * A record's status on a day. THE RULE, used by the map, the lists and the details:
 *  - On the day of a `start_date` the site is there; on the day of an `end_date` it is vacated
 *    (the hand-over day belongs to whoever takes over: Timbuktu is Malian on 2021-12-14).
 *  - A date coarser than a day is a window of uncertainty: during the whole window the site is
 *    `starting` or `ending` ("day uncertain"), and the change is certain from the day after the
 *    window (Kidal, `end_date: 2021-10`, is `ending` all October 2021 and `ended` from 1 November).
 *  - A site whose start no source gives is `since-unknown` (present, since when unknown) until
 *    its first dated report (`first_confirmed`), and plainly there from that report on.
 *  - An open site stays there after its last report (`last_confirmed`: "last reported …") for
 *    `REPORT_WINDOW_MONTHS`; only then is it `unconfirmed` ("not confirmed since …").
 * Events and moves are `active` from their start to their end, then `ended`.
 */
export type Status =
  | 'future'
  | 'starting'
  | 'active'
  | 'since-unknown'
  | 'unconfirmed'
  | 'ending'
  | 'ended';

export function statusAt(span: Span, day: number): Status {
  if (day < span.s0) return 'future';
  if (day >= span.e1) return 'ended';
  if (day >= span.e0) return 'ending';
  if (day >= span.c1) return 'unconfirmed';
  if (span.s0 === NO_START) return day < span.f0 ? 'since-unknown' : 'active';
  if (day < span.s1) return 'starting';
  return 'active';
}

/** Whether an open site's last report is behind the day (its words say "last reported …"). */
export function pastLastReport(span: Span, day: number): boolean {
  return day >= span.r1;
}

/** Whether the record is on the map at a day: sites from their start on (vacated ones stay,
 * greyed, so that the withdrawal reads), events and moves until their window closes. */
export function visibleAt(span: Span, day: number): boolean {
  return day >= span.s0 && day < span.w1;
}

/** Whether the record is there at a day without doubt about it being there. */
export function presentAt(span: Span, day: number): boolean {
  const status = statusAt(span, day);
  return status === 'active' || status === 'unconfirmed' || status === 'since-unknown';
}

/** How the lists order records at a day: there, then uncertain, then over. */
export function listRank(span: Span, day: number): 0 | 1 | 2 {
  const status = statusAt(span, day);
  if (status === 'ended') return 2;
  if (status === 'starting' || status === 'ending' || status === 'since-unknown') return 1;
  return 0;
}

/** The first day on which the record is certainly shown (its start, after a coarse window). */
export function firstShownDay(span: Span): number {
  return span.type === 'site' ? Math.max(span.s1, span.s0) : span.s0;
}

/** The day that shows a record at its fullest: an event's day, a site's last day certainly
 * there (a link to Timbuktu's French camp opens just before the hand-over). */
export function fullestDay(span: Span): number {
  if (span.type !== 'site') return span.s0;
  if (span.e0 !== NO_END) return Math.max(span.s1, span.e0 - 1);
  return span.s1;
}

/** Steps of the fade, so that a day's step does not touch every fading feature. */
const FADE_STEPS = 20;

/**
 * How fresh an event or a move is at a day: 0 outside its window; 1 while it lasts; then fading
 * towards 0 (but never reaching it) until its window closes at `w1`.
 */
export function freshness(span: Span, day: number): number {
  if (day < span.s0 || day >= span.w1) return 0;
  if (day < span.e1) return 1;
  const left = 1 - (day - span.e1) / (span.w1 - span.e1);
  return Math.max(1, Math.ceil(left * FADE_STEPS)) / FADE_STEPS;
}

/** The first possible day of the start, or null where no source gives it. */
export function startDay(span: Span): number | null {
  return span.s0 === NO_START ? null : span.s0;
}

/** The first possible day of the end, or null for a record still there. */
export function endDay(span: Span): number | null {
  return span.e0 === NO_END ? null : span.e0;
}

/** The days on which a record's status may change (its certain and possible change days). */
export function changeDays(span: Span): number[] {
  return [span.s0, span.s1, span.e0, span.e1, span.f0, span.r1, span.c1].filter(
    (d) => d !== NO_START && d !== NO_END,
  );
}

/** A day brought into a range. */
export function clampDay(day: number, range: { min: number; max: number }): number {
  return Math.min(range.max, Math.max(range.min, day));
}
