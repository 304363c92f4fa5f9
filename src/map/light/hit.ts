/**
 * What a click on the light map opens, decided on the marks it drew (`scene.ts`) as MapLibre
 * decides it on its rendered features: the topmost mark of a clickable layer (`INTERACTIVE_LAYERS`:
 * the sites' icons and the events) whose icon covers the point. Pure.
 */
import { INTERACTIVE_LAYERS } from '../style/data-layers';
import type { Mark } from './scene';

/** Half an icon's side, in CSS pixels (the icons are 20 px squares, `style/icons.ts`). */
export const ICON_HALF = 10;

const CLICKABLE = new Set(INTERACTIVE_LAYERS);

/** The id of the record clicked at a point of the map, or null for none. `slop` widens each
 * icon's box (a finger is less precise than a mouse). */
export function hitAt(marks: readonly Mark[], x: number, y: number, slop = 0): string | null {
  for (let i = marks.length - 1; i >= 0; i--) {
    const m = marks[i];
    if (m?.type !== 'icon' || !CLICKABLE.has(m.layer)) continue;
    const half = ICON_HALF + slop;
    if (Math.abs(m.at[0] - x) <= half && Math.abs(m.at[1] - y) <= half) {
      const id = m.props.id;
      if (typeof id === 'string') return id;
    }
  }
  return null;
}

/** Whether a mark shows inside a map of some size (an icon or a circle by its box, a line by the
 * box around its points): what MapLibre's `queryRenderedFeatures` finds over the whole map. */
export function onMap(m: Mark, width: number, height: number): boolean {
  const points = m.type === 'line' ? m.points : [m.at];
  const pad = m.type === 'circle' ? m.radius : m.type === 'line' ? m.width : ICON_HALF;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return (
    Math.max(...xs) + pad >= 0 &&
    Math.min(...xs) - pad <= width &&
    Math.max(...ys) + pad >= 0 &&
    Math.min(...ys) - pad <= height
  );
}
