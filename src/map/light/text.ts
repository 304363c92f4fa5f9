/**
 * Labels on the light map's canvas: a text in the page's font, wrapped at a width in ems, with a
 * halo, and left out where it would cover a label already placed (as MapLibre leaves out a
 * colliding symbol, more simply: in the order given, no other anchor tried).
 */

export interface LabelStyle {
  readonly size: number;
  readonly color: string;
  readonly haloColor: string;
  readonly haloWidth: number;
  readonly opacity: number;
  /** Extra space between letters, in ems. */
  readonly letterSpacing: number;
  /** Wrap width in ems (0: one line). */
  readonly maxWidth: number;
  readonly lineHeight: number;
  /** Free room kept around the label, in pixels (`text-padding`). */
  readonly padding: number;
}

/** Where the text sits from its point: centred on it, or its top at the point plus an offset in
 * ems (a site's name under its marker). */
export type Anchor = { readonly type: 'center' } | { readonly type: 'top'; readonly dy: number };

/** The page's font (base.css): the light map has no font file to wait for. */
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

interface Rect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The boxes of the labels placed so far in one drawing. */
export class Placed {
  private readonly boxes: Rect[] = [];

  /** Takes the box if it is free. */
  take(box: Rect): boolean {
    if (this.boxes.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) {
      return false;
    }
    this.boxes.push(box);
    return true;
  }
}

function lines(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  if (width <= 0) return [text];
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}

/** Draws a label if it fits among those placed; returns whether it was drawn. */
export function drawLabel(
  ctx: CanvasRenderingContext2D,
  text: string,
  at: readonly [number, number],
  style: LabelStyle,
  anchor: Anchor,
  placed: Placed,
): boolean {
  ctx.font = `${style.size}px ${FONT}`;
  const spacing = style.letterSpacing * style.size;
  const spaced = 'letterSpacing' in ctx;
  if (spaced) ctx.letterSpacing = `${spacing}px`;
  const rows = lines(ctx, text, style.maxWidth * style.size);
  const rowHeight = style.size * style.lineHeight;
  const width = Math.max(...rows.map((r) => ctx.measureText(r).width));
  const height = rows.length * rowHeight;
  const top = anchor.type === 'center' ? at[1] - height / 2 : at[1] + anchor.dy * style.size;
  const pad = style.padding;
  const box = {
    x0: at[0] - width / 2 - pad,
    y0: top - pad,
    x1: at[0] + width / 2 + pad,
    y1: top + height + pad,
  };
  if (!placed.take(box)) return false;
  ctx.save();
  ctx.globalAlpha = style.opacity;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = style.haloColor;
  ctx.lineWidth = style.haloWidth * 2;
  ctx.fillStyle = style.color;
  rows.forEach((row, i) => {
    // Letter spacing adds room after each letter: half of it back keeps the text centred.
    const x = at[0] + (spaced ? spacing / 2 : 0);
    const y = top + rowHeight * (i + 0.5);
    if (style.haloWidth > 0) ctx.strokeText(row, x, y);
    ctx.fillText(row, x, y);
  });
  ctx.restore();
  if (spaced) ctx.letterSpacing = '0px';
  return true;
}
