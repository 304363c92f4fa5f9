/** The basemap's layers, bottom to top, in the reader's language. */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../../i18n/lang';
import { FONT_REGULAR } from './fonts';
import { BASEMAP_COLORS as C } from './palette';

/** Country, river and lake names in the reader's language. */
export function labelField(lang: Lang): ExpressionSpecification {
  return ['get', lang === 'fr' ? 'name_fr' : 'name_en'];
}

/** The basemap layers whose text follows the language (`labelField`); towns keep their own
 * names in every language. */
export const TRANSLATED_LABEL_LAYERS = ['river-labels', 'lake-labels', 'country-labels'] as const;

const rank: ExpressionSpecification = ['get', 'rank'];
const isSahel: ExpressionSpecification = ['==', ['get', 'sahel'], true];

export const BASEMAP_LAYER_IDS = [
  'background',
  'land',
  'sahel-fill',
  'lakes',
  'rivers',
  'sahel-outline',
  'borders',
  'river-labels',
  'lake-labels',
  'town-dots',
  'place-dots',
  'town-labels',
  'country-labels',
  'place-labels',
] as const;
export type BasemapLayerId = (typeof BASEMAP_LAYER_IDS)[number];

type BasemapLayer = LayerSpecification & { id: BasemapLayerId };

export function basemapLayers(lang: Lang): BasemapLayer[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': C.water } },
    {
      id: 'land',
      type: 'fill',
      source: 'basemap-land',
      paint: { 'fill-color': C.land },
    },
    {
      id: 'sahel-fill',
      type: 'fill',
      source: 'basemap-countries',
      filter: isSahel,
      paint: { 'fill-color': C.sahel },
    },
    {
      id: 'lakes',
      type: 'fill',
      source: 'basemap-lakes',
      paint: { 'fill-color': C.water, 'fill-outline-color': C.waterLine },
    },
    {
      id: 'rivers',
      type: 'line',
      source: 'basemap-rivers',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': C.waterLine,
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          3,
          ['case', ['has', 'name_en'], 0.9, 0.5],
          8,
          ['case', ['has', 'name_en'], 2.2, 1.2],
        ],
      },
    },
    {
      // A soft warm edge along the G5 Sahel countries, under the grey borders.
      id: 'sahel-outline',
      type: 'line',
      source: 'basemap-countries',
      filter: isSahel,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': C.sahelEdge,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1.5, 8, 3],
        'line-opacity': 0.6,
      },
    },
    {
      id: 'borders',
      type: 'line',
      source: 'basemap-borders',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': C.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 6, 1.1, 10, 1.6],
      },
    },
    {
      id: 'river-labels',
      type: 'symbol',
      source: 'basemap-rivers',
      minzoom: 5,
      filter: ['has', 'name_en'],
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-field': labelField(lang),
        'text-font': [FONT_REGULAR],
        'text-size': 11,
        'text-letter-spacing': 0.12,
        'text-max-angle': 30,
        'text-offset': [0, -0.6],
      },
      paint: {
        'text-color': C.waterText,
        'text-halo-color': C.halo,
        'text-halo-width': 1.2,
      },
    },
    {
      id: 'lake-labels',
      type: 'symbol',
      source: 'basemap-lakes',
      minzoom: 5,
      filter: ['has', 'name_en'],
      layout: {
        'text-field': labelField(lang),
        'text-font': [FONT_REGULAR],
        'text-size': 11,
        'text-max-width': 6,
        'text-letter-spacing': 0.08,
      },
      paint: {
        'text-color': C.waterText,
        'text-halo-color': C.halo,
        'text-halo-width': 1.2,
      },
    },
    {
      // Other big cities: a small grey dot, from zoom 5 (with their label).
      id: 'town-dots',
      type: 'circle',
      source: 'basemap-places',
      minzoom: 5,
      filter: ['==', rank, 3],
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 1.8, 10, 3],
        'circle-color': C.townDot,
        'circle-stroke-color': C.halo,
        'circle-stroke-width': 0.8,
      },
    },
    {
      // Capitals: a ring with a dot (the atlas sign); towns of the story: a plain dot.
      id: 'place-dots',
      type: 'circle',
      source: 'basemap-places',
      filter: ['<=', rank, ['step', ['zoom'], 1, 3, 2]],
      paint: {
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['zoom'],
          2,
          ['case', ['get', 'capital'], 2.6, 1.8],
          8,
          ['case', ['get', 'capital'], 4.2, 3],
        ],
        'circle-color': ['case', ['get', 'capital'], C.halo, C.dot],
        'circle-stroke-color': C.dot,
        'circle-stroke-width': ['case', ['get', 'capital'], 1.6, 0.8],
        'circle-opacity': ['interpolate', ['linear'], ['zoom'], 2, 0.85, 4, 1],
        'circle-stroke-opacity': ['interpolate', ['linear'], ['zoom'], 2, 0.85, 4, 1],
      },
    },
    {
      // The story's towns from zoom 3, other big cities from zoom 5. Under the country names, so
      // a country's name keeps its place and a town's name moves round its dot or waits.
      id: 'town-labels',
      type: 'symbol',
      source: 'basemap-places',
      filter: ['all', ['>=', rank, 2], ['<=', rank, ['step', ['zoom'], 1, 3, 2, 5, 3]]],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT_REGULAR],
        'text-size': [
          'interpolate',
          ['linear'],
          ['zoom'],
          3,
          ['match', rank, 2, 10.5, 10],
          8,
          ['match', rank, 2, 13, 12],
        ],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.5,
        'text-justify': 'auto',
        'text-max-width': 8,
        'text-padding': 2,
        'symbol-sort-key': rank,
      },
      paint: {
        'text-color': ['match', rank, 2, C.placeText, C.townText],
        'text-halo-color': C.halo,
        'text-halo-width': 1.4,
        'text-halo-blur': 0.3,
      },
    },
    {
      id: 'country-labels',
      type: 'symbol',
      source: 'basemap-country-labels',
      // Big countries first; the smallest wait until they have room (filters see whole zooms).
      filter: ['<=', rank, ['step', ['zoom'], 2, 3, 3, 4, 4, 5, 5]],
      layout: {
        'text-field': labelField(lang),
        'text-font': [FONT_REGULAR],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.14,
        'text-size': [
          'interpolate',
          ['linear'],
          ['zoom'],
          2,
          ['match', rank, 1, 10, 2, 9, 8],
          6,
          ['match', rank, 1, 14, 2, 13, 3, 12, 11],
        ],
        'text-max-width': 7,
        'text-line-height': 1.15,
        // Centred on the country, or just above or below it to make room for a capital.
        'text-variable-anchor': ['center', 'top', 'bottom'],
        'text-radial-offset': 1,
        'text-justify': 'center',
        'text-padding': 4,
        'symbol-sort-key': rank,
      },
      paint: {
        'text-color': ['case', isSahel, C.sahelText, C.countryText],
        'text-halo-color': C.halo,
        'text-halo-width': 1.4,
        'text-opacity': ['interpolate', ['linear'], ['zoom'], 7, 1, 9, 0.6],
      },
    },
    {
      // Capitals, last: MapLibre places the symbols of the top layers first, so a capital's
      // name is never hidden by a country's or a town's.
      id: 'place-labels',
      type: 'symbol',
      source: 'basemap-places',
      // From zoom 3: below it the country names need all the room there is.
      filter: ['all', ['==', rank, 1], ['>=', ['zoom'], 3]],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT_REGULAR],
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 8, 14],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.55,
        'text-justify': 'auto',
        'text-max-width': 8,
        'text-padding': 2,
      },
      paint: {
        'text-color': C.placeText,
        'text-halo-color': C.halo,
        'text-halo-width': 1.5,
        'text-halo-blur': 0.3,
      },
    },
  ];
}
