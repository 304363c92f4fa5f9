/**
 * How imported layers reach the map: the app hands over its map controller (any object that can
 * add and remove a custom layer). The map layers themselves (`map-layers.ts`, the WebGL program,
 * the picking grid) load with the first imported layer.
 */
import type { CustomLayerInterface, Map as MapLibreMap } from 'maplibre-gl';
import { importStore } from '../store';

export interface CustomLayerHost {
  addCustomLayer(layer: CustomLayerInterface): void;
  removeCustomLayer(id: string): void;
  readonly instance: MapLibreMap | null;
}

let host: CustomLayerHost | null = null;
let loaded: Promise<typeof import('./layers')> | null = null;

function load(): void {
  loaded ??= import('./layers');
  void loaded.then((m) => m.setHost(host));
}

importStore.subscribe((s) => {
  if (s.layers.length > 0) load();
});

/** Called by the app with its map controller (null when the map goes away). */
export function attachImportedLayers(next: CustomLayerHost | null): void {
  host = next;
  if (loaded || importStore.getState().layers.length > 0) load();
}
