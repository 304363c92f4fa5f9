/**
 * The data's marks (`scene.ts`) on the light map's canvas: the same icons as MapLibre's (drawn by
 * `style/icons.ts`, each once, kept as a small canvas), lines with their dashes, circles and the
 * sites' names.
 */
import { drawIcon, PIXEL_RATIO } from '../style/icons';
import type { Mark } from './scene';
import { drawPlacement, type Placed, placeLabel } from './text';

const sprites = new Map<string, HTMLCanvasElement | null>();

/** An icon as a canvas of its own, drawn the first time it is asked for. */
function sprite(name: string): HTMLCanvasElement | null {
  if (sprites.has(name)) return sprites.get(name) ?? null;
  const image = drawIcon(name);
  let canvas: HTMLCanvasElement | null = null;
  if (image) {
    canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    canvas.getContext('2d')?.putImageData(image, 0, 0);
  }
  sprites.set(name, canvas);
  return canvas;
}

function paintMark(ctx: CanvasRenderingContext2D, m: Mark, placed: Placed): void {
  ctx.globalAlpha = m.opacity;
  switch (m.type) {
    case 'icon': {
      const image = sprite(m.icon);
      if (!image) return;
      const [w, h] = [image.width / PIXEL_RATIO, image.height / PIXEL_RATIO];
      ctx.save();
      ctx.translate(m.at[0], m.at[1]);
      if (m.rotate) ctx.rotate(m.rotate);
      ctx.drawImage(image, -w / 2, -h / 2, w, h);
      ctx.restore();
      return;
    }
    case 'circle':
      ctx.beginPath();
      ctx.arc(m.at[0], m.at[1], m.radius, 0, Math.PI * 2);
      ctx.fillStyle = m.color;
      ctx.fill();
      if (m.strokeWidth > 0) {
        ctx.globalAlpha = m.strokeOpacity;
        ctx.lineWidth = m.strokeWidth;
        ctx.strokeStyle = m.strokeColor;
        ctx.stroke();
      }
      return;
    case 'line':
      ctx.beginPath();
      for (const [i, p] of m.points.entries()) {
        if (i === 0) ctx.moveTo(p[0], p[1]);
        else ctx.lineTo(p[0], p[1]);
      }
      ctx.lineCap = 'round';
      ctx.lineJoin = 'round';
      ctx.lineWidth = m.width;
      ctx.strokeStyle = m.color;
      ctx.setLineDash(m.dash.map((d) => d * m.width));
      ctx.stroke();
      ctx.setLineDash([]);
      return;
    case 'text': {
      const placement = placeLabel(
        ctx,
        m.text,
        m.at,
        {
          size: m.size,
          color: m.color,
          haloColor: m.haloColor,
          haloWidth: m.haloWidth,
          opacity: m.opacity,
          letterSpacing: 0,
          maxWidth: m.maxWidth,
          lineHeight: 1.2,
          padding: 2,
        },
        [{ side: 'top', offset: m.offset[1] }],
        placed,
      );
      if (placement) drawPlacement(ctx, placement);
    }
  }
}

/** Draws the marks, bottom to top. */
export function paintData(
  ctx: CanvasRenderingContext2D,
  marks: readonly Mark[],
  placed: Placed,
): void {
  for (const m of marks) paintMark(ctx, m, placed);
  ctx.globalAlpha = 1;
}
