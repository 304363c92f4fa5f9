/**
 * Splitting clipped rings into their real pieces: run by `clipArea` on every ring that
 * @turf/bbox-clip returns, before the topology is made.
 */
import type { Position } from 'geojson';
import type { BBox, Ring } from './geometry';

/**
 * A ring with a vertex added wherever another of its vertices lies inside one of its segments
 * along an edge of the bbox (so that an edge walked twice is made of the same segments).
 */
export function splitOnEdges(ring: Ring, bbox: BBox): Ring {
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
export function unbridge(ring: Ring): Ring[] {
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
