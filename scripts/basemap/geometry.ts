/** Plane geometry helpers and the region's bbox, shared by every step of the basemap build. */
import type {
  Feature,
  FeatureCollection,
  GeoJsonProperties,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { REGION } from '../../src/data/schema';
import { ringContains } from '../../src/map/basemap/ring';

export type Ring = Position[];
export type Area = Polygon | MultiPolygon;
export type Line = LineString | MultiLineString;
export type BBox = [west: number, south: number, east: number, north: number];

/** The map's REGION as a bbox. */
export const BBOX: BBox = [REGION.west, REGION.south, REGION.east, REGION.north];

export const round = (n: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
};

/** Rounds a line's points and drops the points that rounding made equal to the one before. */
export function roundPoints(points: readonly Position[], decimals: number): Position[] {
  const out: Position[] = [];
  for (const [x = 0, y = 0] of points) {
    const p = [round(x, decimals), round(y, decimals)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** Polygons as lists of rings, rounded, without the rings (or polygons) rounding collapsed. */
export function roundPolygons(geometry: Area, decimals: number): Ring[][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons
    .map((rings) =>
      rings.map((ring) => roundPoints(ring, decimals)).filter((ring) => ring.length >= 4),
    )
    .filter((rings) => rings.length > 0);
}

/** A Polygon or MultiPolygon of a list of polygons; null if there are none. */
export function areaGeometry(polygons: Ring[][]): Area | null {
  const [first] = polygons;
  if (!first) return null;
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: first }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/** A LineString or MultiLineString of the lines with two points or more; null if none. */
export function lineGeometry(lines: Position[][]): Line | null {
  const kept = lines.filter((line) => line.length >= 2);
  const [first] = kept;
  if (!first) return null;
  return kept.length === 1
    ? { type: 'LineString', coordinates: first }
    : { type: 'MultiLineString', coordinates: kept };
}

/** Whether a point is in the region, at least `margin` degrees inside its edges. */
export function inRegion([x = Number.NaN, y = Number.NaN]: Position, margin = 0): boolean {
  return (
    x >= REGION.west + margin &&
    x <= REGION.east - margin &&
    y >= REGION.south + margin &&
    y <= REGION.north - margin
  );
}

function distanceToSegment(p: Position, a: Position, b: Position): number {
  const [px = 0, py = 0] = p;
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The distance (degrees, lon/lat as a plane) from a point to the nearest segment of a line. */
export function distanceToLine(p: Position, geometry: Line): number {
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  let min = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1];
      const b = line[i];
      if (a && b) min = Math.min(min, distanceToSegment(p, a, b));
    }
  }
  return min;
}

/** Whether a point is inside an area (in an outer ring and in none of its holes). */
export function areaContains(geometry: Area, p: Position): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some(
    ([outer, ...holes]) =>
      outer !== undefined && ringContains(outer, p) && !holes.some((h) => ringContains(h, p)),
  );
}

/** The distance (degrees) from a point to the nearest edge of an area. */
export function distanceToArea(p: Position, geometry: Area): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return Math.min(
    ...polygons.flat().map((ring) => distanceToLine(p, { type: 'LineString', coordinates: ring })),
  );
}

export function collection<G extends Geometry, P extends GeoJsonProperties>(
  features: Feature<G, P>[],
): FeatureCollection<G, P> {
  return { type: 'FeatureCollection', features };
}
