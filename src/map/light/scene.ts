/**
 * What the light map draws of the data at a day, as a list of marks in drawing order, read from
 * the same layer specs as MapLibre's (`style/data-layers.ts`, the selection ring, the comparison's
 * rings): each feature's look at the day (`style/looks.ts`) is its feature state, the view's
 * layers, hidden kinds and language are applied as `view-style.ts` applies them, and the specs'
 * expressions are evaluated by `expression.ts`. Pure (no canvas): the painter draws the marks,
 * the hit test and the test handle read them.
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { MapLayer } from '../../data/map-file';
import { LAYER_IDS, type LayerId } from '../../data/schema';
import { compareRingLayers } from '../style/compare-rings';
import { DATA_LAYERS, isDrawn, selectionLayers, sourceId } from '../style/data-layers';
import { LOOK_STATE, SELECTED_STATE } from '../style/look-paint';
import { lookAt } from '../style/looks';
import { filterFor, languageFields, type MapInputs } from '../style/view-style';
import { evaluate, numberOf, type Scope } from './expression';

type Point = readonly [number, number];

interface MarkBase {
  /** The MapLibre layer it stands for (`france-sites`, `moves-lines`…). */
  readonly layer: string;
  readonly props: Readonly<Record<string, unknown>>;
  readonly opacity: number;
}

export interface IconMark extends MarkBase {
  readonly type: 'icon';
  readonly at: Point;
  readonly icon: string;
  /** Radians, clockwise (an arrow along its move). */
  readonly rotate: number;
}

export interface CircleMark extends MarkBase {
  readonly type: 'circle';
  readonly at: Point;
  readonly radius: number;
  readonly color: string;
  readonly strokeWidth: number;
  readonly strokeColor: string;
  readonly strokeOpacity: number;
}

export interface LineMark extends MarkBase {
  readonly type: 'line';
  readonly points: readonly Point[];
  readonly color: string;
  readonly width: number;
  /** In line widths, as MapLibre reads `line-dasharray`. */
  readonly dash: readonly number[];
}

export interface TextMark extends MarkBase {
  readonly type: 'text';
  readonly at: Point;
  readonly text: string;
  readonly size: number;
  readonly color: string;
  readonly haloColor: string;
  readonly haloWidth: number;
  /** The text's offset from its point, in ems (`text-offset`, anchored at its top). */
  readonly offset: Point;
  /** Wrap width, in ems (`text-max-width`). */
  readonly maxWidth: number;
}

export type Mark = IconMark | CircleMark | LineMark | TextMark;

/** A feature of a data layer, ready to be looked at a day. */
interface Feature {
  readonly props: Readonly<Record<string, unknown>>;
  readonly coords: readonly Point[];
  readonly look: number;
}

export interface SceneInput {
  readonly layers: readonly MapLayer[];
  readonly inputs: MapInputs;
  readonly zoom: number;
  /** Where a place is on the map, in CSS pixels. */
  readonly project: (at: Point) => Point;
}

function featuresOf(layer: MapLayer, day: number): Feature[] {
  return layer.records.map((r, i) => ({
    props: layer.geojson.features[i]?.properties ?? { id: r.id },
    coords: r.type === 'move' ? r.coords : [r.coords],
    look: lookAt(r.span, day),
  }));
}

/** The point half-way along a line on the screen, and the line's direction there. */
function lineCenter(points: readonly Point[]): { at: Point; angle: number } {
  const lengths = points.slice(1).map((p, i) => {
    const q = points[i] as Point;
    return Math.hypot(p[0] - q[0], p[1] - q[1]);
  });
  let left = lengths.reduce((a, b) => a + b, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    const [a, b, length] = [points[i] as Point, points[i + 1] as Point, lengths[i] as number];
    if (left <= length || i === lengths.length - 1) {
      const t = length > 0 ? left / length : 0;
      return {
        at: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t],
        angle: Math.atan2(b[1] - a[1], b[0] - a[0]),
      };
    }
    left -= length;
  }
  return { at: points[0] ?? [0, 0], angle: 0 };
}

const str = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);

/** The marks of one spec for one feature (none where it is filtered out or not drawn). */
function marksOf(
  spec: LayerSpecification,
  f: Feature,
  scope: Scope,
  input: SceneInput,
  text: ReadonlyMap<string, unknown>,
): Mark | null {
  const paint = (spec.paint ?? {}) as Record<string, unknown>;
  const layout = (spec.layout ?? {}) as Record<string, unknown>;
  const num = (v: unknown, fallback: number) => numberOf(v, scope, fallback);
  const base = { layer: spec.id, props: f.props };
  const points = f.coords.map(input.project);
  const first = points[0] ?? [0, 0];
  switch (spec.type) {
    case 'circle':
      return {
        ...base,
        type: 'circle',
        at: first,
        opacity: num(paint['circle-opacity'], 1),
        radius: num(paint['circle-radius'], 5),
        color: str(evaluate(paint['circle-color'], scope), '#000'),
        strokeWidth: num(paint['circle-stroke-width'], 0),
        strokeColor: str(evaluate(paint['circle-stroke-color'], scope), '#000'),
        strokeOpacity: num(paint['circle-stroke-opacity'], 1),
      };
    case 'line': {
      const dash = evaluate(paint['line-dasharray'], scope);
      return {
        ...base,
        type: 'line',
        points,
        opacity: num(paint['line-opacity'], 1),
        color: str(evaluate(paint['line-color'], scope), '#000'),
        width: num(paint['line-width'], 1),
        dash: Array.isArray(dash) ? dash.map(Number) : [],
      };
    }
    case 'symbol': {
      const field = text.get(spec.id) ?? layout['text-field'];
      if (field !== undefined) {
        const label = evaluate(field, scope);
        if (typeof label !== 'string' || label === '') return null;
        const offset = evaluate(layout['text-offset'], scope);
        return {
          ...base,
          type: 'text',
          at: first,
          text: label,
          opacity: num(paint['text-opacity'], 1),
          size: num(layout['text-size'], 16),
          color: str(evaluate(paint['text-color'], scope), '#000'),
          haloColor: str(evaluate(paint['text-halo-color'], scope), 'rgba(0,0,0,0)'),
          haloWidth: num(paint['text-halo-width'], 0),
          offset: Array.isArray(offset) ? [Number(offset[0]), Number(offset[1])] : [0, 0],
          maxWidth: num(layout['text-max-width'], 10),
        };
      }
      const icon = evaluate(layout['icon-image'], scope);
      if (typeof icon !== 'string') return null;
      const onLine = layout['symbol-placement'] === 'line-center';
      const center = onLine ? lineCenter(points) : { at: first, angle: 0 };
      return {
        ...base,
        type: 'icon',
        at: center.at,
        icon,
        rotate: center.angle,
        opacity: num(paint['icon-opacity'], 1),
      };
    }
    default:
      return null;
  }
}

/** The marks of some specs over one source's features, sorted as MapLibre sorts a layer's
 * symbols (`symbol-sort-key`, lowest drawn first). */
function specMarks(
  specs: readonly LayerSpecification[],
  features: readonly Feature[],
  input: SceneInput,
  out: Mark[],
  hideKinds: boolean,
): void {
  const text = new Map(languageFields(input.inputs.lang));
  const global = { [SELECTED_STATE]: input.inputs.selected ?? '' };
  for (const spec of specs) {
    const filter = hideKinds
      ? filterFor(spec, input.inputs.hidden)
      : (spec as { filter?: unknown }).filter;
    const sortKey = (spec.layout as Record<string, unknown> | undefined)?.['symbol-sort-key'];
    const layerMarks: { mark: Mark; key: number }[] = [];
    for (const f of features) {
      const state = { [LOOK_STATE]: f.look };
      const scope: Scope = { zoom: input.zoom, props: f.props, state, global };
      if (filter !== undefined && evaluate(filter, scope) !== true) continue;
      if (!isDrawn(spec, state)) continue;
      const mark = marksOf(spec, f, scope, input, text);
      if (mark && mark.opacity > 0) {
        layerMarks.push({ mark, key: sortKey === undefined ? 0 : numberOf(sortKey, scope, 0) });
      }
    }
    if (sortKey !== undefined) layerMarks.sort((a, b) => a.key - b.key);
    for (const { mark } of layerMarks) out.push(mark);
  }
}

/** Every mark of the data at the view's day, bottom to top: the data layers in their order (the
 * reader's hidden kinds left out), the selection ring, then the comparison's rings. */
export function dataMarks(input: SceneInput): Mark[] {
  const out: Mark[] = [];
  const bySource = new Map<string, Feature[]>();
  for (const layer of input.layers) {
    bySource.set(sourceId(layer.id), featuresOf(layer, input.inputs.date));
  }
  const shown = (id: LayerId) => input.inputs.layers.includes(id);
  for (const id of LAYER_IDS) {
    const features = bySource.get(sourceId(id));
    const specs = DATA_LAYERS[id];
    if (features && specs && shown(id)) specMarks(specs, features, input, out, true);
  }
  const rings = input.inputs.rings.length > 0 ? compareRingLayers(input.inputs.rings) : [];
  for (const spec of [...selectionLayers(), ...rings]) {
    const features = 'source' in spec ? bySource.get(String(spec.source)) : undefined;
    if (features) specMarks([spec], features, input, out, false);
  }
  return out;
}
