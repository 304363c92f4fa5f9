/** The browser tests' and the benchmark's handle on a live map (`contract.ts` types it). */
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { buildLayer, type LayerData } from '../../data/model';
import type { LayerId } from '../../data/schema';
import { cameraOf } from '../controller/camera';
import type { StorySite } from '../story/story-sites';
import { isDrawn } from '../style/data-layers';
import { forEachDataLayer } from '../style/view-style';
import { exposeHandle } from './contract';

/** What the handle needs of the controller that owns the map. */
export interface HandleOwner {
  /** The map when it can take calls (created, loaded, with a GPU context), else null. */
  readonly live: MapLibreMap | null;
  /** Whether a date update is waiting for its animation frame. */
  readonly pendingFrame: boolean;
  readonly framed: readonly StorySite[];
  setData(layer: LayerId, data: LayerData): void;
  setDate(day: number): void;
}

export function exposeMap(map: MapLibreMap, owner: HandleOwner): void {
  const drawnIn = (layers: string[]) =>
    owner.live
      ? map.queryRenderedFeatures({ layers }).filter((f) => isDrawn(f.layer, f.state))
      : [];
  exposeHandle({
    map,
    drawn: (layers) => drawnIn([...layers]).map((f) => f.properties),
    drawnData: () => {
      const layers: string[] = [];
      forEachDataLayer((layer) => {
        layers.push(layer.id);
      });
      return drawnIn(layers)
        .map((f) => `${f.layer.id}:${String(f.properties.id)}`)
        .sort();
    },
    settled: () => !!owner.live && !owner.pendingFrame && map.loaded() && map.areTilesLoaded(),
    day: () => Number(map.getGlobalState().date),
    camera: () => cameraOf(map),
    project: (lonLat) => map.project([lonLat[0], lonLat[1]]),
    layout: (layer, property) => map.getLayoutProperty(layer, property as 'visibility'),
    loadData: (layer, collection: FeatureCollection) =>
      owner.setData(layer, buildLayer(layer, collection as never)),
    setDay: (day) => owner.setDate(day),
    storySites: () => owner.framed,
  });
}
