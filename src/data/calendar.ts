/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC, proleptic Gregorian): one home
 * for the curated record (`dates.ts`) and the imported events alike. No time rule here.
 */

export const DAY_MS = 86_400_000;

/** The years a date may name (the record's and an imported file's alike). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** Days since 1970-01-01 of a calendar day. */
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

/** The day number of a calendar day that exists (year in range, month 1–12, day in the month),
 * else null. */
export function calendarDay(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return dayNumber(year, month, day);
}

/** A month as one number, year × 12 + month index (0–11): a key for counts per month. */
export function monthKey(day: number): number {
  const d = new Date(day * DAY_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** The first day of the month `day` is in, `months` months later (0: that month). */
export function monthStart(day: number, months = 0): number {
  const d = new Date(day * DAY_MS);
  return dayNumber(d.getUTCFullYear(), d.getUTCMonth() + 1 + months, 1);
}

/** The same day of the month `months` later (or earlier), or the month's last day if shorter:
 * calendar months, not 30 days. */
export function addMonths(day: number, months: number): number {
  const d = new Date(day * DAY_MS);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const y = target.getUTCFullYear();
  const m = target.getUTCMonth() + 1;
  return dayNumber(y, m, Math.min(d.getUTCDate(), daysInMonth(y, m)));
}
