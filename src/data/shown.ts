/**
 * What the reader sees at a day, written once: a record is shown when its layer is on, its kind
 * is not hidden, and the time rule draws it at the day (`visibleAt`). The map's lists, the counts,
 * the export, Compare and the opening view all ask here.
 */
import type { Dataset } from './dataset';
import { visibleAt } from './dates';
import type { AnyRecord } from './model';
import type { LayerId, RecordKind } from './schema';

/** The reader's choice of layers and kinds (a view has both). */
export interface ShownFilter {
  readonly layers: readonly LayerId[];
  readonly hidden: readonly RecordKind[];
}

/** What the rule reads of a record (a record of the data files or of the map file). */
type Shown = Pick<AnyRecord, 'layer' | 'kind' | 'span'>;

/** In a layer that is on, of a kind that is not hidden (whatever the day). */
export function chosen(r: Shown, filter: ShownFilter): boolean {
  return filter.layers.includes(r.layer) && !filter.hidden.includes(r.kind);
}

/** Chosen and drawn at the day. */
export function shownAt(r: Shown, day: number, filter: ShownFilter): boolean {
  return chosen(r, filter) && visibleAt(r.span, day);
}

/** Every record shown at the day, layer by layer in the dataset's order. */
export function recordsShown(dataset: Dataset, day: number, filter: ShownFilter): AnyRecord[] {
  return dataset.layers.flatMap((l) => l.records.filter((r) => shownAt(r, day, filter)));
}
