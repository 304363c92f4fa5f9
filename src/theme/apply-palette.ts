/** The actors' colours as CSS variables (`--actor-france`…), so that the stylesheets use the
 * same colours as the map's markers without restating them. */
import { ACTORS } from '../data/schema';
import { ACTOR_COLOR } from './palette';

export function applyPalette(root: HTMLElement): void {
  for (const actor of ACTORS) root.style.setProperty(`--actor-${actor}`, ACTOR_COLOR[actor]);
}
