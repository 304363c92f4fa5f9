/**
 * The paint expressions that draw each feature as it is at the slider's day. They read the
 * feature's look from its feature state (`looks.ts` computes it and sends only changes), so
 * a slider step re-processes no GeoJSON. The selection ring reads MapLibre's global state.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

/** The feature-state key that holds a feature's look. */
export const LOOK_STATE = 'look';

/** The look of a feature at the slider's day (see `looks.ts`); 0 until first computed. */
export const LOOK: ExpressionSpecification = ['coalesce', ['feature-state', LOOK_STATE], 0];

/** The global-state key that holds the selected record's id ('' for none). */
export const SELECTED_STATE = 'selected';

export const SELECTED: ExpressionSpecification = ['global-state', SELECTED_STATE];

/** 1 where the feature's look is `look`, else 0 (a feature is drawn by one layer at a time). */
export const onlyWhen = (look: number, opacity = 1): ExpressionSpecification => [
  'case',
  ['==', LOOK, look],
  opacity,
  0,
];

/** From `faded` (oldest) to `full` (fresh); 0 outside the feature's window. */
export const fading = (faded: number, full: number): ExpressionSpecification => [
  'case',
  ['>', LOOK, 0],
  ['+', faded, ['*', full - faded, LOOK]],
  0,
];
