/**
 * Labels on the light map's canvas: a text in the page's font, wrapped at a width in ems, with a
 * halo, placed at the first of its anchors where it covers no label placed before it (as
 * MapLibre places a symbol with `text-variable-anchor` and `text-radial-offset`, more simply),
 * and left out where none is free. Placing and drawing are two steps, so that labels can be
 * placed in MapLibre's order (the top layer first) and drawn in the layers' order.
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

/** Where a label sits from its point, MapLibre's way: `left` puts the text's left side at the
 * point (the text on its right), `top` its top (the text under it); `offset` in ems. */
export interface Anchor {
  readonly side: 'center' | 'left' | 'right' | 'top' | 'bottom';
  readonly offset: number;
}

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

  free(box: Rect): boolean {
    return !this.boxes.some(
      (b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1,
    );
  }

  take(box: Rect): void {
    this.boxes.push(box);
  }
}

/** A label placed: its lines, where their block starts and how they are aligned. */
export interface Placement {
  readonly rows: readonly string[];
  readonly x: number;
  readonly top: number;
  readonly align: CanvasTextAlign;
  readonly style: LabelStyle;
}

function setFont(ctx: CanvasRenderingContext2D, style: LabelStyle): boolean {
  ctx.font = `${style.size}px ${FONT}`;
  const spaced = 'letterSpacing' in ctx;
  if (spaced) ctx.letterSpacing = `${style.letterSpacing * style.size}px`;
  return spaced;
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

/** Places a label at the first free anchor; null where none is free. */
export function placeLabel(
  ctx: CanvasRenderingContext2D,
  text: string,
  at: readonly [number, number],
  style: LabelStyle,
  anchors: readonly Anchor[],
  placed: Placed,
): Placement | null {
  setFont(ctx, style);
  const rows = lines(ctx, text, style.maxWidth * style.size);
  const width = Math.max(...rows.map((r) => ctx.measureText(r).width));
  const height = rows.length * style.size * style.lineHeight;
  const pad = style.padding;
  for (const { side, offset } of anchors) {
    const r = offset * style.size;
    const x0 =
      side === 'left' ? at[0] + r : side === 'right' ? at[0] - r - width : at[0] - width / 2;
    const y0 =
      side === 'top' ? at[1] + r : side === 'bottom' ? at[1] - r - height : at[1] - height / 2;
    const box = { x0: x0 - pad, y0: y0 - pad, x1: x0 + width + pad, y1: y0 + height + pad };
    if (!placed.free(box)) continue;
    placed.take(box);
    const align = side === 'left' ? 'left' : side === 'right' ? 'right' : 'center';
    const x = align === 'left' ? x0 : align === 'right' ? x0 + width : x0 + width / 2;
    return { rows, x, top: y0, align, style };
  }
  return null;
}

/** Draws a placed label. */
export function drawPlacement(ctx: CanvasRenderingContext2D, p: Placement): void {
  const { style } = p;
  ctx.save();
  const spaced = setFont(ctx, style);
  ctx.globalAlpha = style.opacity;
  ctx.textAlign = p.align;
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = style.haloColor;
  ctx.lineWidth = style.haloWidth * 2;
  ctx.fillStyle = style.color;
  const rowHeight = style.size * style.lineHeight;
  // Letter spacing adds room after each letter: half of it back keeps a centred text centred.
  const shift = spaced && p.align === 'center' ? (style.letterSpacing * style.size) / 2 : 0;
  p.rows.forEach((row, i) => {
    const y = p.top + rowHeight * (i + 0.5);
    if (style.haloWidth > 0) ctx.strokeText(row, p.x + shift, y);
    ctx.fillText(row, p.x + shift, y);
  });
  ctx.restore();
}
