/** Every dated change and event in chronological order (pure, tested): a site's start and end,
 * an event, a move. Unknown starts have no entry (there is no day to put them on). */
import type { Dataset } from '../data/dataset';
import { NO_END, NO_START } from '../data/dates';
import type { AnyRecord } from '../data/model';
import type { Actor } from '../data/schema';

export interface TimelineEntry {
  readonly key: string;
  readonly day: number;
  /** The date as written in the data, at its precision. */
  readonly dateText: string;
  readonly what: 'start' | 'end' | 'event' | 'move';
  readonly record: AnyRecord;
  readonly actor: Actor;
  readonly kind: string;
}

export function timelineEntries(dataset: Dataset): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const r of dataset.byId.values()) {
    const base = { record: r, actor: r.actor, kind: r.kind };
    if (r.type === 'move') {
      entries.push({
        ...base,
        key: `${r.id}:move`,
        day: r.span.s0,
        dateText: r.props.date,
        what: 'move',
      });
    } else if (r.type === 'event') {
      if (r.props.start_date && r.span.s0 !== NO_START) {
        entries.push({
          ...base,
          key: `${r.id}:event`,
          day: r.span.s0,
          dateText: r.props.start_date,
          what: 'event',
        });
      }
    } else {
      if (r.props.start_date && r.span.s0 !== NO_START) {
        entries.push({
          ...base,
          key: `${r.id}:start`,
          day: r.span.s0,
          dateText: r.props.start_date,
          what: 'start',
        });
      }
      if (r.props.end_date && r.span.e0 !== NO_END) {
        entries.push({
          ...base,
          key: `${r.id}:end`,
          day: r.span.e0,
          dateText: r.props.end_date,
          what: 'end',
        });
      }
    }
  }
  return entries.sort((a, b) => a.day - b.day || a.key.localeCompare(b.key));
}

/** The index of the last entry on or before the day (the "current" entry), or -1. */
export function currentIndex(entries: readonly TimelineEntry[], day: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((entries[mid]?.day ?? 0) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
