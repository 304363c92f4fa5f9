/**
 * The benchmark's baseline: a bare MapLibre page, written the usual way, with the same basemap
 * and the same data files as the app. MapLibre is imported statically (so the worker is asked
 * for only once the main bundle has run) and the data is fetched by the map itself. Time
 * filtering, when the benchmark asks for it, uses `setFilter`.
 */

import * as maplibregl from 'maplibre-gl';
import { DATA_VISIBLE_MARK } from '../../src/map/handle/contract';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { DATA_URLS } from '../../src/data/files';
import { LAYER_IDS } from '../../src/data/schema';
import { loadBasemap } from '../../src/map/basemap/decode';
import { basemapStyle } from '../../src/map/basemap/style';

maplibregl.setWorkerUrl(workerUrl);
// The usual way: the basemap is fetched first, then the map is created with it.
const style = basemapStyle('en', await loadBasemap());
for (const id of LAYER_IDS)
  style.sources[`data-${id}`] = { type: 'geojson', data: DATA_URLS[id] ?? '' };
for (const id of LAYER_IDS) {
  style.layers.push(
    id === 'moves'
      ? {
          id,
          type: 'line',
          source: `data-${id}`,
          paint: { 'line-color': '#374151', 'line-width': 2 },
        }
      : {
          id,
          type: 'circle',
          source: `data-${id}`,
          paint: { 'circle-radius': 6, 'circle-color': id === 'russia' ? '#b91c1c' : '#1d4ed8' },
        },
  );
}
const map = new maplibregl.Map({ container: 'map', style, center: [8, 15.5], zoom: 3.6 });
(window as unknown as { __bareMap: maplibregl.Map }).__bareMap = map;
map.on('load', () => {
  map.once('idle', () => performance.mark(DATA_VISIBLE_MARK));
});
