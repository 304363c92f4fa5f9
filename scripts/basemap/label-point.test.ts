import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoint, mercY, unmercY } from './label-point';

const box = (w: number, s: number, e: number, n: number): Position[][] => [
  [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ],
];

describe('labelPoint', () => {
  it('puts the label in the middle of a square on the equator', () => {
    const [x = 0, y = 0] = labelPoint({ type: 'Polygon', coordinates: box(8, -2, 12, 2) });
    expect(x).toBeCloseTo(10, 1);
    expect(y).toBeCloseTo(0, 1);
  });

  it('puts it in the largest polygon of a MultiPolygon, whatever their order', () => {
    const small = box(0, 0, 1, 1);
    const big = box(20, 0, 30, 10);
    for (const coordinates of [
      [small, big],
      [big, small],
    ]) {
      const [x = 0] = labelPoint({ type: 'MultiPolygon', coordinates });
      expect(x).toBeGreaterThan(20);
      expect(x).toBeLessThan(30);
    }
  });

  it('keeps away from the edges of a concave shape (not its bbox centre)', () => {
    // An L: the bbox centre (5, 5) is outside it, on the corner of the notch.
    const l: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 3],
          [3, 3],
          [3, 10],
          [0, 10],
          [0, 0],
        ],
      ],
    };
    const [x = 0, y = 0] = labelPoint(l);
    expect(x < 3 || y < 3).toBe(true);
  });

  it('measures on the Mercator map: north of the equator, the middle moves north', () => {
    // 20° wide, 10° high (about 17.5° on the Mercator map): the label is halfway up on the map.
    const [, y = 0] = labelPoint({ type: 'Polygon', coordinates: box(0, 50, 20, 60) });
    expect(y).toBeCloseTo(unmercY((mercY(50) + mercY(60)) / 2), 1);
    expect(y).toBeGreaterThan(55.2);
  });

  it('throws on an empty geometry', () => {
    expect(() => labelPoint({ type: 'MultiPolygon', coordinates: [] })).toThrow(/empty/);
  });
});

describe('mercY', () => {
  it('is undone by unmercY', () => {
    for (const lat of [-15, 0, 12.5, 45, 62]) expect(unmercY(mercY(lat))).toBeCloseTo(lat, 10);
  });
});
