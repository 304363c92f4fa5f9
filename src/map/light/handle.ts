/** What the light map answers to the browser tests' and the benchmark's handle, read on the
 * marks it drew (`scene.ts`) as MapLibre's side reads its rendered features. */

import type { MapReadings } from '../handle/contract';
import { DATA_LAYERS } from '../style/data-layers';
import { forEachDataLayer, siteIconLayers } from '../style/view-style';
import { onMap } from './hit';
import type { LightMap } from './light-map';
import { project } from './mercator';

/** The data layer (france, russia…) each MapLibre layer id belongs to. */
const GROUP = new Map(
  Object.entries(DATA_LAYERS).flatMap(([group, specs]) => specs.map((s) => [s.id, group])),
);

export function lightReadings(light: LightMap): MapReadings {
  const drawnIn = (layers: ReadonlySet<string>) => {
    const { width, height } = light.mapSize;
    return light.marks.filter((m) => layers.has(m.layer) && onMap(m, width, height));
  };
  return {
    drawn: (layers) => drawnIn(new Set(layers)).map((m) => ({ ...m.props })),
    drawnData: () => {
      const layers = new Set<string>();
      forEachDataLayer((layer) => {
        layers.add(layer.id);
      });
      return drawnIn(layers)
        .map((m) => `${m.layer}:${String(m.props.id)}`)
        .sort();
    },
    drawnSites: () =>
      drawnIn(new Set(siteIconLayers())).flatMap((m) =>
        m.type === 'icon'
          ? [{ id: String(m.props.id), layer: m.layer, x: m.at[0], y: m.at[1] }]
          : [],
      ),
    settled: () => light.settled,
    day: () => light.day,
    camera: () => light.camera,
    project: (lonLat) => project(light.camera, light.mapSize, lonLat),
    layout: (layer, property) => {
      const group = GROUP.get(layer);
      if (property !== 'visibility' || !group) return undefined;
      return light.view.layers.includes(group as never) ? 'visible' : 'none';
    },
    setDay: (day) =>
      light.update({ ...light.view, date: day }, { moveCamera: false, animate: false }),
    storySites: () => light.framed,
  };
}
