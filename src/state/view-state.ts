/**
 * The view state: everything a share link must reproduce, and nothing else (no data).
 * It is small and serialisable; the URL codec turns it into a query string and back.
 */
import type { LayerId, RecordKind } from '../data/schema';
import type { Lang } from '../i18n/lang';

export interface Camera {
  readonly zoom: number;
  readonly lat: number;
  readonly lon: number;
}

export interface ViewState {
  /** The slider's day (days since 1970-01-01, UTC). */
  readonly date: number;
  readonly camera: Camera;
  /** Visible layers, in the canonical order of `LAYER_IDS`. */
  readonly layers: readonly LayerId[];
  /** Kinds hidden inside the visible layers (coups, diplomacy…), in the order of `ALL_KINDS`. */
  readonly hidden: readonly RecordKind[];
  /** The selected record's id (site, event or move), or null. */
  readonly selected: string | null;
  readonly lang: Lang;
  /** The day the view compares with (what changed between it and `date`), or null. */
  readonly compare: number | null;
  /** A compact view for an iframe (map, slider, legend; no header, search or side panel). */
  readonly embed: boolean;
}

/** The view's fields, listed once: the store, the URL sync's change check and the map's inputs
 * derive from this list. */
export const VIEW_KEYS = [
  'date',
  'camera',
  'layers',
  'hidden',
  'selected',
  'lang',
  'compare',
  'embed',
] as const satisfies readonly (keyof ViewState)[];

/** The plain view state of anything that holds one (drops a store's own fields). */
export function viewOf(s: ViewState): ViewState {
  return Object.fromEntries(VIEW_KEYS.map((k) => [k, s[k]])) as unknown as ViewState;
}

/** Whether two views differ in any field (fields are immutable: compared by identity). */
export function viewChanged(a: ViewState, b: ViewState): boolean {
  return VIEW_KEYS.some((k) => a[k] !== b[k]);
}

/** Where a change came from: only used to ignore the echoes of one's own changes (the URL sync
 * does not write back what came from the URL; the map is not moved to where it already went). */
export type Origin = 'map' | 'url' | 'ui';

/** How a change is kept in the browser's history: its own Back step, or in place. */
export type HistoryMode = 'push' | 'replace';

export interface Change {
  readonly origin: Origin;
  readonly history: HistoryMode;
  /** Whether the map flies to the new camera (an action's choice, not implied by its origin). */
  readonly animate: boolean;
}

/** Camera limits, shared by the map and the codec (a link cannot ask for more). */
export const ZOOM_RANGE = { min: 2, max: 12 } as const;

/** The opening view: the Sahel from Dakar to N'Djamena. */
export const DEFAULT_CAMERA: Camera = { zoom: 3.6, lat: 15.5, lon: 8 };
