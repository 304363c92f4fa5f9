/** The width below which the layout is a phone's: the side panel becomes a bottom sheet and
 * the map's overlays start collapsed (the same value as in `styles.css`). */
export const PHONE_QUERY = '(max-width: 700px)';
