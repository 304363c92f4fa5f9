import type { Feature, Point } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { manifest, outputs, report, sized } from './report';

const point = (name: string, rank: number): Feature<Point, { name: string; rank: number }> => ({
  type: 'Feature',
  properties: { name, rank },
  geometry: { type: 'Point', coordinates: [0, 0] },
});
const topology = {
  type: 'Topology',
  objects: { countries: { type: 'GeometryCollection', geometries: [] } },
  arcs: [],
} as unknown as Topology;

describe('outputs', () => {
  it('sorts the label points by rank, keeping the order of equal ranks, without sorting the input', () => {
    const places = [point('a', 3), point('b', 1), point('c', 3), point('d', 1)];
    const [, , file] = outputs(topology, [], places);
    const names = JSON.parse(file?.text ?? '').features.map(
      (f: { properties: { name: string } }) => f.properties.name,
    );
    expect(names).toEqual(['b', 'd', 'a', 'c']);
    expect(places.map((p) => p.properties.name)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('counts the topology objects and arcs, and sizes every file in the manifest and report', () => {
    const files = sized(outputs(topology, [point('x', 1)], []));
    expect(files.map((f) => [f.file, f.features, f.note])).toEqual([
      ['basemap.topojson', 0, 'countries 0; 0 arcs'],
      ['country-labels.geojson', 1, undefined],
      ['places.geojson', 0, undefined],
    ]);
    expect(Object.keys(JSON.parse(manifest(files)).files)).toEqual(files.map((f) => f.file));
    expect(report('out', files, ['AZ (374 km²)']).slice(0, 3)).toEqual([
      'basemap written to out',
      '  (no label for countries mostly outside the region: AZ (374 km²))',
      '  file                    features     raw  brotli',
    ]);
  });
});
