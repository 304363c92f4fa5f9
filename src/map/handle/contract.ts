/**
 * The one handle the browser tests and the benchmark read the map through (`window.__sahel`),
 * typed here and imported as a type by `e2e/support/app.ts` and `bench/`. It wraps the map
 * rather than handing it out, except for the benchmark's own layers (`map`).
 */
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerId } from '../../data/schema';
import type { Camera } from '../../state/view-state';

/** The performance mark of the first idle frame with the basemap and every data layer drawn:
 * the e2e driver waits for it, the benchmark measures to it. */
export const DATA_VISIBLE_MARK = 'sahel:data-visible';

export const HANDLE_NAME = '__sahel';

export interface SahelHandle {
  /** Properties of the features drawn in some layers at the slider's day (features hidden by
   * their look are in the layers but not drawn). */
  drawn(layers: readonly string[]): Record<string, unknown>[];
  /** Every data feature drawn at the slider's day, as `maplibre-layer:id`, sorted (what the
   * reader sees of the data, compared before and after a GPU context loss). */
  drawnData(): string[];
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
  /** The benchmark: the map itself, for its comparison layers. */
  readonly map: MapLibreMap;
}

export function exposeHandle(handle: SahelHandle): void {
  (window as unknown as Record<string, SahelHandle>)[HANDLE_NAME] = handle;
}

export function markDataVisible(): void {
  if (performance.getEntriesByName(DATA_VISIBLE_MARK).length === 0) {
    performance.mark(DATA_VISIBLE_MARK);
  }
}
