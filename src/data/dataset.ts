/**
 * The loaded layers seen as one dataset: records by id, links between them, and the days on
 * which anything changes (for "previous/next change", the density strip and the timeline).
 */
import { useQueries } from '@tanstack/react-query';
import { changeDays as changeDaysOf, dayNumber, today } from './dates';
import type { AnyRecord, LayerData, MoveRecord } from './model';
import { layerQuery } from './queries';
import { LAYER_IDS, type LayerId } from './schema';

export interface LayerStatus {
  readonly id: LayerId;
  readonly status: 'pending' | 'error' | 'success';
  readonly error: Error | null;
  readonly retry: () => void;
}

export interface Dataset {
  readonly layers: readonly LayerData[];
  readonly byId: ReadonlyMap<string, AnyRecord>;
  /** The ids of records merged into another (`former_ids`) → the id that stays. */
  readonly formerIds: ReadonlyMap<string, string>;
  /** Moves leaving from / arriving at each record id. */
  readonly movesFrom: ReadonlyMap<string, readonly MoveRecord[]>;
  readonly movesTo: ReadonlyMap<string, readonly MoveRecord[]>;
  /** Sorted unique days on which a record starts, ends or happens. */
  readonly changeDays: readonly number[];
  /** The slider's span: the first change from `SLIDER_START` on, to today. */
  readonly range: { readonly min: number; readonly max: number };
}

/** The slider starts no earlier than 2012, the year before Serval: the story the map tells.
 * Records that started before (Dakar and Faya-Largeau in 1960, Épervier in 1986) are present on
 * its first day; their start is in their details and the timeline. */
export const SLIDER_START = dayNumber(2012, 1, 1);

/** Before the data arrives, the slider covers Serval's start to today. */
export const FALLBACK_RANGE = { min: dayNumber(2013, 1, 1), max: today() };

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildDataset(layers: readonly LayerData[], now = today()): Dataset {
  const byId = new Map<string, AnyRecord>();
  const formerIds = new Map<string, string>();
  const movesFrom = new Map<string, MoveRecord[]>();
  const movesTo = new Map<string, MoveRecord[]>();
  const days = new Set<number>();
  for (const layer of layers) {
    for (const r of layer.records) {
      byId.set(r.id, r);
      for (const old of r.props.former_ids ?? []) formerIds.set(old, r.id);
      if (r.type === 'move') {
        push(movesFrom, r.props.from, r);
        push(movesTo, r.props.to, r);
      }
      for (const d of changeDaysOf(r.span)) days.add(d);
    }
  }
  const changeDays = [...days].sort((a, b) => a - b);
  const first = changeDays[0] ?? FALLBACK_RANGE.min;
  return {
    layers,
    byId,
    formerIds,
    movesFrom,
    movesTo,
    changeDays,
    range: { min: Math.min(Math.max(first, SLIDER_START), now), max: now },
  };
}

/** The nearest change strictly before / after a day, or null. */
export function adjacentChange(days: readonly number[], day: number, dir: -1 | 1): number | null {
  // Binary search for the first index with days[i] > day (dir 1) or >= day (dir -1).
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = days[mid] ?? 0;
    if (dir === 1 ? v <= day : v < day) lo = mid + 1;
    else hi = mid;
  }
  const i = dir === 1 ? lo : lo - 1;
  return days[i] ?? null;
}

type LayerResult = {
  data?: LayerData | undefined;
  status: LayerStatus['status'];
  error: Error | null;
  refetch: () => unknown;
};

// Module-level so that TanStack Query keeps the combined result until a query really changes.
function combineLayers(results: LayerResult[]) {
  const loaded = results.flatMap((r) => (r.data ? [r.data] : []));
  return {
    dataset: loaded.length > 0 ? buildDataset(loaded) : null,
    statuses: results.map(
      (r, i): LayerStatus => ({
        id: LAYER_IDS[i] as LayerId,
        status: r.status,
        error: r.error,
        retry: () => void r.refetch(),
      }),
    ),
  };
}

/** All layer queries, combined into statuses and (once anything loaded) a dataset; fetched once
 * `enabled` (the page fetches them after the first map). */
export function useDataset(enabled = true): {
  dataset: Dataset | null;
  statuses: readonly LayerStatus[];
} {
  return useQueries({
    queries: LAYER_IDS.map((id) => ({ ...layerQuery(id), enabled })),
    combine: combineLayers,
  });
}
