/**
 * Marker icons drawn on a canvas when the map first asks for one (no sprite file to download):
 * one per actor and state for sites, one per actor for events, and an arrow head for moves. They share one canvas made
 * for reading back (`willReadFrequently`): a canvas per icon, each read back from the GPU, took
 * 0.7 s of a first load with software WebGL.
 */
import { ACTORS, type Actor } from '../../data/schema';
import { actorColor, actorShape, MOVE_COLOR, type Shape } from '../../theme/palette';
import { traceCorners, traceShape } from '../../theme/shapes';

export type SiteState = 'active' | 'uncertain' | 'unconfirmed' | 'ended';
export const SITE_STATES: readonly SiteState[] = ['active', 'uncertain', 'unconfirmed', 'ended'];

export const PIXEL_RATIO = 2;
const SIZE = 20 * PIXEL_RATIO;

export function siteIconName(actor: Actor, state: SiteState): string {
  return `site-${actor}-${state}`;
}
/** Events' icons are named by this prefix and the actor: the events layer builds the name from
 * the feature's actor with an expression. */
export const EVENT_ICON_PREFIX = 'event-';
export function eventIconName(actor: Actor): string {
  return `${EVENT_ICON_PREFIX}${actor}`;
}
export const ARROW_ICON = 'move-arrow';

function tracePath(ctx: CanvasRenderingContext2D, shape: Shape | 'triangle', r: number) {
  traceShape(ctx, shape, SIZE / 2, SIZE / 2, r);
}

let shared: CanvasRenderingContext2D | null = null;

function draw(paint: (ctx: CanvasRenderingContext2D) => void): ImageData {
  if (!shared) {
    const canvas = document.createElement('canvas');
    canvas.width = SIZE;
    canvas.height = SIZE;
    shared = canvas.getContext('2d', { willReadFrequently: true });
    if (!shared) throw new Error('2D canvas unavailable');
  }
  const ctx = shared;
  ctx.clearRect(0, 0, SIZE, SIZE);
  ctx.save();
  paint(ctx);
  ctx.restore();
  return ctx.getImageData(0, 0, SIZE, SIZE);
}

function siteIcon(actor: Actor, state: SiteState): ImageData {
  const color = actorColor(actor);
  const shape = actorShape(actor);
  return draw((ctx) => {
    const r = 6 * PIXEL_RATIO;
    if (state === 'uncertain') {
      // A dashed ring around a half-filled marker: "around here, day uncertain".
      ctx.setLineDash([2.5 * PIXEL_RATIO, 2 * PIXEL_RATIO]);
      ctx.lineWidth = 1.5 * PIXEL_RATIO;
      ctx.strokeStyle = color;
      tracePath(ctx, shape, r + 2.5 * PIXEL_RATIO);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    if (state === 'unconfirmed') {
      // A pale marker with a dotted outline: "was reported here, not confirmed since".
      tracePath(ctx, shape, r);
      ctx.fillStyle = color;
      ctx.globalAlpha = 0.3;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.setLineDash([1.2 * PIXEL_RATIO, 1.6 * PIXEL_RATIO]);
      ctx.lineWidth = 2 * PIXEL_RATIO;
      ctx.strokeStyle = color;
      ctx.stroke();
      ctx.setLineDash([]);
      questionBadge(ctx);
      return;
    }
    tracePath(ctx, shape, r);
    ctx.fillStyle = state === 'ended' ? '#ffffff' : color;
    ctx.globalAlpha = state === 'uncertain' ? 0.55 : 1;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.lineWidth = (state === 'ended' ? 2 : 1.5) * PIXEL_RATIO;
    ctx.strokeStyle = state === 'ended' ? color : '#ffffff';
    ctx.stroke();
  });
}

/** A "?" in a small dark disc at the marker's upper right: not confirmed is a shape of its own,
 * not only a paler colour that reads as "active" on a normal screen. */
function questionBadge(ctx: CanvasRenderingContext2D): void {
  const x = SIZE / 2 + 5.5 * PIXEL_RATIO;
  const y = SIZE / 2 - 5.5 * PIXEL_RATIO;
  ctx.beginPath();
  ctx.arc(x, y, 4 * PIXEL_RATIO, 0, Math.PI * 2);
  ctx.fillStyle = '#1f2937';
  ctx.fill();
  ctx.fillStyle = '#ffffff';
  ctx.font = `bold ${6.5 * PIXEL_RATIO}px sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText('?', x, y + 0.4 * PIXEL_RATIO);
}

/** Four grey corners around the marker: the point stands for the town or a place nearby, not
 * the site itself (a shape, where a grey disc was read as "not confirmed"). */
function approxIcon(): ImageData {
  return draw((ctx) => {
    const c = SIZE / 2;
    const r = 9.5 * PIXEL_RATIO;
    const arm = 3.5 * PIXEL_RATIO;
    ctx.strokeStyle = '#4b5563';
    ctx.lineWidth = 1.5 * PIXEL_RATIO;
    traceCorners(ctx, c, c, r, arm);
    ctx.stroke();
  });
}

export const APPROX_ICON = 'site-approximate';

function eventIcon(actor: Actor): ImageData {
  return draw((ctx) => {
    tracePath(ctx, 'triangle', 5.5 * PIXEL_RATIO);
    ctx.fillStyle = actorColor(actor);
    ctx.fill();
    ctx.lineWidth = 1.5 * PIXEL_RATIO;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
  });
}

function arrowIcon(): ImageData {
  return draw((ctx) => {
    const c = SIZE / 2;
    const r = 5 * PIXEL_RATIO;
    ctx.beginPath();
    ctx.moveTo(c + r, c);
    ctx.lineTo(c - r * 0.7, c - r * 0.8);
    ctx.lineTo(c - r * 0.3, c);
    ctx.lineTo(c - r * 0.7, c + r * 0.8);
    ctx.closePath();
    ctx.fillStyle = MOVE_COLOR;
    ctx.fill();
  });
}

/** Every icon, by name, with what draws it. */
const DRAWERS = new Map<string, () => ImageData>([
  [ARROW_ICON, arrowIcon],
  [APPROX_ICON, approxIcon],
]);
for (const actor of ACTORS) {
  DRAWERS.set(eventIconName(actor), () => eventIcon(actor));
  for (const state of SITE_STATES)
    DRAWERS.set(siteIconName(actor, state), () => siteIcon(actor, state));
}

/** Every icon's name. */
export const ICON_NAMES: readonly string[] = [...DRAWERS.keys()];

/** The icon the data layers name `id`, drawn now, or null for a name that is not an icon. */
export function drawIcon(id: string): ImageData | null {
  return DRAWERS.get(id)?.() ?? null;
}
