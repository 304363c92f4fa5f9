/** The media queries the layout and the motion follow, for every UI folder. */

/** The width below which the layout is a phone's: the side panel becomes a bottom sheet and
 * the map's overlays start collapsed (the same value as the stylesheets' phone blocks). */
export const PHONE_QUERY = '(max-width: 700px)';

export function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
