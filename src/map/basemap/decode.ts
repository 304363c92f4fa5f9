/**
 * The basemap's geometry comes as one TopoJSON topology, `generated/basemap.topojson` (written by
 * `scripts/build-basemap.ts`): countries, rivers and lakes, with every border stored once,
 * simplified, quantized and delta-encoded. It is a separate, cacheable file that index.html
 * preloads; the page decodes it once, here, into the GeoJSON the basemap's sources draw:
 *
 * - `countries`: one polygon per country (ISO code, and `sahel: true` for the G5 Sahel);
 * - `land`: the countries merged (the land is stored nowhere else);
 * - `borders`: the arcs between two different countries, each once. The edges where the build
 *   clipped the countries to the map's region belong to one country only, so they never show;
 * - `rivers`, `lakes`: as built, with their names where the story needs them.
 */
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
} from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type {
  GeometryCollection,
  GeometryObject,
  Topology,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
} from 'topojson-specification';
import basemapUrl from './generated/basemap.topojson?url';

/** The same-origin URL of the topology (a hashed asset in the build). */
export const BASEMAP_TOPOLOGY_URL: string = basemapUrl;

export type CountryProps = { code: string; sahel?: true };
export type WaterProps = { name_en?: string; name_fr?: string };

export type BasemapTopology = Topology<{
  countries: GeometryCollection<CountryProps>;
  rivers: GeometryCollection<WaterProps>;
  lakes: GeometryCollection<WaterProps>;
}>;

type Area = Polygon | MultiPolygon;
type Line = LineString | MultiLineString;

export interface BasemapData {
  readonly land: FeatureCollection<MultiPolygon>;
  readonly countries: FeatureCollection<Area, CountryProps>;
  readonly borders: FeatureCollection<MultiLineString>;
  readonly rivers: FeatureCollection<Line, WaterProps>;
  readonly lakes: FeatureCollection<Area, WaterProps>;
}

const OBJECTS = ['countries', 'rivers', 'lakes'] as const;

function isBasemapTopology(value: unknown): value is BasemapTopology {
  if (typeof value !== 'object' || value === null) return false;
  const { type, objects, arcs } = value as Partial<Topology>;
  return (
    type === 'Topology' &&
    Array.isArray(arcs) &&
    typeof objects === 'object' &&
    objects !== null &&
    OBJECTS.every((key) => objects[key]?.type === 'GeometryCollection')
  );
}

/** Features with a geometry only (a topology may hold null geometries; MapLibre skips them). */
function withGeometry<G extends Geometry, P>(
  collection: FeatureCollection<Geometry | null, P>,
): FeatureCollection<G, P> {
  return {
    type: 'FeatureCollection',
    features: collection.features.filter((f): f is Feature<G, P> => f.geometry !== null),
  };
}

const isArea = (
  g: GeometryObject<CountryProps>,
): g is TopoPolygon<CountryProps> | TopoMultiPolygon<CountryProps> =>
  g.type === 'Polygon' || g.type === 'MultiPolygon';

const one = <G extends Geometry>(geometry: G): FeatureCollection<G> => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: {}, geometry }],
});

/** Decodes the topology into the GeoJSON of the basemap's sources. */
export function decodeBasemap(topology: unknown): BasemapData {
  if (!isBasemapTopology(topology)) throw new Error('basemap: not the expected topology');
  const { countries, rivers, lakes } = topology.objects;
  return {
    countries: withGeometry<Area, CountryProps>(feature(topology, countries)),
    land: one(merge(topology, countries.geometries.filter(isArea))),
    // Arcs of one country only (a === b) are coasts or the region's clip edges: not borders.
    borders: one(mesh(topology, countries, (a, b) => a !== b)),
    rivers: withGeometry<Line, WaterProps>(feature(topology, rivers)),
    lakes: withGeometry<Area, WaterProps>(feature(topology, lakes)),
  };
}

/**
 * Fetches and decodes the topology. Call it as early as possible: the page preloads the file,
 * and MapLibre can download and start in parallel with it.
 */
export async function loadBasemap(
  url: string = BASEMAP_TOPOLOGY_URL,
  fetchFile: typeof fetch = fetch,
): Promise<BasemapData> {
  const response = await fetchFile(url);
  if (!response.ok) throw new Error(`basemap: ${url}: HTTP ${response.status}`);
  return decodeBasemap(await response.json());
}

let shared: Promise<BasemapData> | null = null;

/** The topology fetched and decoded once for the page's two maps (the light map first, then
 * MapLibre's); a failure is not kept, so that Retry fetches it again. */
export function basemapOnce(): Promise<BasemapData> {
  if (!shared) {
    const loading = loadBasemap();
    shared = loading;
    loading.catch(() => {
      if (shared === loading) shared = null;
    });
  }
  return shared;
}
