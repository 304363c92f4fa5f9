/** What the map shows at a day, grouped for the "On this date" list (pure, tested). */

import type { Dataset } from '../data/dataset';
import { firstShownDay, listRank } from '../data/dates';
import type { AnyRecord, PlaceRecord } from '../data/model';
import { ACTORS, type Actor, type LayerId, type RecordKind } from '../data/schema';
import { recordsShown } from '../data/shown';

export interface DateGroups {
  /** Sites per actor, present first, then uncertain, then vacated (`listRank`); by name. */
  readonly sites: readonly { actor: Actor; records: readonly PlaceRecord[] }[];
  /** Events still on the map (within their fading window), newest first. */
  readonly events: readonly PlaceRecord[];
}

export function groupAtDate(
  dataset: Dataset,
  day: number,
  layers: readonly LayerId[],
  nameOf: (r: AnyRecord) => string,
  hidden: readonly RecordKind[] = [],
): DateGroups {
  const byActor = new Map<Actor, PlaceRecord[]>();
  const events: PlaceRecord[] = [];
  for (const r of recordsShown(dataset, day, { layers, hidden })) {
    if (r.type === 'move') continue;
    if (r.type === 'event') events.push(r);
    else {
      const list = byActor.get(r.actor) ?? [];
      list.push(r);
      byActor.set(r.actor, list);
    }
  }
  const sites = ACTORS.flatMap((actor) => {
    const records = byActor.get(actor);
    if (!records) return [];
    records.sort(
      (a, b) => listRank(a.span, day) - listRank(b.span, day) || nameOf(a).localeCompare(nameOf(b)),
    );
    return [{ actor, records }];
  });
  events.sort((a, b) => firstShownDay(b.span) - firstShownDay(a.span));
  return { sites, events };
}
