/**
 * The light map's camera, with MapLibre's camera math: a Web Mercator world of 512-px tiles,
 * 512·2^zoom pixels wide, with the camera's point at the middle of the map; the map's bounds and
 * zoom range kept as MapLibre keeps them (`MercatorTransform.defaultConstrain`), a fit to bounds
 * as `cameraForBounds` makes it, and a zoom about a point as its wheel and pinch make it. The
 * projection itself is d3-geo's Web Mercator; `mercator.test.ts` holds it to MapLibre's own
 * transform.
 */
import { type GeoProjection, geoMercator } from 'd3-geo';
import type { Camera } from '../../state/view-state';

/** MapLibre's tile size: the world is this many pixels wide at zoom 0. */
export const TILE_SIZE = 512;

/** MapLibre's limit of the Mercator world (`MAX_VALID_LATITUDE`). */
const MAX_LATITUDE = 85.051129;

export interface Size {
  readonly width: number;
  readonly height: number;
}

export type LngLat = readonly [number, number];

/** [[west, south], [east, north]]. */
export type Box = readonly [LngLat, LngLat];

/** What the camera may show: MapLibre's `maxBounds`, `minZoom` and `maxZoom`. */
export interface Limits {
  readonly bounds: Box;
  readonly minZoom: number;
  readonly maxZoom: number;
}

export interface Padding {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export function worldSize(zoom: number): number {
  return TILE_SIZE * 2 ** zoom;
}

/**
 * d3's Web Mercator at a zoom (its scale is the world's radius in pixels), with neither spherical
 * clipping nor resampling: MapLibre draws straight lines between the vertices on the Mercator
 * plane, where d3 would bend long edges (the 22nd parallel between Egypt and Sudan) along great
 * circles and read the rings' winding on the sphere.
 */
function mercatorAt(zoom: number): GeoProjection {
  return geoMercator()
    .scale(worldSize(zoom) / (2 * Math.PI))
    .precision(0)
    .preclip((stream) => stream);
}

/** The world's pixels at a zoom: (0, 0) at its north-west corner, as MapLibre counts them. */
function worldAt(zoom: number): GeoProjection {
  const size = worldSize(zoom);
  return mercatorAt(zoom).translate([size / 2, size / 2]);
}

function toWorld(p: GeoProjection, at: LngLat): [number, number] {
  const xy = p([at[0], at[1]]);
  if (!xy) throw new Error(`mercator: ${at.join(',')} has no position`);
  return xy;
}

function fromWorld(p: GeoProjection, xy: readonly [number, number]): LngLat {
  const at = p.invert?.([xy[0], xy[1]]);
  if (!at) throw new Error('mercator: no inverse');
  return [at[0], at[1]];
}

/** The projection of a map of some size seen through a camera: the camera's point in the middle,
 * positions in CSS pixels from the map's top-left corner. */
export function projectionFor(camera: Camera, size: Size): GeoProjection {
  return mercatorAt(camera.zoom)
    .center([camera.lon, camera.lat])
    .translate([size.width / 2, size.height / 2]);
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** One pass of MapLibre's constrain (Mercator, world copies on, no padding). The region is far
 * from the antimeridian, so MapLibre's wrapping of longitudes changes nothing here. */
function constrainOnce(camera: Camera, size: Size, limits: Limits): Camera {
  const zoom = clamp(camera.zoom, limits.minZoom, limits.maxZoom);
  const p = worldAt(zoom);
  const [[west, south], [east, north]] = limits.bounds;
  const [minX, minY] = toWorld(p, [west, clamp(north, -MAX_LATITUDE, MAX_LATITUDE)]);
  const [maxX, maxY] = toWorld(p, [east, clamp(south, -MAX_LATITUDE, MAX_LATITUDE)]);
  const scaleY = maxY - minY < size.height ? size.height / (maxY - minY) : 0;
  const scaleX = maxX - minX < size.width ? size.width / (maxX - minX) : 0;
  const [x, y] = toWorld(p, [camera.lon, camera.lat]);
  const scale = Math.max(scaleX, scaleY);
  if (scale) {
    // Zoomed in until nothing beyond the bounds shows.
    const [lon, lat] = fromWorld(p, [
      scaleX ? (maxX + minX) / 2 : x,
      scaleY ? (maxY + minY) / 2 : y,
    ]);
    return { lon, lat, zoom: zoom + Math.log2(scale) };
  }
  const [h2, w2] = [size.height / 2, size.width / 2];
  let [nx, ny] = [x, y];
  if (y - h2 < minY) ny = minY + h2;
  if (y + h2 > maxY) ny = maxY - h2;
  if (x - w2 < minX) nx = minX + w2;
  if (x + w2 > maxX) nx = maxX - w2;
  if (nx === x && ny === y) return { lon: camera.lon, lat: camera.lat, zoom };
  const [lon, lat] = fromWorld(p, [nx, ny]);
  return { lon, lat, zoom };
}

/** The camera MapLibre shows when asked for `camera` (`getConstrainedCamera`): the centre of one
 * pass, the zoom of a second. */
export function constrain(camera: Camera, size: Size, limits: Limits): Camera {
  if (!size.width || !size.height) return camera;
  const once = constrainOnce(camera, size, limits);
  return { lon: once.lon, lat: once.lat, zoom: constrainOnce(once, size, limits).zoom };
}

/** The camera that shows a box with some padding, as MapLibre's `cameraForBounds` finds it (no
 * bearing, no offset), or null where the padding leaves no room. Not constrained. */
export function fitBox(box: Box, size: Size, padding: Padding, maxZoom: number): Camera | null {
  const p = worldAt(0);
  const [[west, south], [east, north]] = box;
  const lat = (l: number) => clamp(l, -MAX_LATITUDE, MAX_LATITUDE);
  const [x0, y0] = toWorld(p, [west, lat(north)]);
  const [x1, y1] = toWorld(p, [east, lat(south)]);
  const width = size.width - padding.left - padding.right;
  const height = size.height - padding.top - padding.bottom;
  if (width < 0 || height < 0) return null;
  const zoom = Math.min(Math.log2(Math.min(width / (x1 - x0), height / (y1 - y0))), maxZoom);
  // The padding's offset, in pixels at the fitted zoom, in the world's pixels at zoom 0.
  const scale = 2 ** zoom;
  const offsetX = (padding.left - padding.right) / 2 / scale;
  const offsetY = (padding.top - padding.bottom) / 2 / scale;
  const [lon, lat2] = fromWorld(p, [(x0 + x1) / 2 - offsetX, (y0 + y1) / 2 - offsetY]);
  return { lon, lat: lat2, zoom };
}

/** The camera at `zoom` that keeps the place under `point` where it is (a wheel or pinch zoom,
 * MapLibre's `setLocationAtPoint`). Not constrained. */
export function zoomAround(
  camera: Camera,
  size: Size,
  point: readonly [number, number],
  zoom: number,
): Camera {
  const under = fromWorld(projectionFor(camera, size), point);
  const p = worldAt(zoom);
  const [x, y] = toWorld(p, under);
  const [lon, lat] = fromWorld(p, [
    x - (point[0] - size.width / 2),
    y - (point[1] - size.height / 2),
  ]);
  return { lon, lat, zoom };
}

/** The camera moved so that the map follows the pointer by (dx, dy) pixels. Not constrained. */
export function panBy(camera: Camera, dx: number, dy: number): Camera {
  const p = worldAt(camera.zoom);
  const [x, y] = toWorld(p, [camera.lon, camera.lat]);
  const [lon, lat] = fromWorld(p, [x - dx, y - dy]);
  return { lon, lat, zoom: camera.zoom };
}

/** Where a place is on a map of some size seen through a camera, in CSS pixels. */
export function project(camera: Camera, size: Size, at: LngLat): { x: number; y: number } {
  const [x, y] = toWorld(projectionFor(camera, size), at);
  return { x, y };
}

/** The place at a point of the map. */
export function unproject(camera: Camera, size: Size, point: readonly [number, number]): LngLat {
  return fromWorld(projectionFor(camera, size), point);
}
