/**
 * Checks of the basemap's topology and of its decoding: borders only between two countries
 * (never along the region's clip edges), land without inner borders, named rivers and lakes,
 * and the size budget of the generated files. Needs the generated basemap (`npm run basemap`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { brotliSize } from '../../../scripts/sizes';
import { REGION } from '../../data/schema';
import { BASEMAP_TOPOLOGY_URL, type BasemapData, decodeBasemap, loadBasemap } from './decode';

const GENERATED = join(import.meta.dirname, 'generated');
const topologyText = readFileSync(join(GENERATED, 'basemap.topojson'), 'utf8');
const data: BasemapData = decodeBasemap(JSON.parse(topologyText));

const brotli = brotliSize;

/** The size budget of the basemap (brotli, bytes): it was 133.8 kB as seven GeoJSON files. */
const BUDGET = { topology: 40_000, total: 46_000 };

const EPS = 1e-6;
const key = ([x = 0, y = 0]: Position) => `${x.toFixed(4)},${y.toFixed(4)}`;
/** A segment's key, the same both ways round. */
const segmentKey = (a: Position, b: Position) => [key(a), key(b)].sort().join(' ');

function segments(lines: readonly Position[][]): [Position, Position][] {
  return lines.flatMap((line) =>
    line.slice(1).map((b, i): [Position, Position] => [line[i] ?? b, b]),
  );
}

const rings = (g: Polygon | MultiPolygon): Position[][] =>
  g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();

/** For each segment of a country outline: the codes of the countries it bounds. */
const countriesBySegment = new Map<string, Set<string>>();
for (const f of data.countries.features) {
  for (const [a, b] of segments(rings(f.geometry))) {
    const k = segmentKey(a, b);
    const codes = countriesBySegment.get(k) ?? new Set<string>();
    codes.add(f.properties.code);
    countriesBySegment.set(k, codes);
  }
}

/** On one of the region's four edges (where the build clipped the countries). */
function onClipEdge([ax = 0, ay = 0]: Position, [bx = 0, by = 0]: Position): boolean {
  const both = (p: number, q: number, edge: number) =>
    Math.abs(p - edge) < EPS && Math.abs(q - edge) < EPS;
  return (
    both(ax, bx, REGION.west) ||
    both(ax, bx, REGION.east) ||
    both(ay, by, REGION.south) ||
    both(ay, by, REGION.north)
  );
}

/** Shoelace area in square degrees (enough to compare shapes made of the same points). */
function planarArea(g: Polygon | MultiPolygon): number {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let sum = 0;
  for (const [outer, ...holes] of polygons) {
    for (const [i, ring] of [outer ?? [], ...holes].entries()) {
      let a = 0;
      for (const [[x0 = 0, y0 = 0], [x1 = 0, y1 = 0]] of segments([ring])) a += x0 * y1 - x1 * y0;
      sum += (i === 0 ? 1 : -1) * Math.abs(a / 2);
    }
  }
  return sum;
}

describe('the decoded basemap', () => {
  const borderSegments = segments(data.borders.features.flatMap((f) => f.geometry.coordinates));

  it('has countries clipped to the region, along its edges', () => {
    expect(data.countries.features.length).toBeGreaterThan(100);
    const clipEdge = [...countriesBySegment.keys()].filter((k) => {
      const [a, b] = k.split(' ').map((p) => p.split(',').map(Number));
      return a && b && onClipEdge(a, b);
    });
    // Many countries are cut by the region's edges (Russia, Saudi Arabia, Angola...).
    expect(clipEdge.length).toBeGreaterThan(10);
  });

  it('draws borders between two different countries only, never along the clip edges', () => {
    expect(borderSegments.length).toBeGreaterThan(3000);
    const alongEdge = borderSegments.filter(([a, b]) => onClipEdge(a, b));
    expect(alongEdge).toEqual([]);
    const notShared = borderSegments
      .map(([a, b]) => segmentKey(a, b))
      .filter((k) => (countriesBySegment.get(k)?.size ?? 0) !== 2);
    expect(notShared).toEqual([]);
  });

  it('draws the border of Mali and Niger, and none along a coast', () => {
    const bordering = (x: string, y: string) =>
      borderSegments.filter(([a, b]) => {
        const codes = countriesBySegment.get(segmentKey(a, b));
        return codes?.has(x) && codes.has(y);
      }).length;
    expect(bordering('ML', 'NE')).toBeGreaterThan(5);
    expect(bordering('TD', 'NE')).toBeGreaterThan(5);
    const coast = [...countriesBySegment.entries()].filter(([, codes]) => codes.size === 1);
    const borderKeys = new Set(borderSegments.map(([a, b]) => segmentKey(a, b)));
    expect(coast.filter(([k]) => borderKeys.has(k))).toEqual([]);
  });

  it('merges the countries into the land, with no inner border left', () => {
    expect(data.land.features).toHaveLength(1);
    const [land] = data.land.features;
    if (!land) throw new Error('no land');
    const inner = segments(rings(land.geometry)).filter(
      ([a, b]) => (countriesBySegment.get(segmentKey(a, b))?.size ?? 0) > 1,
    );
    expect(inner).toEqual([]);
    const countriesArea = data.countries.features.reduce((s, f) => s + planarArea(f.geometry), 0);
    expect(planarArea(land.geometry)).toBeCloseTo(countriesArea, 3);
  });

  it('flags the G5 Sahel countries, and only them', () => {
    const sahel = data.countries.features
      .filter((f) => f.properties.sahel === true)
      .map((f) => f.properties.code);
    expect(sahel.sort()).toEqual(['BF', 'ML', 'MR', 'NE', 'TD']);
  });

  it('keeps the rivers and lakes of the story, named in English and French', () => {
    const rivers = new Set(data.rivers.features.map((f) => f.properties.name_fr));
    for (const name of ['Niger', 'Sénégal', 'Bénoué', 'Nil', 'Nil Blanc', 'Oubangui']) {
      expect(rivers.has(name), name).toBe(true);
    }
    const chad = data.lakes.features.find((f) => f.properties.name_en === 'Lake Chad');
    expect(chad?.properties).toEqual({ name_en: 'Lake Chad', name_fr: 'Lac Tchad' });
    // Lake Chad is where it should be: around 14°E, 13°N.
    const [x = 0, y = 0] = chad ? (rings(chad.geometry)[0]?.[0] ?? []) : [];
    expect(Math.abs(x - 14)).toBeLessThan(1.5);
    expect(Math.abs(y - 13.2)).toBeLessThan(1.5);
    const niger = data.rivers.features.filter((f) => f.properties.name_en === 'Niger');
    const nigerPoints = niger.flatMap((f) =>
      f.geometry.type === 'LineString' ? f.geometry.coordinates : f.geometry.coordinates.flat(),
    );
    // It still bends through Timbuktu's port (Kabara) and Niamey.
    for (const [tx, ty] of [
      [-3.0, 16.68],
      [2.1, 13.5],
    ] as const) {
      const near = nigerPoints.some(([x = 0, y = 0]) => Math.hypot(x - tx, y - ty) < 0.3);
      expect(near, `Niger near ${tx}, ${ty}`).toBe(true);
    }
  });

  it('rejects anything but the basemap topology', () => {
    expect(() => decodeBasemap({ type: 'FeatureCollection', features: [] })).toThrow(/topology/);
    expect(() => decodeBasemap(null)).toThrow(/topology/);
  });
});

describe('the generated basemap files', () => {
  it(`stay within the size budget (brotli: topology ≤ ${BUDGET.topology} B, all ≤ ${BUDGET.total} B)`, () => {
    const files = readdirSync(GENERATED).filter((f) => /\.(topo|geo)json$/.test(f));
    expect(files.sort()).toEqual(['basemap.topojson', 'country-labels.geojson', 'places.geojson']);
    expect(brotli(topologyText)).toBeLessThanOrEqual(BUDGET.topology);
    const total = files.reduce((sum, f) => sum + brotli(readFileSync(join(GENERATED, f))), 0);
    expect(total).toBeLessThanOrEqual(BUDGET.total);
  });

  it('quantize the topology (delta-encoded integers on a 0.01° grid)', () => {
    const topology = JSON.parse(topologyText) as {
      transform?: { scale: number[]; translate: number[] };
      arcs: number[][][];
    };
    expect(topology.transform?.scale).toEqual([0.01, 0.01]);
    expect(topology.transform?.translate).toEqual([REGION.west, REGION.south]);
    expect(topology.arcs.flat(2).every(Number.isInteger)).toBe(true);
  });
});

describe('loadBasemap', () => {
  it('fetches the topology as a same-origin file', async () => {
    expect(BASEMAP_TOPOLOGY_URL).toMatch(/^\/[^/].*\.topojson(\?.*)?$/);
    const asked: string[] = [];
    const fetchFile = async (url: string | URL | Request) => {
      asked.push(String(url));
      return new Response(topologyText);
    };
    const loaded = await loadBasemap(BASEMAP_TOPOLOGY_URL, fetchFile as typeof fetch);
    expect(asked).toEqual([BASEMAP_TOPOLOGY_URL]);
    expect(loaded.countries.features).toHaveLength(data.countries.features.length);
  });

  it('fails on an HTTP error', async () => {
    const fetchFile = async () => new Response('gone', { status: 404 });
    await expect(loadBasemap('/x.topojson', fetchFile as typeof fetch)).rejects.toThrow(/404/);
  });
});
