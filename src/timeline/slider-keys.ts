/**
 * What the slider's keys do, as a pure function: arrows a day (with Shift a month), Page Up/Down
 * a year, Home/End the ends of the range. Calendar months and years, not 30 or 365 days.
 */
import { addMonths, clampDay } from '../data/dates';

export interface Range {
  readonly min: number;
  readonly max: number;
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
