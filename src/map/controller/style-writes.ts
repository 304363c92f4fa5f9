/**
 * The view's inputs written into a live map's style: which layers show, which kinds are hidden,
 * the labels' language, the selection, the basemap's data and the comparison's rings. Each is written the same
 * way when the view changes and when a style rebuilt after a context loss gets everything again.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { LayerId, RecordKind } from '../../data/schema';
import type { Lang } from '../../i18n/lang';
import type { BasemapData } from '../basemap/decode';
import { BASEMAP_DATA_SOURCES } from '../basemap/sources';
import { COMPARE_RING_LAYERS, compareFilter, compareRingLayers } from '../style/compare-rings';
import { HANDOVER_SOURCE, type MapMark, markFeatures, markLayers } from '../style/handover-marks';
import { SELECTED_STATE } from '../style/look-paint';
import { filterFor, forEachDataLayer, languageFields, type MapInputs } from '../style/view-style';

export function showLayers(map: MapLibreMap, layers: readonly LayerId[]): void {
  forEachDataLayer((layer, id) => {
    map.setLayoutProperty(layer.id, 'visibility', layers.includes(id) ? 'visible' : 'none');
  });
}

export function hideKinds(map: MapLibreMap, hidden: readonly RecordKind[]): void {
  forEachDataLayer((layer) => {
    map.setFilter(layer.id, filterFor(layer, hidden) ?? null);
  });
}

export function labelIn(map: MapLibreMap, lang: Lang): void {
  for (const [layer, field] of languageFields(lang)) {
    map.setLayoutProperty(layer, 'text-field', field);
  }
}

export function fillBasemap(map: MapLibreMap, data: BasemapData): void {
  for (const [id, key] of Object.entries(BASEMAP_DATA_SOURCES)) {
    (map.getSource(id) as GeoJSONSource | undefined)?.setData(data[key]);
  }
}

/** Everything the view says that a style holds, written at once: when the style has loaded
 * (what changed since it was built) and into a style rebuilt after a context loss. */
export function viewInputs(map: MapLibreMap, inputs: MapInputs): void {
  showLayers(map, inputs.layers);
  hideKinds(map, inputs.hidden);
  labelIn(map, inputs.lang);
  select(map, inputs.selected);
  ringRecords(map, inputs.rings);
  markHandovers(map, inputs.handovers ?? []);
}

/** The selected record's ring (the only writer of the selection's global state). */
export function select(map: MapLibreMap, id: string | null): void {
  map.setGlobalStateProperty(SELECTED_STATE, id ?? '');
}

/** Rings the records that changed in a comparison's period: the ring layers are added the
 * first time there is something to ring, then only their filter changes. */
export function ringRecords(map: MapLibreMap, ids: readonly string[]): void {
  const shown = map.getLayer(COMPARE_RING_LAYERS[0] ?? '') !== undefined;
  if (!shown) {
    if (ids.length === 0) return;
    for (const layer of compareRingLayers(ids)) map.addLayer(layer);
    return;
  }
  for (const id of COMPARE_RING_LAYERS) map.setFilter(id, compareFilter(ids));
}

/** The replay's hand-over marks: the source and its layers are added once the style has loaded
 * (on top of everything, empty until a hand-over), then only their data changes. */
export function markHandovers(map: MapLibreMap, marks: readonly MapMark[]): void {
  const source = map.getSource(HANDOVER_SOURCE) as GeoJSONSource | undefined;
  if (source) {
    source.setData(markFeatures(marks));
    return;
  }
  map.addSource(HANDOVER_SOURCE, { type: 'geojson', data: markFeatures(marks) });
  for (const layer of markLayers()) map.addLayer(layer);
}
