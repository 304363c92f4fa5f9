/**
 * The map's one entry for the rest of the app. Inside: `light/` the light 2D map drawn first and
 * kept where MapLibre cannot draw, and the handover between the two; `controller/` owns the
 * MapLibre map and does its I/O, `style/` is the style as a pure function of the view,
 * `basemap/` the land and labels, `story/` the opening view, `handle/` what the browser tests and
 * the benchmark read.
 */
export type { MapStatus } from './controller/status';
export type { MapHost, MapPoint, PickableLayer } from './host';
export { MapProvider, useMapHost } from './host-context';
export { startFirstMap } from './light/files';
export { MapView } from './MapView';
