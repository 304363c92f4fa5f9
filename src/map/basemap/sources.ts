/** The basemap's sources: the decoded topology's parts and the label files MapLibre loads. */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSourceSpecification } from 'maplibre-gl';
import type { BasemapData } from './decode';
import countryLabelsUrl from './generated/country-labels.geojson?url';
import placesUrl from './generated/places.geojson?url';

/** Natural Earth is public domain; GeoNames asks for credit (CC BY 4.0). Plain text, no link. */
export const BASEMAP_ATTRIBUTION = 'Natural Earth; places © GeoNames (CC BY 4.0)';

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

/** What a source holds before (or instead of) its data. */
export const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

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

export function sources(
  data: BasemapData | null,
): Record<BasemapSourceId, GeoJSONSourceSpecification> {
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
