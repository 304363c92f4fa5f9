/**
 * MapLibre's chunk, loaded once: started as soon as the app's code runs (`main.tsx`), before
 * React's first render, and its worker started with it (`prewarm`). The map is made after the
 * first render; by then the library is evaluated and the worker has fetched and parsed its
 * script, where they used to start only when the map was made.
 */
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { hasWebGL2 } from './create-map';

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

/** Starts loading MapLibre where it can draw (see `hasWebGL2`); a failure is reported when the
 * map is made. */
export function startMapLibre(): void {
  if (hasWebGL2()) loadMapLibre().catch(() => {});
}
