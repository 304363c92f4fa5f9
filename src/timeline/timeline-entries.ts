/** Every dated change and event in chronological order (pure, tested): a site's start and end,
 * an event, a move. Unknown starts have no entry (there is no day to put them on). */
import type { Dataset } from '../data/dataset';
import { endDay, startDay } from '../data/dates';
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
    const changes: [TimelineEntry['what'], number | null, string | null | undefined][] =
      r.type === 'move'
        ? [['move', startDay(r.span), r.props.date]]
        : r.type === 'event'
          ? [['event', startDay(r.span), r.props.start_date]]
          : [
              ['start', startDay(r.span), r.props.start_date],
              ['end', endDay(r.span), r.props.end_date],
            ];
    for (const [what, day, dateText] of changes) {
      if (day === null || !dateText) continue;
      entries.push({
        record: r,
        actor: r.actor,
        kind: r.kind,
        key: `${r.id}:${what}`,
        day,
        dateText,
        what,
      });
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
