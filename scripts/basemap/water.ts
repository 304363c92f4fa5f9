/**
 * Rivers and lakes clipped to the region and named from the anchor points of water-names.ts:
 * run after the inputs are read; its features feed the topology.
 */
import area from '@turf/area';
import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import { CLIP_DECIMALS, clipArea, clipLine } from './clip';
import { type Area, areaContains, distanceToArea, distanceToLine, type Line } from './geometry';
import type { WaterPart } from './inputs';
import { noProblems, type Problems } from './problems';
import type { WaterName } from './water-names';

export type WaterProps = { name_en?: string; name_fr?: string };
export type River = Feature<Line, WaterProps>;
export type Lake = Feature<Area, WaterProps>;

/** A river line is named after the nearest anchor, if one lies within this many degrees. */
export const ANCHOR_REACH = 0.3;
/** A lake is named by an anchor inside it or, failing that, within this many degrees. */
export const LAKE_REACH = 0.1;
/** Unnamed lakes smaller than this (m²) are left out: they would only cost bytes. */
export const MIN_UNNAMED_LAKE_M2 = 200e6;

/** Each water part's rivers and lakes, clipped to its bbox, unnamed. */
export function clipWater(parts: readonly WaterPart[]): { rivers: River[]; lakes: Lake[] } {
  const rivers: River[] = [];
  const lakes: Lake[] = [];
  for (const { topology, bbox } of parts) {
    for (const f of feature(topology, topology.objects.rivers).features) {
      const clipped = f.geometry && clipLine(f.geometry as Line, CLIP_DECIMALS, bbox);
      if (clipped) rivers.push({ type: 'Feature', properties: {}, geometry: clipped });
    }
    for (const f of feature(topology, topology.objects.lakes).features) {
      const clipped = f.geometry && clipArea(f.geometry as Area, CLIP_DECIMALS, bbox);
      if (clipped) lakes.push({ type: 'Feature', properties: {}, geometry: clipped });
    }
  }
  return { rivers, lakes };
}

const withNames = <F extends Feature>(
  features: readonly F[],
  names: readonly (WaterProps | undefined)[],
) =>
  features.map((f, i) => {
    const props = names[i];
    return props ? { ...f, properties: props } : f;
  });

/**
 * The river lines, each anchor naming the nearest line within ANCHOR_REACH (a later name wins).
 * An anchor near no line is a warning; a river none of whose anchors is near a line, an error.
 */
export function nameRivers(
  rivers: readonly River[],
  table: readonly WaterName[],
): { features: River[]; problems: Problems } {
  const problems = noProblems();
  const names: (WaterProps | undefined)[] = [];
  for (const river of table) {
    let named = 0;
    for (const anchor of river.anchors) {
      let nearest: { i: number; d: number } | null = null;
      for (const [i, f] of rivers.entries()) {
        const d = distanceToLine(anchor, f.geometry);
        if (d <= ANCHOR_REACH && (!nearest || d < nearest.d)) nearest = { i, d };
      }
      if (!nearest) {
        problems.warnings.push(`river ${river.name_en}: no river line near ${anchor.join(', ')}`);
        continue;
      }
      names[nearest.i] = { name_en: river.name_en, name_fr: river.name_fr };
      named++;
    }
    if (named === 0) {
      problems.errors.push(`river ${river.name_en}: none of its anchors is near a river`);
    }
  }
  return { features: withNames(rivers, names), problems };
}

/**
 * The lakes, each named by its first anchor (the first lake that holds it, else the first within
 * LAKE_REACH), without the small unnamed ones. A lake found at no anchor is a warning.
 */
export function nameLakes(
  lakes: readonly Lake[],
  table: readonly WaterName[],
): { features: Lake[]; problems: Problems } {
  const problems = noProblems();
  const names: (WaterProps | undefined)[] = [];
  for (const lake of table) {
    const [anchor] = lake.anchors;
    let hit = -1;
    if (anchor) {
      hit = lakes.findIndex((f) => areaContains(f.geometry, anchor));
      if (hit < 0) hit = lakes.findIndex((f) => distanceToArea(anchor, f.geometry) <= LAKE_REACH);
    }
    if (hit >= 0) names[hit] = { name_en: lake.name_en, name_fr: lake.name_fr };
    else problems.warnings.push(`lake ${lake.name_en}: no lake polygon at ${anchor?.join(', ')}`);
  }
  const features = withNames(lakes, names).filter(
    (f) => f.properties.name_en !== undefined || area(f.geometry) > MIN_UNNAMED_LAKE_M2,
  );
  return { features, problems };
}
