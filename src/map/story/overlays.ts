/** What floats over the map, as one selector: the Layers panel and notices, the zoom controls,
 * the attribution, MapLibre's scale, and the embed's link out. The opening view keeps their room
 * clear; the browser tests measure the same boxes. */
export const OVERLAYS =
  '.map-overlay > *, .map-controls, .map-attribution, .maplibregl-ctrl-bottom-left > *, .map-embed-link';
