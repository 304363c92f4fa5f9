/**
 * MapLibre's chunk, loaded once, and its worker started with it (`prewarm`). It is asked for
 * once the first map is drawn (`light/two-maps.ts`): before that, its 363 kB would share the
 * link and the CPU with what the first picture needs.
 */
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

type MapLibre = typeof import('maplibre-gl');

let loading: Promise<MapLibre> | null = null;

export function loadMapLibre(): Promise<MapLibre> {
  loading ??= import('maplibre-gl').then((maplibre) => {
    maplibre.setWorkerUrl(workerUrl);
    maplibre.prewarm();
    return maplibre;
  });
  return loading;
}
