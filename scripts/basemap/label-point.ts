/** Where a country's label goes: run by `buildCountries` on each country, whole and clipped. */
import type { Position } from 'geojson';
import polylabel from 'polylabel';
import type { Area } from './geometry';

/** Web Mercator y of a latitude, in degrees, so that label placement works on the map's shapes. */
export const mercY = (lat: number) =>
  (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI;
export const unmercY = (y: number) =>
  (Math.atan(Math.exp((y * Math.PI) / 180)) * 360) / Math.PI - 90;

/** The point of the largest polygon farthest from its edges, measured on the Mercator map. */
export function labelPoint(geometry: Area): Position {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: { point: Position; distance: number } | null = null;
  for (const rings of polygons) {
    const projected = rings.map((ring) =>
      ring.map(([x = 0, y = 0]): [number, number] => [x, mercY(y)]),
    );
    const pole = polylabel(projected, 0.01);
    if (!best || pole.distance > best.distance) {
      best = { point: [pole[0], unmercY(pole[1])], distance: pole.distance };
    }
  }
  if (!best) throw new Error('labelPoint: empty geometry');
  return best.point;
}
