/**
 * The one handle the browser tests and the benchmark read the map through (`window.__sahel`),
 * typed here and imported as a type by `e2e/support/app.ts` and `bench/`. It wraps the map
 * rather than handing it out, except for the benchmark's own layers (`map`).
 */
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerId } from '../../data/schema';
import type { Camera } from '../../state/view-state';

/** The performance mark of MapLibre's first idle frame with the basemap and every data layer
 * drawn: the e2e driver waits for it, the benchmark measures to it. */
export const DATA_VISIBLE_MARK = 'sahel:data-visible';

/** The performance mark of the first map with the day's sites on it: the light map's first
 * drawing with the basemap and the records (or MapLibre's data-visible frame, where MapLibre
 * came first). Its `detail` says which map and how many sites it drew. The benchmark measures
 * to it beside `DATA_VISIBLE_MARK`. */
export const FIRST_MAP_MARK = 'sahel:first-map';

/** Which map the reader sees: the light 2D map, MapLibre's, or none yet. */
export type ShownMap = 'light' | 'maplibre' | 'none';

export interface DrawnSite {
  readonly id: string;
  /** MapLibre's layer that draws it (`france-sites-ended`…). */
  readonly layer: string;
  readonly x: number;
  readonly y: number;
}

/** The `detail` of `FIRST_MAP_MARK`. */
export interface FirstMapDetail {
  readonly map: Exclude<ShownMap, 'none'>;
  /** The sites drawn (the site layers' drawn features). */
  readonly sites: number;
}

export const HANDLE_NAME = '__sahel';

/** What the handle reads, of whichever map is showing (the light map until MapLibre has drawn
 * the data, and where MapLibre cannot draw). */
export interface SahelHandle {
  /** Which map is showing. */
  shown(): ShownMap;
  /** Properties of the features drawn in some layers at the slider's day (features hidden by
   * their look are in the layers but not drawn). */
  drawn(layers: readonly string[]): Record<string, unknown>[];
  /** Every data feature drawn at the slider's day, as `maplibre-layer:id`, sorted (what the
   * reader sees of the data, compared before and after a GPU context loss). */
  drawnData(): string[];
  /** The sites drawn at the slider's day (their icons) and where, in CSS pixels of the map:
   * compared between the light map and MapLibre's. */
  drawnSites(): DrawnSite[];
  /** Whether the map is loaded, with every tile and no pending frame. */
  settled(): boolean;
  /** The day the map shows (kept in its global state; no layer reads it). */
  day(): number;
  camera(): Camera;
  /** A point's position in the map's canvas, in CSS pixels. */
  project(lonLat: readonly [number, number]): { x: number; y: number };
  /** A layer's layout property, as the map has it now. */
  layout(layer: string, property: string): unknown;
  /** The benchmark: its own data in a layer (features shaped like `data/*.geojson`). */
  loadData(layer: LayerId, collection: FeatureCollection): void;
  /** The benchmark: the slider's day, straight to the controller. */
  setDay(day: number): void;
  /** The sites the opening view framed (none for a link with its own camera). */
  storySites(): readonly { readonly id: string; readonly lonLat: readonly [number, number] }[];
  /** The benchmark: MapLibre's map itself, for its comparison layers (null before it is made,
   * or where it cannot be). */
  readonly map: MapLibreMap | null;
}

/** What each map answers for itself; the handle asks the one showing. */
export type MapReadings = Omit<SahelHandle, 'shown' | 'map' | 'loadData'>;

export function exposeHandle(handle: SahelHandle): void {
  (window as unknown as Record<string, SahelHandle>)[HANDLE_NAME] = handle;
}

export function markDataVisible(): void {
  if (performance.getEntriesByName(DATA_VISIBLE_MARK).length === 0) {
    performance.mark(DATA_VISIBLE_MARK);
  }
}

/** Marks the first map with the day's sites, once; true the first time. */
export function markFirstMap(detail: FirstMapDetail): boolean {
  if (performance.getEntriesByName(FIRST_MAP_MARK).length > 0) return false;
  performance.mark(FIRST_MAP_MARK, { detail });
  return true;
}
