/**
 * Expressions that decide, on the GPU side of MapLibre, what each feature looks like at the
 * slider's day. The day lives in the style's global state (`date`); the slider changes that one
 * value and never rebuilds the GeoJSON. The rule is the one of `src/data/dates.ts`.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

export const DATE: ExpressionSpecification = ['global-state', 'date'];
export const SELECTED: ExpressionSpecification = ['global-state', 'selected'];

const get = (name: string): ExpressionSpecification => ['get', name];

/** Started (s0 <= day): sites stay afterwards, greyed, so the withdrawal stays readable. */
export const started: ExpressionSpecification = ['>=', DATE, get('s0')];

/** Events and moves: from their start until the end of their fading window (w1). */
export const inWindow: ExpressionSpecification = [
  'all',
  ['>=', DATE, get('s0')],
  ['<', DATE, get('w1')],
];

/** A site's state at the day: ended, uncertain (inside a start or end window), or active. */
export const siteState: ExpressionSpecification = [
  'case',
  ['>=', DATE, get('e1')],
  'ended',
  ['any', ['>=', DATE, get('e0')], ['<', DATE, get('s1')]],
  'uncertain',
  'active',
];

/** Fades from 1 at the end of an event to 0.25 at the end of its window. */
export const fadeAfterEnd: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['-', DATE, get('e1')],
  0,
  1,
  180,
  0.25,
];
