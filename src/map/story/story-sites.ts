/**
 * The opening view frames the story: the sites drawn at the default date in the Sahel (Senegal
 * to Chad: Dakar, Bamako, Timbuktu, Gao, Niamey, N'Djamena…), with the room the overlays take
 * (the Layers panel, notices, the controls, the attribution) kept clear. Pure: the sites, their
 * bounds and the padding that keeps them out from under the overlays.
 */

import type { MapLayer } from '../../data/map-file';
import { type ShownFilter, shownAt } from '../../data/shown';

/** The countries of the story, whose sites the opening view frames: the Sahel from Senegal and
 * Mauritania to Chad. Russia's presence further away (Libya, Sudan, the Central African
 * Republic) is a pan or a zoom-out away, as is Côte d'Ivoire. */
export const STORY_COUNTRIES: readonly string[] = ['SN', 'MR', 'ML', 'BF', 'NE', 'TD'];

export interface StorySite {
  readonly id: string;
  readonly lonLat: readonly [number, number];
}

/** The sites the opening view frames: shown at the day (layer on, kind not hidden), in the
 * Sahel. The map file's layers give the same sites as the data files'. */
export function storySites(
  layers: readonly MapLayer[],
  day: number,
  filter: ShownFilter,
): StorySite[] {
  const sites: StorySite[] = [];
  for (const r of layers.flatMap((l) => l.records)) {
    if (r.type !== 'site' || !shownAt(r, day, filter)) continue;
    if (!r.props.countries.some((c) => STORY_COUNTRIES.includes(c))) continue;
    sites.push({ id: r.id, lonLat: r.coords });
  }
  return sites;
}

/** [[west, south], [east, north]] of some points, or null for none. */
export function boundsOf(
  points: readonly StorySite[],
): [[number, number], [number, number]] | null {
  if (points.length === 0) return null;
  let [west, south, east, north] = [180, 90, -180, -90];
  for (const { lonLat } of points) {
    west = Math.min(west, lonLat[0]);
    east = Math.max(east, lonLat[0]);
    south = Math.min(south, lonLat[1]);
    north = Math.max(north, lonLat[1]);
  }
  return [
    [west, south],
    [east, north],
  ];
}

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The padding that keeps a fitted view out from under the overlays: each overlay (a box in the
 * map's own pixels) is cleared from the map's edge it is nearest to in proportion (a tall panel
 * on the left clears from the left, a wide notice at the top from the top), and every side
 * keeps `margin` more (a marker's radius and its label).
 */
export function paddingFor(
  size: { readonly width: number; readonly height: number },
  boxes: readonly Box[],
  margin: number,
): Padding {
  const pad: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  const { width, height } = size;
  for (const b of boxes) {
    if (b.right <= 0 || b.bottom <= 0 || b.left >= width || b.top >= height) continue;
    if (b.right - b.left <= 0 || b.bottom - b.top <= 0) continue;
    const options: [keyof Padding, number, number][] = [
      ['left', b.right, width],
      ['right', width - b.left, width],
      ['top', b.bottom, height],
      ['bottom', height - b.top, height],
    ];
    let best = options[0] as [keyof Padding, number, number];
    for (const o of options) if (o[1] / o[2] < best[1] / best[2]) best = o;
    pad[best[0]] = Math.max(pad[best[0]], best[1]);
  }
  return {
    top: pad.top + margin,
    right: pad.right + margin,
    bottom: pad.bottom + margin,
    left: pad.left + margin,
  };
}
