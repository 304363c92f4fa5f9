/**
 * The markers' shapes as canvas paths, drawn the same way on the map's icons and in the exported
 * image's legend. An actor's shape is data (\`data/actors.json\`); events are triangles.
 */
import type { Shape } from '../data/actors';

/** Starts a path of a shape of radius \`r\` centred on (cx, cy); the caller fills or strokes it. */
export function traceShape(
  ctx: CanvasRenderingContext2D,
  shape: Shape | 'triangle',
  cx: number,
  cy: number,
  r: number,
): void {
  ctx.beginPath();
  switch (shape) {
    case 'circle':
      ctx.arc(cx, cy, r, 0, Math.PI * 2);
      break;
    case 'diamond':
      polygon(ctx, cx, cy, 4, r * 1.2, 1);
      break;
    case 'square':
      ctx.rect(cx - r * 0.9, cy - r * 0.9, r * 1.8, r * 1.8);
      break;
    case 'triangle':
      ctx.moveTo(cx, cy - r * 1.15);
      ctx.lineTo(cx + r * 1.1, cy + r * 0.8);
      ctx.lineTo(cx - r * 1.1, cy + r * 0.8);
      ctx.closePath();
      break;
    case 'pentagon':
      polygon(ctx, cx, cy, 5, r * 1.1, 1);
      break;
    case 'hexagon':
      polygon(ctx, cx, cy, 6, r * 1.05, 1);
      break;
    case 'star':
      polygon(ctx, cx, cy, 5, r * 1.3, 0.5);
      break;
  }
}

/** A regular polygon of \`n\` corners pointing up; with \`inner\` < 1 a star (every other corner
 * at that fraction of the radius). */
function polygon(
  ctx: CanvasRenderingContext2D,
  cx: number,
  cy: number,
  n: number,
  r: number,
  inner: number,
): void {
  const corners = inner < 1 ? n * 2 : n;
  for (let i = 0; i < corners; i++) {
    const angle = -Math.PI / 2 + (i * Math.PI * 2) / corners;
    const radius = inner < 1 && i % 2 === 1 ? r * inner : r;
    const x = cx + radius * Math.cos(angle);
    const y = cy + radius * Math.sin(angle);
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.closePath();
}

/** Four corner brackets around a point, each arm `arm` long, as a path to stroke: the mark of an
 * approximate position (the map's icon and the image's legend draw the same). */
export function traceCorners(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  r: number,
  arm: number,
): void {
  ctx.beginPath();
  for (const [sx, sy] of [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ] as const) {
    ctx.moveTo(x + sx * r, y + sy * (r - arm));
    ctx.lineTo(x + sx * r, y + sy * r);
    ctx.lineTo(x + sx * (r - arm), y + sy * r);
  }
}
