/**
 * Imported events as typed columns sorted by start day, the form the map layer, the picking grid
 * and the counts read: about 30 bytes an event for the numbers, plus the texts for the details.
 * Built in the parsing worker; the typed arrays are transferred (not copied) to the page.
 */

import { monthKey } from '../../data/dates';
import type { EventPrecision } from './event-dates';
import type { ImportedEvent } from './normalize';

export const PRECISIONS: readonly EventPrecision[] = ['day', 'week', 'month', 'span'];

export interface EventTable {
  readonly n: number;
  /** Web Mercator 0..1 (MapLibre's `MercatorCoordinate`). */
  readonly x: Float32Array;
  readonly y: Float32Array;
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** The window of days [start, end), sorted by `start`. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** The longest window, so that a day's lookup can skip what ended long before. */
  readonly maxDuration: number;
  /** Index into `types`. */
  readonly type: Uint8Array;
  readonly types: readonly string[];
  /** -1: not given. */
  readonly fatalities: Int32Array;
  /** Index into PRECISIONS. */
  readonly precision: Uint8Array;
  readonly gedPrecision: Uint8Array;
  readonly actors: readonly string[];
  readonly notes: readonly string[];
  readonly source: readonly string[];
  readonly place: readonly string[];
}

export function mercatorX(lon: number): number {
  return (lon + 180) / 360;
}

export function mercatorY(lat: number): number {
  const clamped = Math.max(-85.051129, Math.min(85.051129, lat));
  const s = Math.sin((clamped * Math.PI) / 180);
  return 0.5 - (0.25 * Math.log((1 + s) / (1 - s))) / Math.PI;
}

/** At most 255 types keep their own colour index; the rest share the last one. */
const MAX_TYPES = 255;

export function buildTable(events: readonly ImportedEvent[]): EventTable {
  const n = events.length;
  // Sort by start with a numeric typed-array sort (no comparator): key = start, then index.
  const keys = new Float64Array(n);
  const OFFSET = 100_000;
  const SCALE = 2 ** 22;
  for (let i = 0; i < n; i++) keys[i] = ((events[i]?.start ?? 0) + OFFSET) * SCALE + i;
  keys.sort();
  const t = {
    x: new Float32Array(n),
    y: new Float32Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
    type: new Uint8Array(n),
    fatalities: new Int32Array(n),
    precision: new Uint8Array(n),
    gedPrecision: new Uint8Array(n),
  };
  const types: string[] = [];
  const typeIndex = new Map<string, number>();
  const actors: string[] = new Array(n);
  const notes: string[] = new Array(n);
  const source: string[] = new Array(n);
  const place: string[] = new Array(n);
  let maxDuration = 1;
  for (let k = 0; k < n; k++) {
    const i = (keys[k] ?? 0) % SCALE;
    const e = events[i] as ImportedEvent;
    t.x[k] = mercatorX(e.lon);
    t.y[k] = mercatorY(e.lat);
    t.lon[k] = e.lon;
    t.lat[k] = e.lat;
    t.start[k] = e.start;
    t.end[k] = e.end;
    maxDuration = Math.max(maxDuration, e.end - e.start);
    let ti = typeIndex.get(e.type);
    if (ti === undefined) {
      ti = Math.min(types.length, MAX_TYPES - 1);
      if (types.length < MAX_TYPES) types.push(e.type);
      typeIndex.set(e.type, ti);
    }
    t.type[k] = ti;
    t.fatalities[k] = e.fatalities;
    t.precision[k] = PRECISIONS.indexOf(e.precision);
    t.gedPrecision[k] = e.gedPrecision;
    actors[k] = e.actors;
    notes[k] = e.notes;
    source[k] = e.source;
    place[k] = e.place;
  }
  return { n, ...t, maxDuration, types, actors, notes, source, place };
}

/** The typed arrays of a table, to transfer from the worker. */
export function transferables(t: EventTable): ArrayBuffer[] {
  return [
    t.x,
    t.y,
    t.lon,
    t.lat,
    t.start,
    t.end,
    t.type,
    t.fatalities,
    t.precision,
    t.gedPrecision,
  ].map((a) => a.buffer as ArrayBuffer);
}

/** "In the window before the day": started on or before it, not ended before the window. The
 * shader runs the same test, written from `WINDOW_GLSL` below; a unit test checks they agree. */
export function inWindow(start: number, end: number, day: number, windowDays: number): boolean {
  return start <= day && end > day - windowDays;
}

/** `inWindow` in GLSL, over the shader's names: `days` (start, end), `day`, `windowDays`. */
export const WINDOW_GLSL = 'days.x <= day && days.y > day - windowDays';

/** First index whose start is greater than `day` (the drawn prefix ends there). */
export function upperBound(start: Int32Array, day: number): number {
  let lo = 0;
  let hi = start.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((start[mid] ?? 0) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index that can still be in the window (earlier starts all ended before it). */
export function firstCandidate(t: EventTable, day: number, windowDays: number): number {
  return upperBound(t.start, day - windowDays - t.maxDuration);
}

/** How many events are in the window before the day (the Layers panel's count). */
export function countAt(t: EventTable, day: number, windowDays: number): number {
  const last = upperBound(t.start, day);
  let count = 0;
  for (let i = firstCandidate(t, day, windowDays); i < last; i++) {
    if (inWindow(t.start[i] ?? 0, t.end[i] ?? 0, day, windowDays)) count++;
  }
  return count;
}

/** Events per calendar month of their first day, for the slider's density strip. */
export function perMonth(t: EventTable): Map<number, number> {
  const months = new Map<number, number>();
  let lastDay = Number.NaN;
  let key = 0;
  // Sorted by start: the month is computed once per distinct day.
  for (let i = 0; i < t.n; i++) {
    const day = t.start[i] ?? 0;
    if (day !== lastDay) {
      key = monthKey(day);
      lastDay = day;
    }
    months.set(key, (months.get(key) ?? 0) + 1);
  }
  return months;
}
