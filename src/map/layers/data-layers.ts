/**
 * The map layers that draw the data, typed MapLibre layer specs grouped by data layer so that a
 * layer toggle shows or hides the whole group.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { LayerId } from '../../data/schema';
import { ARROW_ICON } from '../icons';
import { SELECTION_COLOR } from '../palette';
import { DATE, fadeAfterEnd, inWindow, SELECTED, siteState, started } from '../time-filter';

export const sourceId = (layer: LayerId) => `data-${layer}`;

function siteLayers(layer: 'france' | 'russia'): LayerSpecification[] {
  const source = sourceId(layer);
  return [
    {
      // A soft halo under points that stand for a nearby place, not the site itself.
      id: `${layer}-approx`,
      type: 'circle',
      source,
      filter: ['all', started, ['==', ['get', 'approx'], 1]],
      paint: {
        'circle-radius': 13,
        'circle-color': '#6b7280',
        'circle-opacity': 0.12,
        'circle-stroke-width': 1,
        'circle-stroke-color': '#6b7280',
        'circle-stroke-opacity': 0.35,
      },
    },
    {
      id: `${layer}-sites`,
      type: 'symbol',
      source,
      filter: started,
      layout: {
        'icon-image': ['concat', 'site-', ['get', 'actor'], '-', siteState],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        // Active sites above vacated ones where they share a place (Timbuktu, Gao, Ménaka).
        'symbol-sort-key': ['match', siteState, 'ended', 0, 'uncertain', 1, 2],
        'text-field': nameField('en'),
        'text-font': ['Noto Sans Regular'],
        'text-size': 12,
        'text-offset': [0, 1.1],
        'text-max-width': 9,
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: {
        'icon-opacity': ['match', siteState, 'ended', 0.7, 1],
        'text-color': '#1f2937',
        'text-halo-color': '#ffffff',
        'text-halo-width': 1.5,
      },
    },
  ];
}

const eventLayers: LayerSpecification[] = [
  {
    id: 'events-points',
    type: 'symbol',
    source: sourceId('events'),
    filter: inWindow,
    layout: {
      'icon-image': ['concat', 'event-', ['get', 'actor']],
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'symbol-sort-key': ['get', 's0'],
    },
    paint: { 'icon-opacity': fadeAfterEnd },
  },
];

const moveLayers: LayerSpecification[] = [
  {
    id: 'moves-lines',
    type: 'line',
    source: sourceId('moves'),
    filter: inWindow,
    layout: { 'line-cap': 'round' },
    paint: {
      'line-color': '#374151',
      'line-width': 2,
      'line-dasharray': [
        'match',
        ['get', 'kind'],
        'handover',
        ['literal', [1, 2]],
        ['literal', [4, 2]],
      ],
      'line-opacity': ['interpolate', ['linear'], ['-', DATE, ['get', 'e1']], 0, 0.9, 120, 0.2],
    },
  },
  {
    id: 'moves-arrows',
    type: 'symbol',
    source: sourceId('moves'),
    filter: inWindow,
    layout: {
      'symbol-placement': 'line-center',
      'icon-image': ARROW_ICON,
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'icon-rotation-alignment': 'map',
    },
    paint: {
      'icon-opacity': ['interpolate', ['linear'], ['-', DATE, ['get', 'e1']], 0, 1, 120, 0.2],
    },
  },
];

export const DATA_LAYERS: Record<LayerId, LayerSpecification[]> = {
  france: siteLayers('france'),
  russia: siteLayers('russia'),
  events: eventLayers,
  moves: moveLayers,
};

/** Clickable map layers (what a tap selects). */
export const INTERACTIVE_LAYERS = ['france-sites', 'russia-sites', 'events-points'];

/** The ring around the selected record, drawn above everything, for every layer's source. */
export function selectionLayers(): LayerSpecification[] {
  return (['france', 'russia', 'events'] as const).map((layer) => ({
    id: `${layer}-selected`,
    type: 'circle',
    source: sourceId(layer),
    filter: ['==', ['get', 'id'], SELECTED],
    paint: {
      'circle-radius': 14,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-width': 3,
      'circle-stroke-color': SELECTION_COLOR,
    },
  }));
}

/**
 * The label of data sites for a language: the short name, and only from zoom 6, where there is
 * room for it beside the towns of the basemap (the full name is in the lists and the details).
 */
export function nameField(lang: 'fr' | 'en'): ExpressionSpecification {
  return ['step', ['zoom'], '', LABEL_MIN_ZOOM, ['get', `label_${lang}`]];
}
export const LABEL_MIN_ZOOM = 6;
