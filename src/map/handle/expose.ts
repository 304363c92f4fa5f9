/** What MapLibre's map answers to the browser tests' and the benchmark's handle (`contract.ts`
 * types it; `light/handle.ts` is the light map's side). */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerData } from '../../data/model';
import type { LayerId } from '../../data/schema';
import { cameraOf } from '../controller/camera';
import type { StorySite } from '../story/story-sites';
import { isDrawn } from '../style/data-layers';
import { forEachDataLayer, siteIconLayers } from '../style/view-style';
import type { MapReadings } from './contract';

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

export function maplibreReadings(map: MapLibreMap, owner: HandleOwner): MapReadings {
  const drawnIn = (layers: string[]) =>
    owner.live
      ? map.queryRenderedFeatures({ layers }).filter((f) => isDrawn(f.layer, f.state))
      : [];
  return {
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
    drawnSites: () =>
      drawnIn(siteIconLayers()).flatMap((f) => {
        const g = f.geometry;
        if (g.type !== 'Point') return [];
        const { x, y } = map.project([g.coordinates[0] ?? 0, g.coordinates[1] ?? 0]);
        return [{ id: String(f.properties.id), layer: f.layer.id, x, y }];
      }),
    settled: () => !!owner.live && !owner.pendingFrame && map.loaded() && map.areTilesLoaded(),
    day: () => Number(map.getGlobalState().date),
    camera: () => cameraOf(map),
    project: (lonLat) => map.project([lonLat[0], lonLat[1]]),
    layout: (layer, property) => map.getLayoutProperty(layer, property as 'visibility'),
    setDay: (day) => owner.setDate(day),
    storySites: () => owner.framed,
  };
}
