import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type Lake, nameLakes, nameRivers, type River } from './water';
import type { WaterName } from './water-names';

const river = (...coordinates: Position[]): River => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'LineString', coordinates },
});
const lake = (w: number, s: number, size: number): Lake => ({
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [w + size, s],
        [w + size, s + size],
        [w, s + size],
        [w, s],
      ],
    ],
  },
});
const named = (name: string, ...anchors: [number, number][]): WaterName => ({
  name_en: name,
  name_fr: `${name} (fr)`,
  anchors,
});

describe('nameRivers', () => {
  const lines = [river([0, 0], [1, 0]), river([0, 0.4], [1, 0.4]), river([5, 5], [6, 6])];

  it('names the line nearest to each anchor within reach, and only that one', () => {
    const { features, problems } = nameRivers(lines, [named('Niger', [0.5, 0.1])]);
    expect(features.map((f) => f.properties.name_en)).toEqual(['Niger', undefined, undefined]);
    expect(features[0]?.properties).toEqual({ name_en: 'Niger', name_fr: 'Niger (fr)' });
    expect(problems).toEqual({ errors: [], warnings: [] });
    expect(lines[0]?.properties).toEqual({}); // the input is left as it was
  });

  it('names the nearest line, not the first one within reach', () => {
    const { features } = nameRivers(lines, [named('Benue', [0.5, 0.28])]);
    expect(features.map((f) => f.properties.name_en)).toEqual([undefined, 'Benue', undefined]);
  });

  it('warns of an anchor near no line, and fails a river none of whose anchors is near one', () => {
    const { features, problems } = nameRivers(lines, [
      named('Niger', [0.5, 0.4], [3, 3]),
      named('Nile', [9, 9]),
    ]);
    expect(features.map((f) => f.properties.name_en)).toEqual([undefined, 'Niger', undefined]);
    expect(problems.warnings).toEqual([
      'river Niger: no river line near 3, 3',
      'river Nile: no river line near 9, 9',
    ]);
    expect(problems.errors).toEqual(['river Nile: none of its anchors is near a river']);
  });

  it('lets a later river rename a line', () => {
    const { features } = nameRivers(lines, [named('Nile', [5.5, 5.5]), named('Blue Nile', [6, 6])]);
    expect(features[2]?.properties.name_en).toBe('Blue Nile');
  });
});

describe('nameLakes', () => {
  // 1° × 1° (about 12,000 km²), and 0.05° × 0.05° (about 30 km²).
  const lakes = [lake(10, 10, 1), lake(20, 10, 0.05), lake(30, 10, 0.05)];

  it('names the lake that holds the anchor, or one within 0.1°, and drops small unnamed ones', () => {
    const { features, problems } = nameLakes(lakes, [
      named('Chad', [10.5, 10.5]),
      named('Kainji', [20.12, 10.02]),
    ]);
    expect(features.map((f) => f.properties.name_en)).toEqual(['Chad', 'Kainji']);
    expect(problems).toEqual({ errors: [], warnings: [] });
  });

  it('keeps big lakes without a name and warns of an anchor far from every lake', () => {
    const { features, problems } = nameLakes(lakes, [named('Volta', [0, 6.6])]);
    expect(features).toEqual([lakes[0]]);
    expect(problems.warnings).toEqual(['lake Volta: no lake polygon at 0, 6.6']);
    expect(problems.errors).toEqual([]);
  });
});
