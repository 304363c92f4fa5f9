/**
 * The first map's files, each fetched once for the page: the basemap (decoded once for both
 * maps, `basemap/decode.ts`), the label files (country names, towns), and the files fetched once
 * they are in so that they are there after the first picture.
 */
import type { FeatureCollection } from 'geojson';
import { basemapOnce } from '../basemap/decode';
import { BASEMAP_FILE_SOURCES } from '../basemap/sources';

export type LabelSource = keyof typeof BASEMAP_FILE_SOURCES;
export const LABEL_SOURCES = Object.keys(BASEMAP_FILE_SOURCES) as LabelSource[];
const labelFiles = new Map<LabelSource, Promise<FeatureCollection>>();

/** A label file of the basemap (country names, towns), fetched once: MapLibre's worker loads it
 * for its own map, the page for the light map (the HTTP cache serves the second request). */
export function loadLabels(source: LabelSource): Promise<FeatureCollection> {
  let loading = labelFiles.get(source);
  if (!loading) {
    loading = fetch(BASEMAP_FILE_SOURCES[source]).then((response) => {
      if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
      return response.json() as Promise<FeatureCollection>;
    });
    labelFiles.set(source, loading);
    loading.catch(() => labelFiles.delete(source));
  }
  return loading;
}

/** Starts fetching the first map's files (the basemap, decoded once, and the label files) before
 * React's first render (`main.tsx`): the waits for the network or the service worker overlap
 * with the render. */
export function startFirstMap(): void {
  basemapOnce().catch(() => {}); // reported when the maps ask for it
  for (const source of LABEL_SOURCES) loadLabels(source).catch(() => {});
}

/** Fetches a file the page will ask for (the fetch then takes the preloaded response). */
export function preload(href: string): void {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.href = href;
  link.crossOrigin = 'anonymous';
  document.head.append(link);
}
