/**
 * The custom layers (the imported events) on the map, drawn under the curated data layers. The
 * controller keeps every layer it was given: one given before the map is ready, or while the GPU
 * context is lost, is added once the map can take it, and after a context loss (MapLibre rebuilds
 * its style without custom layers) every layer is added again, here and nowhere else.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapPoint, PickableLayer } from '../host';
import { forEachDataLayer } from '../style/view-style';

export class CustomLayers {
  private readonly layers: PickableLayer[] = [];

  /** `live`: the map when it can take calls, else null. */
  constructor(private readonly live: () => MapLibreMap | null) {}

  add(layer: PickableLayer): void {
    if (!this.layers.includes(layer)) {
      const same = this.layers.findIndex((l) => l.id === layer.id);
      if (same >= 0) this.layers.splice(same, 1);
      this.layers.push(layer);
    }
    this.addToMap(layer);
  }

  remove(id: string, map: MapLibreMap | null): void {
    const i = this.layers.findIndex((l) => l.id === id);
    if (i >= 0) this.layers.splice(i, 1);
    if (map?.style && map.getLayer(id)) map.removeLayer(id);
  }

  /** Adds every kept layer the map does not have (it is ready, or its style was rebuilt). */
  flush(): void {
    for (const layer of this.layers) this.addToMap(layer);
  }

  /** A click no curated record took: every layer drops its pick, then the topmost layer with
   * something drawn there takes it. */
  pick(at: MapPoint): void {
    for (const layer of this.layers) layer.unpick?.();
    for (const layer of [...this.layers].reverse()) {
      if (layer.pick?.(at)) return;
    }
  }

  /** A curated record was clicked: no custom layer keeps a pick. */
  unpickAll(): void {
    for (const layer of this.layers) layer.unpick?.();
  }

  private addToMap(layer: PickableLayer): void {
    const map = this.live();
    if (!map || map.getLayer(layer.id)) return;
    let below: string | undefined;
    forEachDataLayer((spec) => {
      if (!below && map.getLayer(spec.id)) below = spec.id;
    });
    map.addLayer(layer, below);
  }
}
