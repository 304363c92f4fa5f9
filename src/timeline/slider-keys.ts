/**
 * What the slider's keys do, as a pure function: arrows a day (with Shift a month), Page Up/Down
 * a year, Home/End the ends of the range. Calendar months and years, not 30 or 365 days.
 */
import { dayNumber } from '../data/dates';

const DAY_MS = 86_400_000;

export function addMonths(day: number, months: number): number {
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const target = new Date(Date.UTC(y, m, 1));
  const last = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  return dayNumber(
    target.getUTCFullYear(),
    target.getUTCMonth() + 1,
    Math.min(d.getUTCDate(), last),
  );
}

export interface Range {
  readonly min: number;
  readonly max: number;
}

export function clampDay(day: number, range: Range): number {
  return Math.min(range.max, Math.max(range.min, day));
}

/** The day a key moves to, or null for keys the slider does not handle. */
export function dayForKey(day: number, key: string, shift: boolean, range: Range): number | null {
  let next: number;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      next = shift ? addMonths(day, 1) : day + 1;
      break;
    case 'ArrowLeft':
    case 'ArrowDown':
      next = shift ? addMonths(day, -1) : day - 1;
      break;
    case 'PageUp':
      next = addMonths(day, 12);
      break;
    case 'PageDown':
      next = addMonths(day, -12);
      break;
    case 'Home':
      next = range.min;
      break;
    case 'End':
      next = range.max;
      break;
    default:
      return null;
  }
  return clampDay(next, range);
}
