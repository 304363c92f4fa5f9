/**
 * The basemap: a calm, desaturated reference map (pale sand land, soft blue water, light grey
 * borders, the G5 Sahel countries in a warmer sand) under the app's strongly coloured data.
 *
 * Everything it needs is served by the app itself: the files that `scripts/build-basemap.ts`
 * writes into `basemap/generated/`, and Noto Sans as woff2 files declared in the style's
 * `font-faces`. The labels are GeoJSON files that MapLibre loads itself; the land, countries,
 * borders, rivers and lakes come from one TopoJSON file that the page decodes
 * (`basemap/decode.ts`) and hands over as GeoJSON objects: in the style if they are ready when
 * the map is made, else with `setData` (see `BASEMAP_DATA_SOURCES`). There is no `glyphs` URL:
 * MapLibre draws every character with the declared files and, for any character they do not
 * cover, with the browser's own fonts (TinySDF), so no text request ever leaves the page's origin.
 */
import notoLatin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import notoLatin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import notoLatinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import notoLatinExt600 from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url';
import type { FeatureCollection } from 'geojson';
import type {
  ExpressionSpecification,
  FontFacesSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { BasemapData } from './basemap/decode';
import countryLabelsUrl from './basemap/generated/country-labels.geojson?url';
import placesUrl from './basemap/generated/places.geojson?url';

export type BasemapLang = 'fr' | 'en';

/** The `text-font` names: each is a key of the style's `font-faces`, matched exactly. */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_SEMIBOLD = 'Noto Sans SemiBold';

/** Fontsource's subsets of Noto Sans (from @fontsource/noto-sans/unicode.json): a file is only
 * downloaded once a character of its range is drawn. */
export const UNICODE_RANGES = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
} as const;

const ranges = (subset: keyof typeof UNICODE_RANGES) => UNICODE_RANGES[subset].split(',');

const FONT_FACES: FontFacesSpecification = {
  [FONT_REGULAR]: [
    { url: notoLatin400, 'unicode-range': ranges('latin') },
    { url: notoLatinExt400, 'unicode-range': ranges('latin-ext') },
  ],
  [FONT_SEMIBOLD]: [
    { url: notoLatin600, 'unicode-range': ranges('latin') },
    { url: notoLatinExt600, 'unicode-range': ranges('latin-ext') },
  ],
};

/** Natural Earth is public domain; GeoNames asks for credit (CC BY 4.0). Plain text, no link. */
export const BASEMAP_ATTRIBUTION = 'Natural Earth; places © GeoNames (CC BY 4.0)';

/** The palette: muted, so that French blue and Russian red data markers stand out. */
const C = {
  water: '#d5e1e8',
  waterLine: '#a9c2d2',
  waterText: '#5f8299',
  land: '#f4f1e9',
  sahel: '#efe1c6',
  sahelEdge: '#d9c096',
  border: '#b9b3a8',
  countryText: '#8a8378',
  sahelText: '#7a6446',
  placeText: '#3f3d39',
  townText: '#5d5a55',
  halo: '#f8f6f1',
  dot: '#4b4843',
  townDot: '#8d8880',
} as const;

/** The sources drawn from the decoded topology, and the part of it each one draws. */
export const BASEMAP_DATA_SOURCES = {
  'basemap-land': 'land',
  'basemap-countries': 'countries',
  'basemap-borders': 'borders',
  'basemap-lakes': 'lakes',
  'basemap-rivers': 'rivers',
} as const satisfies Record<string, keyof BasemapData>;

/** The sources MapLibre loads itself, from same-origin GeoJSON files. */
export const BASEMAP_FILE_SOURCES = {
  'basemap-country-labels': countryLabelsUrl,
  'basemap-places': placesUrl,
} as const;

type BasemapSourceId = keyof typeof BASEMAP_DATA_SOURCES | keyof typeof BASEMAP_FILE_SOURCES;

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

function source(id: BasemapSourceId, data: GeoJSONSourceSpecification['data']) {
  return {
    type: 'geojson',
    data,
    // Natural Earth 1:50m has no more detail than a zoom-8 tile holds; deeper zooms overzoom.
    maxzoom: 8,
    ...(id === 'basemap-land' || id === 'basemap-places'
      ? { attribution: BASEMAP_ATTRIBUTION }
      : {}),
  } satisfies GeoJSONSourceSpecification;
}

function sources(data: BasemapData | null): Record<BasemapSourceId, GeoJSONSourceSpecification> {
  const entries = [
    ...Object.entries(BASEMAP_DATA_SOURCES).map(([id, key]) => [
      id,
      source(id as BasemapSourceId, data?.[key] ?? EMPTY),
    ]),
    ...Object.entries(BASEMAP_FILE_SOURCES).map(([id, url]) => [
      id,
      source(id as BasemapSourceId, url),
    ]),
  ];
  return Object.fromEntries(entries) as Record<BasemapSourceId, GeoJSONSourceSpecification>;
}

/** The country label in the reader's language; the app swaps it with `setLayoutProperty`. */
export function countryLabelField(lang: BasemapLang): ExpressionSpecification {
  return ['get', lang === 'fr' ? 'name_fr' : 'name_en'];
}

/** River and lake names (only the ones the story needs are named). */
export function waterLabelField(lang: BasemapLang): ExpressionSpecification {
  return ['get', lang === 'fr' ? 'name_fr' : 'name_en'];
}

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

function layers(lang: BasemapLang): BasemapLayer[] {
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
        'text-field': waterLabelField(lang),
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
        'text-field': waterLabelField(lang),
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
        'text-field': countryLabelField(lang),
        'text-font': [FONT_SEMIBOLD],
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
        'text-font': [FONT_SEMIBOLD],
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

/**
 * The whole basemap style, in the reader's language; the app adds its data layers on top.
 * `data` is the decoded topology (`loadBasemap()`); without it the land, countries, borders,
 * rivers and lakes are empty until `setData` gives them theirs.
 */
export function basemapStyle(
  lang: BasemapLang,
  data: BasemapData | null = null,
): StyleSpecification {
  return {
    version: 8,
    name: 'Sahel basemap',
    // No `glyphs` on purpose: see the comment at the top of this file.
    'font-faces': FONT_FACES,
    sources: sources(data),
    layers: layers(lang),
  };
}
