/**
 * Clipping areas and lines to the region (or a part of it) and rounding them: run on every
 * country, river and lake before labels, names and the topology.
 */
import bboxClip from '@turf/bbox-clip';
import { ringContains } from '../../src/map/basemap/ring';
import {
  type Area,
  areaGeometry,
  BBOX,
  type BBox,
  type Line,
  lineGeometry,
  type Ring,
  roundPoints,
  roundPolygons,
} from './geometry';
import { splitOnEdges, unbridge } from './unbridge';

/**
 * Decimals kept when clipping: enough not to move any point the topology keeps (its grid is
 * coarser, see GRID in topology.ts), few enough that the clip's float noise does not split
 * shared arcs.
 */
export const CLIP_DECIMALS = 6;

/**
 * @turf/bbox-clip clips polygons the Sutherland–Hodgman way: where a country crosses the edge
 * more than twice (Somalia at 45°E, Mozambique at 15°S), its pieces inside stay one ring, joined
 * by a zero-width bridge along the edge, there and back. A fill does not show it, but it lies
 * on the neighbour's own clip edge, and the topology would take it for a border between them.
 * This splits such rings into their real pieces.
 */
export function withoutBridges(polygons: Ring[][], bbox: BBox): Ring[][] {
  return polygons.flatMap(([outer, ...holes]) => {
    if (!outer) return [];
    const inner = holes.flatMap((h) => unbridge(splitOnEdges(h, bbox)));
    return unbridge(splitOnEdges(outer, bbox)).map((piece) => [
      piece,
      ...inner.filter(([first]) => first !== undefined && ringContains(piece, first)),
    ]);
  });
}

/** Clips an area to the region (with @turf/bbox-clip) and rounds it; null if nothing is left. */
export function clipArea(geometry: Area, decimals: number, bbox: BBox = BBOX): Area | null {
  const clipped = bboxClip(geometry, bbox).geometry as Area;
  return areaGeometry(withoutBridges(roundPolygons(clipped, decimals), bbox));
}

/** Clips lines to the region (with @turf/bbox-clip) and rounds them; null if nothing is left. */
export function clipLine(geometry: Line, decimals: number, bbox: BBox = BBOX): Line | null {
  const clipped = bboxClip(geometry, bbox).geometry as Line;
  const lines = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
  return lineGeometry(lines.map((line) => roundPoints(line, decimals)));
}
