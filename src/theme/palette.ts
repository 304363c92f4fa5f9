/** Marker colours per actor, shared by the map icons and the legend. Shapes carry the same
 * information (circle = France, diamond = Russia, triangle = event) so the map reads in greyscale
 * and for colour-blind readers. */
import type { Actor } from '../data/schema';

export const ACTOR_COLOR: Record<Actor, string> = {
  france: '#1d4ed8',
  russia: '#b91c1c',
  local: '#92400e',
  un: '#0e7490',
};

export type Shape = 'circle' | 'diamond' | 'square' | 'triangle';

export const ACTOR_SHAPE: Record<Actor, Shape> = {
  france: 'circle',
  russia: 'diamond',
  local: 'square',
  un: 'square',
};

export const SELECTION_COLOR = '#f59e0b';

/** Moves and hand-overs: a dark grey line and arrow, whoever moved (the arrow says who). */
export const MOVE_COLOR = '#374151';

/** The legend's swatch for the events layer: events take their actor's colour on the map, so
 * the layer as a whole is shown in a neutral grey, lighter than the moves' line. */
export const EVENTS_SWATCH_COLOR = '#4b5563';

/** The slider's event ticks, coloured by kind (their title names the event). */
export const EVENT_KIND_COLOR = {
  coup: '#c2410c',
  announcement: '#4338ca',
  alliance: '#047857',
  mission: '#0e7490',
} as const;

/** The rings on what changed in a comparison's period (map, legend and the exported image). */
export const COMPARE_COLOR = '#c026d3';
