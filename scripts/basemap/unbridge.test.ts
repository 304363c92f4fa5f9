import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { BBox, Ring } from './geometry';
import { splitOnEdges, unbridge } from './unbridge';

const BOX: BBox = [0, 0, 10, 10];

/** A closed ring as its open points, turned to start at its smallest point (to compare rings). */
function normal(ring: Ring): string {
  const open = ring.slice(0, -1).map(([x, y]) => `${x},${y}`);
  const start = open.indexOf([...open].sort()[0] ?? '');
  return [...open.slice(start), ...open.slice(0, start)].join(' ');
}
const close = (points: Position[]): Ring => [...points, points[0] ?? []];

describe('splitOnEdges', () => {
  it('adds the vertices that lie inside a segment along an edge of the bbox, in order', () => {
    // The bottom edge is walked once from 0 to 10, then back from 6 to 3.
    const ring = close([
      [0, 0],
      [10, 0],
      [10, 1],
      [6, 1],
      [6, 0],
      [3, 0],
      [3, 1],
      [0, 1],
    ]);
    expect(splitOnEdges(ring, BOX)).toEqual(
      close([
        [0, 0],
        [3, 0],
        [6, 0],
        [10, 0],
        [10, 1],
        [6, 1],
        [6, 0],
        [3, 0],
        [3, 1],
        [0, 1],
      ]),
    );
  });

  it('adds them in the direction the segment runs, on every edge', () => {
    const ring = close([
      [10, 10],
      [10, 0],
      [9, 2],
      [10, 3],
      [9, 7],
      [10, 8],
      [9, 9],
    ]);
    expect(splitOnEdges(ring, BOX).slice(0, 4)).toEqual([
      [10, 10],
      [10, 8],
      [10, 3],
      [10, 0],
    ]);
  });

  it('leaves segments that are not on an edge alone', () => {
    // (5,5)-(5,0) crosses the inside: (5,2) lies on it but is not on the bbox's edge.
    const ring = close([
      [1, 1],
      [5, 1],
      [5, 2],
      [4, 2],
      [4, 5],
      [1, 5],
    ]);
    expect(splitOnEdges(ring, BOX)).toEqual(ring);
  });
});

describe('unbridge', () => {
  it('keeps a ring without bridges as it is', () => {
    const square = close([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ]);
    expect(unbridge(square)).toEqual([square]);
  });

  it('splits two squares joined by a bridge walked there and back', () => {
    const ring = close([
      [0, 0],
      [1, 0],
      [3, 0],
      [4, 0],
      [4, 1],
      [3, 1],
      [3, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ]);
    const pieces = unbridge(ring);
    // The piece around the bridge keeps its joint, (1,0), twice: a zero-length segment.
    expect(pieces.map(normal).sort()).toEqual(['0,0 1,0 1,0 1,1 0,1', '3,0 4,0 4,1 3,1']);
    for (const piece of pieces) expect(piece.at(-1)).toEqual(piece[0]);
  });

  it('drops a spike out and back', () => {
    const ring = close([
      [0, 0],
      [1, 0],
      [1, -1],
      [1, 0],
      [2, 0],
      [2, 2],
      [0, 2],
    ]);
    // What is left keeps the spike's foot, (1,0), twice.
    expect(unbridge(ring).map(normal)).toEqual(['0,0 1,0 1,0 2,0 2,2 0,2']);
  });

  it('splits a ring that splitOnEdges made walk the same segments there and back', () => {
    const ring = close([
      [0, 0],
      [10, 0],
      [10, 1],
      [6, 1],
      [6, 0],
      [3, 0],
      [3, 1],
      [0, 1],
    ]);
    // Without the split, the two walks of the bottom edge share no segment.
    expect(unbridge(ring)).toHaveLength(1);
    const pieces = unbridge(splitOnEdges(ring, BOX));
    expect(pieces.map(normal).sort()).toEqual(['0,0 3,0 3,0 3,1 0,1', '10,0 10,1 6,1 6,0']);
  });
});
