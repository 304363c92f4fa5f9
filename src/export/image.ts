/**
 * "Download image": the map as drawn, with a caption band below it: the title, the date in
 * words, the legend, the attribution and the link of the view. Drawn on a 2D canvas from a copy
 * of the map's canvas; nothing is fetched (the PNG is a blob).
 */

import type { Shape } from '../data/actors';
import { traceCorners, traceShape } from '../theme/shapes';

/** An actor's shape, the events' triangle, the moves' line, and the site looks as the map
 * draws them: a vacated ring, an uncertain date's dashed outline, a pale disc with a "?" (not
 * confirmed), four corners (approximate position). */
export type SwatchShape = Shape | 'triangle' | 'line' | 'ring' | 'dashed' | 'query' | 'corners';

export interface ImageCaption {
  readonly title: string;
  readonly date: string;
  readonly legend: readonly { label: string; color: string; shape: SwatchShape }[];
  readonly attribution: string;
  /** Credit lines under the attribution: the record's version and licence, and the credit
   * of every imported file shown (UCDP GED, ACLED with its access date). */
  readonly credits?: readonly string[];
  readonly link: string;
}

const FONT = '"Noto Sans", system-ui, sans-serif';
const INK = '#1f2937';
const MUTED = '#4b5563';

function swatch(
  ctx: CanvasRenderingContext2D,
  shape: SwatchShape,
  color: string,
  x: number,
  y: number,
  r: number,
) {
  ctx.fillStyle = color;
  ctx.strokeStyle = color;
  ctx.lineWidth = r / 2.5;
  if (shape === 'corners') {
    traceCorners(ctx, x, y, r, r * 0.45);
    ctx.lineWidth = r / 4;
    ctx.stroke();
    return;
  }
  if (shape === 'dashed' || shape === 'query') {
    // Uncertain: a dashed ring around a grey disc; not confirmed: a pale disc with a "?".
    ctx.beginPath();
    ctx.arc(x, y, r * 0.8, 0, Math.PI * 2);
    ctx.fill();
    ctx.strokeStyle = '#374151';
    ctx.lineWidth = r / 5;
    ctx.setLineDash(shape === 'dashed' ? [r / 2, r / 3] : [r / 6, r / 5]);
    ctx.stroke();
    ctx.setLineDash([]);
    if (shape === 'query') {
      // The caption's font and alignment are the caller's: kept around the "?".
      ctx.save();
      ctx.beginPath();
      ctx.arc(x + r * 0.75, y - r * 0.75, r * 0.5, 0, Math.PI * 2);
      ctx.fillStyle = '#1f2937';
      ctx.fill();
      ctx.fillStyle = '#ffffff';
      ctx.font = `bold ${r * 0.8}px sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText('?', x + r * 0.75, y - r * 0.7);
      ctx.restore();
    }
    return;
  }
  if (shape === 'ring') {
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.stroke();
    return;
  }
  if (shape === 'line') {
    ctx.fillRect(x - r, y - r / 4, r * 2, r / 2);
    return;
  }
  traceShape(ctx, shape, x, y, r * 0.85);
  ctx.fill();
}

/** Splits a text into lines that fit a width, between words (a credit line). */
function wrapWords(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line !== '') {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Splits a long text (the link) into lines that fit a width. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (ctx.measureText(line + ch).width > width && line !== '') {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

/** The map (a canvas in device pixels, `cssWidth` CSS pixels wide) with its caption band. */
export function composeImage(
  map: HTMLCanvasElement,
  cssWidth: number,
  caption: ImageCaption,
): HTMLCanvasElement {
  const scale = map.width / Math.max(1, cssWidth);
  const pad = 14 * scale;
  const out = document.createElement('canvas');
  const measure = out.getContext('2d');
  if (!measure) throw new Error('no 2D canvas');
  measure.font = `${11 * scale}px ${FONT}`;
  const linkLines = wrap(measure, caption.link, map.width - 2 * pad);
  const creditLines = (caption.credits ?? []).flatMap((c) =>
    wrapWords(measure, c, map.width - 2 * pad),
  );
  // The legend's rows: items side by side, wrapped at the width.
  measure.font = `${12 * scale}px ${FONT}`;
  const rows: { label: string; color: string; shape: SwatchShape; x: number }[][] = [[]];
  let x = pad;
  for (const item of caption.legend) {
    const w = 22 * scale + measure.measureText(item.label).width + 18 * scale;
    if (x + w > map.width - pad && x > pad) {
      rows.push([]);
      x = pad;
    }
    rows[rows.length - 1]?.push({ ...item, x });
    x += w;
  }
  const band =
    pad +
    26 * scale +
    rows.length * 20 * scale +
    6 * scale +
    (1 + creditLines.length + linkLines.length) * 15 * scale +
    pad;
  out.width = map.width;
  out.height = map.height + Math.ceil(band);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(map, 0, 0);
  ctx.fillStyle = '#e5e7eb';
  ctx.fillRect(0, map.height, out.width, Math.max(1, scale));
  ctx.textBaseline = 'middle';
  let y = map.height + pad + 10 * scale;
  ctx.fillStyle = INK;
  ctx.font = `bold ${17 * scale}px ${FONT}`;
  ctx.fillText(caption.title, pad, y);
  const titleWidth = ctx.measureText(caption.title).width;
  ctx.font = `${16 * scale}px ${FONT}`;
  ctx.fillText(`— ${caption.date}`, pad + titleWidth + 10 * scale, y);
  y += 26 * scale;
  ctx.font = `${12 * scale}px ${FONT}`;
  for (const row of rows) {
    for (const item of row) {
      swatch(ctx, item.shape, item.color, item.x + 7 * scale, y, 6 * scale);
      ctx.fillStyle = INK;
      ctx.fillText(item.label, item.x + 20 * scale, y);
    }
    y += 20 * scale;
  }
  y += 6 * scale;
  ctx.fillStyle = MUTED;
  ctx.font = `${11 * scale}px ${FONT}`;
  ctx.fillText(caption.attribution, pad, y);
  for (const line of [...creditLines, ...linkLines]) {
    y += 15 * scale;
    ctx.fillText(line, pad, y);
  }
  return out;
}

export function toPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'),
  );
}
