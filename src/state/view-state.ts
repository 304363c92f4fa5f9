/**
 * The view state: everything a share link must reproduce, and nothing else (no data).
 * It is small and serialisable; the URL codec turns it into a query string and back.
 */
import type { LayerId, RecordKind } from '../data/schema';

export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];

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
}

/** Where a change came from, so that a camera move made by the map is not fed back into it. */
export type Origin = 'map' | 'url' | 'ui';

/** Camera limits, shared by the map and the codec (a link cannot ask for more). */
export const ZOOM_RANGE = { min: 2, max: 12 } as const;

/** The opening view: the Sahel from Dakar to N'Djamena. */
export const DEFAULT_CAMERA: Camera = { zoom: 3.6, lat: 15.5, lon: 8 };
