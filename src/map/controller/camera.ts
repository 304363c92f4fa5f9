/**
 * The camera's rules, between the view's `Camera` and MapLibre's: the map's bounds, when two
 * cameras are the same, and the camera that frames some sites with the overlays' room kept clear.
 */
import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import { REGION } from '../../data/schema';
import { DEGREE_DECIMALS, ZOOM_DECIMALS } from '../../state/url-codec';
import { type Camera, ZOOM_RANGE } from '../../state/view-state';
import type { Padding } from '../story/story-sites';

/** How far the map pans past the data's region: enough for the opening view to keep the
 * overlays' room clear of Dakar's or Tripoli's site (the Atlantic, the Red Sea). */
const BOUNDS_MARGIN = 25;
export const BOUNDS: [[number, number], [number, number]] = [
  [REGION.west - BOUNDS_MARGIN, REGION.south - BOUNDS_MARGIN],
  [REGION.east + BOUNDS_MARGIN, Math.min(80, REGION.north + BOUNDS_MARGIN)],
];

export function cameraOf(map: MapLibreMap): Camera {
  const c = map.getCenter();
  return { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
}

/** Below these differences two cameras are the same view. */
export interface CameraTolerance {
  readonly zoom: number;
  readonly degrees: number;
}

/** What a link keeps of a camera (the codec's decimals): two cameras this close show the same
 * view. */
export const LINK_PRECISION: CameraTolerance = {
  zoom: 10 ** -ZOOM_DECIMALS,
  degrees: 10 ** -DEGREE_DECIMALS,
};
/** A camera asked for by the URL or the UI is not applied when the map is this close to it. */
export const MOVE_TOLERANCE: CameraTolerance = { zoom: 0.01, degrees: 1e-4 };
/** Half of what a link keeps: a shown camera this close to the link's is
 * the link's camera. */
export const LINK_TOLERANCE: CameraTolerance = {
  zoom: LINK_PRECISION.zoom / 2,
  degrees: LINK_PRECISION.degrees / 2,
};

export function sameCamera(a: Camera, b: Camera, tolerance: CameraTolerance): boolean {
  return (
    Math.abs(a.zoom - b.zoom) < tolerance.zoom &&
    Math.abs(a.lat - b.lat) < tolerance.degrees &&
    Math.abs(a.lon - b.lon) < tolerance.degrees
  );
}

function maplibreCenter(c: unknown): { lat: number; lon: number } {
  if (Array.isArray(c)) return { lon: Number(c[0]), lat: Number(c[1]) };
  const o = c as { lng?: number; lon?: number; lat: number };
  return { lon: o.lng ?? o.lon ?? 0, lat: o.lat };
}

/** What a fit keeps clear: the overlays' room, or a plain margin where too little room would be
 * left between the overlays (a fit without them rather than none at all). Both maps frame with
 * it (MapLibre here, the light map in `light/light-map.ts`). */
export function fitOptions(size: { width: number; height: number }, padding: Padding) {
  const room =
    size.width - padding.left - padding.right > 80 &&
    size.height - padding.top - padding.bottom > 80;
  return { padding: room ? padding : 20, maxZoom: 6 };
}

/** The camera that shows `bounds` with the overlays' room kept clear, or null. */
export function fitCamera(
  map: MapLibreMap,
  padding: Padding,
  bounds: LngLatBoundsLike,
): Camera | null {
  const size = map.getContainer().getBoundingClientRect();
  const found = map.cameraForBounds(bounds, fitOptions(size, padding));
  if (!found?.center) return null;
  const center = maplibreCenter(found.center);
  return { zoom: Math.max(ZOOM_RANGE.min, found.zoom ?? map.getZoom()), ...center };
}
