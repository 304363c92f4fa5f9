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
