/**
 * The basemap on the light map's canvas, from the same layer specs as MapLibre's
 * (`basemap/layers.ts`): background, land, the Sahel's fill and edge, lakes, rivers, borders and
 * the towns, capitals and country names, with their colours, widths and filters evaluated at the
 * zoom. Areas and lines are drawn by d3-geo's path generator on the canvas.
 */
import { type GeoProjection, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { BasemapData } from '../basemap/decode';
import { BASEMAP_DATA_SOURCES, type BASEMAP_FILE_SOURCES } from '../basemap/sources';
import { evaluate, numberOf, type Scope } from './expression';
import { type Anchor, drawPlacement, type Placed, type Placement, placeLabel } from './text';

export interface BasemapView {
  readonly projection: GeoProjection;
  readonly zoom: number;
  readonly width: number;
  readonly height: number;
}

/** The label files (country names, towns and capitals) by source, as loaded so far: MapLibre
 * loads them itself; the light map fetches the same files. */
export type LabelFiles = Partial<Record<keyof typeof BASEMAP_FILE_SOURCES, FeatureCollection>>;

function featuresOf(source: unknown, data: BasemapData, files: LabelFiles): readonly Feature[] {
  const file = files[source as keyof LabelFiles];
  if (file) return file.features;
  const key = BASEMAP_DATA_SOURCES[source as keyof typeof BASEMAP_DATA_SOURCES];
  return key ? data[key].features : [];
}

const color = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);

/** Features drawn with one style, in one path. */
function groups(
  features: readonly Feature[],
  filter: unknown,
  zoom: number,
  styleOf: (scope: Scope) => string,
): Map<string, Feature[]> {
  const out = new Map<string, Feature[]>();
  for (const f of features) {
    const scope = { zoom, props: f.properties ?? {} };
    if (filter !== undefined && evaluate(filter, scope) !== true) continue;
    const key = styleOf(scope);
    const list = out.get(key);
    if (list) list.push(f);
    else out.set(key, [f]);
  }
  return out;
}

/** Areas or lines of a layer, one canvas path per style (`styleOf`, evaluated per feature), each
 * filled or stroked by `draw` with its style. */
function paintGroups<T extends unknown[]>(
  ctx: CanvasRenderingContext2D,
  spec: LayerSpecification,
  fs: readonly Feature[],
  view: BasemapView,
  styleOf: (scope: Scope) => T,
  draw: (style: T) => void,
) {
  const path = geoPath(view.projection, ctx);
  const filter = 'filter' in spec ? spec.filter : undefined;
  for (const [key, list] of groups(fs, filter, view.zoom, (s) => JSON.stringify(styleOf(s)))) {
    ctx.beginPath();
    for (const f of list) path(f);
    draw(JSON.parse(key) as T);
  }
  ctx.globalAlpha = 1;
}

function paintFill(
  ctx: CanvasRenderingContext2D,
  spec: LayerSpecification,
  fs: readonly Feature[],
  view: BasemapView,
) {
  const paint = (spec.paint ?? {}) as Record<string, unknown>;
  paintGroups(
    ctx,
    spec,
    fs,
    view,
    (s): [string, number, string | null] => [
      color(evaluate(paint['fill-color'], s), '#000'),
      numberOf(paint['fill-opacity'], s, 1),
      // JSON keeps no undefined: an outline that is not set is null.
      (evaluate(paint['fill-outline-color'], s) as string | undefined) ?? null,
    ],
    ([fill, opacity, outline]) => {
      ctx.globalAlpha = opacity;
      ctx.fillStyle = fill;
      ctx.fill('evenodd');
      if (outline) {
        ctx.lineWidth = 1;
        ctx.strokeStyle = outline;
        ctx.stroke();
      }
    },
  );
}

function paintLine(
  ctx: CanvasRenderingContext2D,
  spec: LayerSpecification,
  fs: readonly Feature[],
  view: BasemapView,
) {
  const paint = (spec.paint ?? {}) as Record<string, unknown>;
  const layout = (spec.layout ?? {}) as Record<string, unknown>;
  ctx.lineJoin = (layout['line-join'] as CanvasLineJoin | undefined) ?? 'miter';
  ctx.lineCap = (layout['line-cap'] as CanvasLineCap | undefined) ?? 'butt';
  paintGroups(
    ctx,
    spec,
    fs,
    view,
    (s): [string, number, number] => [
      color(evaluate(paint['line-color'], s), '#000'),
      numberOf(paint['line-width'], s, 1),
      numberOf(paint['line-opacity'], s, 1),
    ],
    ([stroke, width, opacity]) => {
      ctx.globalAlpha = opacity;
      ctx.strokeStyle = stroke;
      ctx.lineWidth = width;
      ctx.stroke();
    },
  );
}

/** A circle per point (towns and capitals), as `circle-*` says. */
function paintCircles(
  ctx: CanvasRenderingContext2D,
  spec: LayerSpecification,
  fs: readonly Feature[],
  view: BasemapView,
) {
  const paint = (spec.paint ?? {}) as Record<string, unknown>;
  const filter = 'filter' in spec ? spec.filter : undefined;
  for (const f of fs) {
    const scope = { zoom: view.zoom, props: f.properties ?? {} };
    if (f.geometry?.type !== 'Point') continue;
    if (filter !== undefined && evaluate(filter, scope) !== true) continue;
    const at = view.projection(f.geometry.coordinates as [number, number]);
    if (!at) continue;
    ctx.beginPath();
    ctx.arc(at[0], at[1], numberOf(paint['circle-radius'], scope, 5), 0, Math.PI * 2);
    ctx.globalAlpha = numberOf(paint['circle-opacity'], scope, 1);
    ctx.fillStyle = color(evaluate(paint['circle-color'], scope), '#000');
    ctx.fill();
    const stroke = numberOf(paint['circle-stroke-width'], scope, 0);
    if (stroke > 0) {
      ctx.globalAlpha = numberOf(paint['circle-stroke-opacity'], scope, 1);
      ctx.lineWidth = stroke;
      ctx.strokeStyle = color(evaluate(paint['circle-stroke-color'], scope), '#000');
      ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;
}

/** Where a label may sit: its variable anchors and radial offset, or its one anchor. */
function anchorsOf(layout: Record<string, unknown>, scope: Scope): Anchor[] {
  const variable = layout['text-variable-anchor'];
  const offset = numberOf(layout['text-radial-offset'], scope, 0);
  const sides = Array.isArray(variable) ? variable : [layout['text-anchor'] ?? 'center'];
  return sides.map((side) => ({ side: side as Anchor['side'], offset }));
}

/** The point labels of a symbol layer, placed in their sort order where they cover no label
 * placed before them. */
function placeLabels(
  ctx: CanvasRenderingContext2D,
  spec: LayerSpecification,
  fs: readonly Feature[],
  view: BasemapView,
  placed: Placed,
): Placement[] {
  const paint = (spec.paint ?? {}) as Record<string, unknown>;
  const layout = (spec.layout ?? {}) as Record<string, unknown>;
  const filter = 'filter' in spec ? spec.filter : undefined;
  const shown = fs
    .map((f) => ({ f, scope: { zoom: view.zoom, props: f.properties ?? {} } }))
    .filter(({ scope }) => filter === undefined || evaluate(filter, scope) === true)
    .sort(
      (a, b) =>
        numberOf(layout['symbol-sort-key'], a.scope, 0) -
        numberOf(layout['symbol-sort-key'], b.scope, 0),
    );
  const out: Placement[] = [];
  for (const { f, scope } of shown) {
    if (f.geometry?.type !== 'Point') continue;
    const at = view.projection(f.geometry.coordinates as [number, number]);
    const value = evaluate(layout['text-field'], scope);
    if (!at || typeof value !== 'string' || !value) continue;
    if (at[0] < -200 || at[1] < -50 || at[0] > view.width + 200 || at[1] > view.height + 50) {
      continue;
    }
    const text = layout['text-transform'] === 'uppercase' ? value.toUpperCase() : value;
    const style = {
      size: numberOf(layout['text-size'], scope, 16),
      color: color(evaluate(paint['text-color'], scope), '#000'),
      haloColor: color(evaluate(paint['text-halo-color'], scope), 'rgba(0,0,0,0)'),
      haloWidth: numberOf(paint['text-halo-width'], scope, 0),
      opacity: numberOf(paint['text-opacity'], scope, 1),
      letterSpacing: numberOf(layout['text-letter-spacing'], scope, 0),
      maxWidth: numberOf(layout['text-max-width'], scope, 10),
      lineHeight: numberOf(layout['text-line-height'], scope, 1.2),
      padding: numberOf(layout['text-padding'], scope, 2),
    };
    const placement = placeLabel(ctx, text, at, style, anchorsOf(layout, scope), placed);
    if (placement) out.push(placement);
  }
  return out;
}

/** Draws the basemap's layers, bottom to top; the labels are placed top layer first (as MapLibre
 * places them: a capital's name before a country's, a country's before a town's), then drawn in
 * the layers' order. Only point labels: the rivers' and lakes' names are left to MapLibre. */
export function paintBasemap(
  ctx: CanvasRenderingContext2D,
  layers: readonly LayerSpecification[],
  data: BasemapData,
  files: LabelFiles,
  view: BasemapView,
  placed: Placed,
): void {
  const labelled: { spec: LayerSpecification; fs: readonly Feature[] }[] = [];
  for (const spec of layers) {
    if (spec.minzoom !== undefined && view.zoom < spec.minzoom) continue;
    if (spec.maxzoom !== undefined && view.zoom >= spec.maxzoom) continue;
    if (spec.type === 'background') {
      const scope = { zoom: view.zoom, props: {} };
      ctx.fillStyle = color(evaluate(spec.paint?.['background-color'], scope), '#fff');
      ctx.fillRect(0, 0, view.width, view.height);
      continue;
    }
    const source = 'source' in spec ? spec.source : undefined;
    const fs = featuresOf(source, data, files);
    if (fs.length === 0) continue;
    if (spec.type === 'fill') paintFill(ctx, spec, fs, view);
    else if (spec.type === 'line') paintLine(ctx, spec, fs, view);
    else if (spec.type === 'circle') paintCircles(ctx, spec, fs, view);
    else if (spec.type === 'symbol' && String(source) in files) labelled.push({ spec, fs });
  }
  const placements = [...labelled]
    .reverse()
    .map(({ spec, fs }) => placeLabels(ctx, spec, fs, view, placed))
    .reverse();
  for (const p of placements.flat()) drawPlacement(ctx, p);
}
