/**
 * The slider's scale: a label for every year (every other year where the track is too narrow
 * for one per year, as on a phone) and a tick for every month where there is room. Positions are
 * fractions of the track, from the range's first day (0) to its last (1). Pure.
 */
import { dayNumber, isoDay } from '../data/dates';
import type { Range } from './slider-keys';

/** The least room a year label needs ("2024" at the slider's font size, with a gap). */
export const YEAR_LABEL_PX = 40;
/** The least room between two month ticks for them to read as a scale. */
export const MONTH_TICK_PX = 5;

export interface Scale {
  readonly years: readonly { readonly year: number; readonly at: number }[];
  readonly months: readonly number[];
}

export function scaleFor(range: Range, widthPx: number): Scale {
  const span = Math.max(1, range.max - range.min);
  const at = (day: number) => (day - range.min) / span;
  const firstYear = Number(isoDay(range.min).slice(0, 4));
  const lastYear = Number(isoDay(range.max).slice(0, 4));
  const pxPerYear = (widthPx * 365.25) / span;
  const every = pxPerYear >= YEAR_LABEL_PX ? 1 : pxPerYear * 2 >= YEAR_LABEL_PX ? 2 : 5;
  const years: { year: number; at: number }[] = [];
  for (let y = firstYear; y <= lastYear; y++) {
    const day = dayNumber(y, 1, 1);
    if (day < range.min || y % every !== 0) continue;
    // A label too close to the track's end would be cut off.
    if (at(day) > 1 - YEAR_LABEL_PX / 2 / Math.max(widthPx, 1)) continue;
    years.push({ year: y, at: at(day) });
  }
  const months: number[] = [];
  if (pxPerYear / 12 >= MONTH_TICK_PX) {
    for (let y = firstYear; y <= lastYear; y++) {
      for (let m = 2; m <= 12; m++) {
        const day = dayNumber(y, m, 1);
        if (day > range.min && day < range.max) months.push(at(day));
      }
    }
  }
  return { years, months };
}
