/**
 * The custom layers (the imported events) on the map, drawn under the curated data layers. One
 * added before the map is ready, or while the GPU context is lost (no style to add it to), waits
 * and is added once the map can take it.
 */
import type { CustomLayerInterface, Map as MapLibreMap } from 'maplibre-gl';
import { forEachDataLayer } from '../style/view-style';

export class CustomLayers {
  private readonly pending: CustomLayerInterface[] = [];

  /** `live`: the map when it can take calls, else null. */
  constructor(private readonly live: () => MapLibreMap | null) {}

  add(layer: CustomLayerInterface): void {
    const map = this.live();
    if (!map) {
      if (!this.pending.includes(layer)) this.pending.push(layer);
      return;
    }
    if (map.getLayer(layer.id)) return;
    let below: string | undefined;
    forEachDataLayer((spec) => {
      if (!below && map.getLayer(spec.id)) below = spec.id;
    });
    map.addLayer(layer, below);
  }

  remove(id: string, map: MapLibreMap | null): void {
    const i = this.pending.findIndex((l) => l.id === id);
    if (i >= 0) this.pending.splice(i, 1);
    if (map?.getLayer(id)) map.removeLayer(id);
  }

  /** Adds the layers that waited (the map is ready, or its style was rebuilt). */
  flush(): void {
    for (const layer of this.pending.splice(0)) this.add(layer);
  }
}
