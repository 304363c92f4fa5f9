/**
 * What other folders may ask of the map: types only, so that a module that uses the map never
 * loads MapLibre. The controller implements it; React hands it out through `host-context.tsx`.
 */
import type { CustomLayerInterface } from 'maplibre-gl';

/** A point the reader clicked, and the zoom it was clicked at. */
export interface MapPoint {
  readonly lng: number;
  readonly lat: number;
  readonly zoom: number;
}

/** A custom layer (the imported events), drawn under the curated data layers. The controller
 * owns every map event: a click that no curated record takes is offered to `pick`, topmost
 * layer first, and every layer hears `unpick` before that. */
export interface PickableLayer extends CustomLayerInterface {
  /** Takes the click if something of this layer is drawn there; true when it did. */
  pick?(at: MapPoint): boolean;
  /** Another record or nothing was clicked: drop this layer's pick. */
  unpick?(): void;
}

export interface MapHost {
  /** Adds a layer; it stays on the map (re-added after a GPU context loss) until removed. */
  addCustomLayer(layer: PickableLayer): void;
  removeCustomLayer(id: string): void;
  /** The map as drawn, for the image export. */
  capture(): Promise<HTMLCanvasElement>;
  /** The map's width in CSS pixels (its canvas is in device pixels). */
  cssWidth(): number;
}
