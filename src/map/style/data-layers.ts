/**
 * The map layers that draw the data, typed MapLibre layer specs grouped by data layer so that a
 * layer toggle shows or hides the whole group.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { type LayerId, SITE_LAYER_IDS } from '../../data/schema';
import type { Lang } from '../../i18n/lang';
import { MOVE_COLOR, SELECTION_COLOR } from '../../theme/palette';
import { FONT_REGULAR } from '../basemap/fonts';
import {
  APPROX_ICON,
  ARROW_ICON,
  EVENT_ICON_PREFIX,
  SITE_STATES,
  type SiteState,
  siteIconName,
} from './icons';
import { fading, LOOK, LOOK_STATE, onlyWhen, SELECTED } from './look-paint';
import { SITE_LOOK } from './looks';

export const sourceId = (layer: LayerId) => `data-${layer}`;

/** Data sites are labelled from this zoom on. Declared before `DATA_LAYERS`, which reads it as
 * the module loads (a `const` read above its line throws in unbundled ESM, as in `npm start`). */
export const LABEL_MIN_ZOOM = 6;

/** Which looks a layer draws (`metadata['sahel:looks']`): hit-testing and the browser tests use
 * it, since every feature is in every layer and only its opacity says whether it is drawn. */
export const LOOKS_KEY = 'sahel:looks';

/** The id of the layer that draws a source's sites in one state (`france-sites` for active). */
function siteLayerId(layer: LayerId, state: SiteState): string {
  return state === 'active' ? `${layer}-sites` : `${layer}-sites-${state}`;
}

function siteLayers(layer: LayerId): LayerSpecification[] {
  const source = sourceId(layer);
  const shown = [SITE_LOOK.uncertain, SITE_LOOK.active, SITE_LOOK.unconfirmed, SITE_LOOK.ended];
  const icons = (
    [
      // Vacated first (below), so that an active site sharing a place is drawn on top.
      ['ended', SITE_LOOK.ended, 0.75],
      ['unconfirmed', SITE_LOOK.unconfirmed, 1],
      ['uncertain', SITE_LOOK.uncertain, 1],
      ['active', SITE_LOOK.active, 1],
    ] as const
  ).map(
    ([state, look, opacity]): LayerSpecification => ({
      id: siteLayerId(layer, state),
      type: 'symbol',
      source,
      metadata: { [LOOKS_KEY]: [look] },
      layout: {
        'icon-image': siteIconName(layer, state),
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': onlyWhen(look, opacity) },
    }),
  );
  return [
    {
      // Corners around points that stand for a nearby place, not the site itself.
      id: `${layer}-approx`,
      type: 'symbol',
      source,
      filter: ['==', ['get', 'approx'], 1],
      metadata: { [LOOKS_KEY]: shown },
      layout: {
        'icon-image': APPROX_ICON,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': ['case', ['>', LOOK, 0], 0.9, 0] },
    },
    ...icons,
    {
      id: `${layer}-labels`,
      type: 'symbol',
      source,
      metadata: { [LOOKS_KEY]: shown },
      layout: {
        'text-field': nameField('en'),
        'text-font': [FONT_REGULAR],
        'text-size': 12,
        'text-offset': [0, 1.1],
        'text-max-width': 9,
        'text-anchor': 'top',
      },
      paint: {
        'text-color': '#1f2937',
        'text-halo-color': '#ffffff',
        'text-halo-width': 1.5,
        'text-opacity': ['match', LOOK, SITE_LOOK.hidden, 0, SITE_LOOK.ended, 0.7, 1],
      },
    },
  ];
}

const eventLayers: LayerSpecification[] = [
  {
    id: 'events-points',
    type: 'symbol',
    source: sourceId('events'),
    metadata: { [LOOKS_KEY]: 'fresh' },
    layout: {
      'icon-image': ['concat', EVENT_ICON_PREFIX, ['get', 'actor']],
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'symbol-sort-key': ['get', 'day'],
    },
    paint: { 'icon-opacity': fading(0.25, 1) },
  },
];

const moveLayers: LayerSpecification[] = [
  {
    id: 'moves-lines',
    type: 'line',
    source: sourceId('moves'),
    metadata: { [LOOKS_KEY]: 'fresh' },
    layout: { 'line-cap': 'round' },
    paint: {
      'line-color': MOVE_COLOR,
      'line-width': 2,
      'line-dasharray': [
        'match',
        ['get', 'kind'],
        'handover',
        ['literal', [1, 2]],
        ['literal', [4, 2]],
      ],
      'line-opacity': fading(0.2, 0.9),
    },
  },
  {
    id: 'moves-arrows',
    type: 'symbol',
    source: sourceId('moves'),
    metadata: { [LOOKS_KEY]: 'fresh' },
    layout: {
      'symbol-placement': 'line-center',
      'icon-image': ARROW_ICON,
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'icon-rotation-alignment': 'map',
    },
    paint: { 'icon-opacity': fading(0.2, 1) },
  },
];

/** Every data layer's MapLibre layers: one group per actor with sites, then events and moves. */
export const DATA_LAYERS: Readonly<Record<LayerId, LayerSpecification[]>> = {
  ...Object.fromEntries(SITE_LAYER_IDS.map((id) => [id, siteLayers(id)])),
  events: eventLayers,
  moves: moveLayers,
};

/** The data layers that draw points (the sites' and the events'): what a selection or a
 * comparison rings. */
export const POINT_LAYERS: readonly LayerId[] = [...SITE_LAYER_IDS, 'events'];

/** Clickable map layers (what a tap selects). */
export const INTERACTIVE_LAYERS = [
  ...SITE_LAYER_IDS.flatMap((layer) => SITE_STATES.map((state) => siteLayerId(layer, state))),
  'events-points',
];

/** Whether a feature found in a layer is drawn there at the slider's day (its look). */
export function isDrawn(layer: { metadata?: unknown }, state: Record<string, unknown>): boolean {
  const looks = (layer.metadata as Record<string, unknown> | undefined)?.[LOOKS_KEY];
  if (looks === undefined) return true; // a layer that does not follow the slider (basemap)
  // No look sent yet: hidden (0), as the paint expressions read it.
  const look = typeof state[LOOK_STATE] === 'number' ? state[LOOK_STATE] : 0;
  if (looks === 'fresh') return look > 0;
  return Array.isArray(looks) && looks.includes(look);
}

/** The ring around the selected record, drawn above everything, for every layer's source: a
 * white plate in the ring, and the selected site's own marker drawn again on it, so that the
 * ring holds that record only, never another actor's marker drawn on top at the same place
 * (the French and the Russian camps of Kidal). One icon layer per look, each shown only in its
 * look (feature state), as the sites' own layers are. */
export function selectionLayers(): LayerSpecification[] {
  const rings = POINT_LAYERS.map(
    (layer): LayerSpecification => ({
      id: `${layer}-selected`,
      type: 'circle',
      source: sourceId(layer),
      filter: ['==', ['get', 'id'], SELECTED],
      paint: {
        'circle-radius': 14,
        'circle-color': '#ffffff',
        'circle-opacity': 0.9,
        'circle-stroke-width': 3,
        'circle-stroke-color': SELECTION_COLOR,
      },
    }),
  );
  const icons = SITE_LAYER_IDS.flatMap((layer) =>
    SELECTED_LOOKS.map(
      ([state, look]): LayerSpecification => ({
        id: `${siteLayerId(layer, state)}-selected`,
        type: 'symbol',
        source: sourceId(layer),
        filter: ['==', ['get', 'id'], SELECTED],
        layout: {
          'icon-image': siteIconName(layer, state),
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
        },
        paint: { 'icon-opacity': onlyWhen(look) },
      }),
    ),
  );
  const events: LayerSpecification = {
    id: 'events-points-selected',
    type: 'symbol',
    source: sourceId('events'),
    filter: ['==', ['get', 'id'], SELECTED],
    layout: {
      'icon-image': ['concat', EVENT_ICON_PREFIX, ['get', 'actor']],
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
    },
  };
  return [...rings, ...icons, events];
}

const SELECTED_LOOKS = [
  ['ended', SITE_LOOK.ended],
  ['unconfirmed', SITE_LOOK.unconfirmed],
  ['uncertain', SITE_LOOK.uncertain],
  ['active', SITE_LOOK.active],
] as const;

/**
 * The label of data sites for a language: the short name, and only from zoom 6, where there is
 * room for it beside the towns of the basemap (the full name is in the lists and the details).
 */
export function nameField(lang: Lang): ExpressionSpecification {
  return ['step', ['zoom'], '', LABEL_MIN_ZOOM, ['get', `label_${lang}`]];
}
