/**
 * The replay's rules, pure: speeds in days of the record per second of playback, the range it
 * plays (from, to, loop), one animation frame's step, and the hand-overs to mark on the map and
 * in the caption while they are recent. Days come from `data/dates.ts` (a hand-over's day is its
 * move's first shown day), so that the replay shows what the slider shows.
 */
import type { Dataset } from './dataset';
import { clampDay, firstShownDay } from './dates';

/** The slider's first and last days. */
interface Range {
  readonly min: number;
  readonly max: number;
}

/** A week, a month, a quarter and a year per second. A month per second is the default: a
 * year of the story (November 2021 to December 2022) takes 13 seconds, time to see Russia
 * arrive; a year per second runs the whole story in a quarter of a minute. */
export const PLAY_SPEEDS = [7, 30, 91, 365] as const;
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];
export const DEFAULT_SPEED: PlaySpeed = 30;

export interface PlayRange {
  readonly from: number;
  readonly to: number;
  readonly loop: boolean;
}

/** The range played: the reader's from/to inside the slider's range, in order; the whole
 * slider when they chose none. */
export function playRange(
  slider: Range,
  chosen: { from: number | null; to: number | null; loop: boolean },
): PlayRange {
  const a = clampDay(chosen.from ?? slider.min, slider);
  const b = clampDay(chosen.to ?? slider.max, slider);
  return { from: Math.min(a, b), to: Math.max(a, b), loop: chosen.loop };
}

/** The day Play starts from: the slider's day when it is inside the range and short of its
 * end, else the range's start. */
export function playStart(day: number, range: PlayRange): number {
  return day >= range.from && day < range.to ? day : range.from;
}

export interface PlayStep {
  readonly day: number;
  /** The fraction of a day not yet shown, carried to the next frame. */
  readonly carry: number;
  /** The range's end was reached without a loop: playback stops there. */
  readonly done: boolean;
}

/** One frame of playback, `elapsedMs` after the last: whole days move the slider, the rest is
 * carried. At the end the slider stops on `to`, or starts again from `from` when looping. */
export function playStep(
  day: number,
  carry: number,
  elapsedMs: number,
  speed: number,
  range: PlayRange,
): PlayStep {
  const total = carry + (Math.max(0, elapsedMs) / 1000) * speed;
  const whole = Math.floor(total);
  const next = day + whole;
  if (next < range.to) return { day: next, carry: total - whole, done: false };
  if (day < range.to) return { day: range.to, carry: 0, done: !range.loop };
  // The frame after the one that showed `to`: a loop starts again.
  return range.loop ? { day: range.from, carry: 0, done: false } : { day, carry: 0, done: true };
}

/** How long a hand-over stays marked, in days of the record: about two seconds of playback at
 * the chosen speed, and at least three weeks, so that a reader stepping by day sees it too. */
export function markDays(speed: number): number {
  return Math.max(21, Math.round(speed * 2));
}

export interface HandoverMark {
  readonly id: string;
  readonly lonLat: readonly [number, number];
  readonly day: number;
  /** 0 on the day of the hand-over, towards 1 as the mark fades. */
  readonly age: number;
  readonly fromActor: string;
  /** The actor that takes the place over (its colour draws the mark). */
  readonly toActor: string;
}

/** The hand-overs of the `window` days up to `day`, newest first, where they happened (the
 * place taken over). */
export function recentHandovers(dataset: Dataset, day: number, window: number): HandoverMark[] {
  const marks: HandoverMark[] = [];
  for (const layer of dataset.layers) {
    for (const r of layer.records) {
      if (r.type !== 'move' || r.kind !== 'handover') continue;
      const at = firstShownDay(r.span);
      if (at > day || day - at >= window) continue;
      const place = r.coords[r.coords.length - 1];
      if (!place) continue;
      const from = dataset.byId.get(r.props.from);
      const to = dataset.byId.get(r.props.to);
      marks.push({
        id: r.id,
        lonLat: place,
        day: at,
        age: (day - at) / window,
        fromActor: from?.actor ?? r.actor,
        toActor: to?.actor ?? r.actor,
      });
    }
  }
  return marks.sort((a, b) => b.day - a.day || a.id.localeCompare(b.id));
}
