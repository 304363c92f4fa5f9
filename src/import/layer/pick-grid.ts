/**
 * Picking for the event layer (MapLibre's queryRenderedFeatures does not see custom layers): a
 * uniform grid over the events' Mercator box, built once by a counting sort (O(N)), scanned on
 * click around the point with the same day test as the shader. No GPU read-back.
 */

import { type EventTable, inWindow } from '../parse/table';
import { MAX_RADIUS, radiusOf } from './colors';

const SIDE = 256;

export class PickGrid {
  private readonly minX: number;
  private readonly minY: number;
  private readonly cell: number;
  private readonly starts: Uint32Array;
  private readonly items: Uint32Array;

  constructor(private readonly t: EventTable) {
    let minX = 1;
    let minY = 1;
    let maxX = 0;
    let maxY = 0;
    for (let i = 0; i < t.n; i++) {
      const x = t.x[i] ?? 0;
      const y = t.y[i] ?? 0;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    this.minX = minX;
    this.minY = minY;
    this.cell = Math.max(maxX - minX, maxY - minY, 1e-9) / (SIDE - 1);
    const counts = new Uint32Array(SIDE * SIDE + 1);
    const cellOf = new Uint32Array(t.n);
    for (let i = 0; i < t.n; i++) {
      const c = this.cellIndex(t.x[i] ?? 0, t.y[i] ?? 0);
      cellOf[i] = c;
      counts[c + 1] = (counts[c + 1] ?? 0) + 1;
    }
    for (let c = 1; c < counts.length; c++) counts[c] = (counts[c] ?? 0) + (counts[c - 1] ?? 0);
    this.starts = counts.slice();
    this.items = new Uint32Array(t.n);
    const fill = counts;
    for (let i = 0; i < t.n; i++) {
      const c = cellOf[i] ?? 0;
      this.items[fill[c] ?? 0] = i;
      fill[c] = (fill[c] ?? 0) + 1;
    }
  }

  private clampCell(v: number): number {
    return Math.max(0, Math.min(SIDE - 1, Math.floor(v)));
  }

  private cellIndex(x: number, y: number): number {
    return (
      this.clampCell((y - this.minY) / this.cell) * SIDE +
      this.clampCell((x - this.minX) / this.cell)
    );
  }

  /**
   * The event drawn nearest to a point (Mercator), within its marker's radius plus `slackPx`;
   * `pxPerUnit` is the screen pixels per Mercator unit at the current zoom. Null if none.
   */
  pick(
    x: number,
    y: number,
    pxPerUnit: number,
    day: number,
    windowDays: number,
    slackPx = 3,
  ): number | null {
    const reach = (MAX_RADIUS + slackPx) / pxPerUnit;
    const c0 = this.clampCell((x - reach - this.minX) / this.cell);
    const c1 = this.clampCell((x + reach - this.minX) / this.cell);
    const r0 = this.clampCell((y - reach - this.minY) / this.cell);
    const r1 = this.clampCell((y + reach - this.minY) / this.cell);
    let best: number | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    const t = this.t;
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const cell = r * SIDE + c;
        for (let k = this.starts[cell] ?? 0; k < (this.starts[cell + 1] ?? 0); k++) {
          const i = this.items[k] ?? 0;
          if (!inWindow(t.start[i] ?? 0, t.end[i] ?? 0, day, windowDays)) continue;
          const dx = ((t.x[i] ?? 0) - x) * pxPerUnit;
          const dy = ((t.y[i] ?? 0) - y) * pxPerUnit;
          const d = Math.hypot(dx, dy);
          // Later events are drawn on top: on a tie, the later one wins.
          if (d <= radiusOf(t.fatalities[i] ?? -1) + slackPx && d <= bestDistance) {
            best = i;
            bestDistance = d;
          }
        }
      }
    }
    return best;
  }
}
