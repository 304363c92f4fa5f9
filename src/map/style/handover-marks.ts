/**
 * A hand-over on the map during the replay: a ring in the new holder's colour that widens and
 * fades at the place for a short while after the day (a hand-over happens at one place, so its
 * move has no length to draw), with the change written beside it ("France → Russia"). The
 * source and layers are added the first time there is a mark, then only the data changes.
 */
import type { FeatureCollection } from 'geojson';
import type { CircleLayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { FONT_REGULAR } from '../basemap/fonts';

export const HANDOVER_SOURCE = 'handover-marks';
export const HANDOVER_LAYERS = ['handover-ring', 'handover-label'] as const;

export interface MapMark {
  readonly id: string;
  readonly lonLat: readonly [number, number];
  /** 0 on the day, towards 1 as the mark fades. */
  readonly age: number;
  readonly color: string;
  readonly label: string;
}

/** Whether two lists of marks draw the same (the map is written only when they differ). */
export function sameMarks(a: readonly MapMark[], b: readonly MapMark[]): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => m.id === b[i]?.id && m.age === b[i]?.age && m.label === b[i]?.label)
  );
}

export function markFeatures(marks: readonly MapMark[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: marks.map((m) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...m.lonLat] },
      properties: { id: m.id, age: m.age, color: m.color, label: m.label },
    })),
  };
}

const AGE: ['get', string] = ['get', 'age'];

export function markLayers(): [CircleLayerSpecification, SymbolLayerSpecification] {
  return [
    {
      id: HANDOVER_LAYERS[0],
      type: 'circle',
      source: HANDOVER_SOURCE,
      paint: {
        'circle-radius': ['interpolate', ['linear'], AGE, 0, 12, 1, 40],
        'circle-color': ['get', 'color'],
        'circle-opacity': ['interpolate', ['linear'], AGE, 0, 0.25, 1, 0],
        'circle-stroke-color': ['get', 'color'],
        'circle-stroke-width': 3,
        'circle-stroke-opacity': ['interpolate', ['linear'], AGE, 0, 1, 0.7, 0.8, 1, 0],
      },
    },
    {
      id: HANDOVER_LAYERS[1],
      type: 'symbol',
      source: HANDOVER_SOURCE,
      layout: {
        'text-field': ['get', 'label'],
        'text-font': [FONT_REGULAR],
        'text-size': 13,
        'text-anchor': 'bottom',
        'text-offset': [0, -1.6],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: {
        'text-color': '#111827',
        'text-halo-color': '#ffffff',
        'text-halo-width': 2,
        'text-opacity': ['interpolate', ['linear'], AGE, 0, 1, 0.8, 1, 1, 0],
      },
    },
  ];
}
