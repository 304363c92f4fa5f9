/**
 * The rings on the records that changed in a comparison's period (`compare=`): a dashed-looking
 * double ring, in a colour of its own (not the selection's amber), above the markers. The ids
 * are a literal list in the filter, set only when the list changes (a comparison's period moves
 * with the slider, but its list changes only on the days something changes).
 */
import type { CircleLayerSpecification, FilterSpecification } from 'maplibre-gl';
import { COMPARE_COLOR } from '../../theme/palette';
import { POINT_LAYERS, sourceId } from './data-layers';

export const COMPARE_RING_LAYERS = POINT_LAYERS.map((layer) => `${layer}-compare`);

export function compareFilter(ids: readonly string[]): FilterSpecification {
  return ['in', ['get', 'id'], ['literal', [...ids]]];
}

export function compareRingLayers(ids: readonly string[]): CircleLayerSpecification[] {
  return POINT_LAYERS.map((layer) => ({
    id: `${layer}-compare`,
    type: 'circle',
    source: sourceId(layer),
    filter: compareFilter(ids),
    paint: {
      'circle-radius': 11,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-width': 2.5,
      'circle-stroke-color': COMPARE_COLOR,
    },
  }));
}
