/**
 * MapLibre's chunk, loaded once, and its worker started with it (`prewarm`). It is fetched once
 * the first map's files are in (`prefetchMapLibre`: the link is free then) and run once the first
 * map is drawn (`loadMapLibre`, from `light/two-maps.ts`): before, its 363 kB would share the link
 * and the CPU with what the first picture needs.
 */
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MAPLIBRE_META } from './maplibre-meta';

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

let prefetched = false;

/** Fetches MapLibre's chunk without running it (a module preload of the file the built page
 * names; nothing in the dev server, which has no chunk). */
export function prefetchMapLibre(): void {
  const href = document.querySelector(`meta[name="${MAPLIBRE_META}"]`)?.getAttribute('content');
  if (prefetched || !href) return;
  prefetched = true;
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = href;
  link.crossOrigin = '';
  document.head.append(link);
}
