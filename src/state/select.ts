/**
 * Selecting a record, from the map, a list, the timeline, search or a link: the selection is a
 * Back step, and a record not shown at the slider's day moves the slider into its period.
 */
import { NO_END } from '../data/dates';
import { type AnyRecord, visibleAt } from '../data/model';
import type { Camera } from './view-state';
import { viewStore } from './view-store';

/** The first day on which the record is certainly shown. */
export function dayToShow(r: AnyRecord): number {
  return r.type === 'site' ? Math.max(r.span.s1, r.span.s0) : r.span.s0;
}

/** The day that shows a record at its fullest: an event's day, a site's last day certainly
 * active (a link to Timbuktu's French camp opens just before the hand-over). */
export function dayActive(r: AnyRecord): number {
  if (r.type !== 'site') return r.span.s0;
  if (r.span.e0 !== NO_END) return Math.max(r.span.s1, r.span.e0 - 1);
  return r.span.s1;
}

export function recordCenter(r: AnyRecord): { lon: number; lat: number } {
  if (r.type !== 'move') return { lon: r.coords[0], lat: r.coords[1] };
  const [a, b] = [r.coords[0], r.coords[r.coords.length - 1]];
  return { lon: ((a?.[0] ?? 0) + (b?.[0] ?? 0)) / 2, lat: ((a?.[1] ?? 0) + (b?.[1] ?? 0)) / 2 };
}

export function selectRecord(r: AnyRecord, options: { fly?: boolean; date?: number } = {}): void {
  const view = viewStore.getState();
  const patch: { selected: string; date?: number; camera?: Camera } = { selected: r.id };
  if (options.date !== undefined) patch.date = options.date;
  else if (!visibleAt(r, view.date)) patch.date = dayToShow(r);
  if (options.fly) {
    const c = recordCenter(r);
    patch.camera = { ...c, zoom: Math.max(view.camera.zoom, 5) };
  }
  view.update(patch, 'ui', true);
}

export function clearSelection(): void {
  const view = viewStore.getState();
  if (view.selected !== null) view.update({ selected: null }, 'ui', true);
}
