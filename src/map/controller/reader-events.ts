/** The reader's own moves and clicks on the map, turned into what the view store takes. The
 * controller binds every map event here, once: a click goes to the curated records first, then
 * to the custom layers (`custom-layers.ts`), so that who wins never depends on listener order. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Camera } from '../../state/view-state';
import type { MapPoint } from '../host';
import { INTERACTIVE_LAYERS, isDrawn } from '../style/data-layers';
import { cameraOf } from './camera';

export interface ReaderHandlers {
  /** Whether the map's style can be queried (not while the GPU context is lost). */
  live(): boolean;
  onCamera(camera: Camera): void;
  onSelect(id: string | null): void;
  /** A click on no curated record: offered to the custom layers. */
  onMiss(at: MapPoint): void;
  /** A click on a curated record: the custom layers drop their picks. */
  onHit(): void;
  onHover?(hit: { id: string; x: number; y: number } | null): void;
}

export function bindReaderEvents(map: MapLibreMap, handlers: ReaderHandlers): void {
  // Only the reader's moves are reported (a gesture, a key, a wheel, the zoom buttons): not the
  // controller's own jumps and flights, nor a resize of the window, so that the link keeps the
  // camera it was opened with until the reader moves the map.
  map.on('moveend', (e: { originalEvent?: unknown; fromControls?: boolean }) => {
    if (e.originalEvent || e.fromControls) handlers.onCamera(cameraOf(map));
  });
  // Every feature is in every time layer; only the one drawn at the day counts.
  const hitAt = (point: { x: number; y: number }) =>
    map
      .queryRenderedFeatures([point.x, point.y], { layers: INTERACTIVE_LAYERS })
      .find((f) => isDrawn(f.layer, f.state));
  map.on('click', (e) => {
    if (!handlers.live()) return;
    const id = hitAt(e.point)?.properties?.id;
    if (typeof id === 'string') {
      handlers.onHit();
      handlers.onSelect(id);
      return;
    }
    handlers.onSelect(null);
    handlers.onMiss({ lng: e.lngLat.lng, lat: e.lngLat.lat, zoom: map.getZoom() });
  });
  // The name under the pointer, looked up once per frame at most (a query walks the tiles).
  let pending: { x: number; y: number } | null = null;
  map.on('mousemove', (e) => {
    if (!handlers.onHover || !handlers.live()) return;
    const first = pending === null;
    pending = { x: e.point.x, y: e.point.y };
    if (!first) return;
    requestAnimationFrame(() => {
      const at = pending;
      pending = null;
      if (!at) return;
      const id = hitAt(at)?.properties?.id;
      handlers.onHover?.(typeof id === 'string' ? { id, ...at } : null);
    });
  });
  map.on('mouseout', () => handlers.onHover?.(null));
  for (const layer of INTERACTIVE_LAYERS) {
    map.on('mouseenter', layer, () => {
      map.getCanvas().style.cursor = 'pointer';
    });
    map.on('mouseleave', layer, () => {
      map.getCanvas().style.cursor = '';
    });
  }
}
