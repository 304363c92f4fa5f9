/** The name of the `<meta>` through which the built page names MapLibre's chunk (vite.config.ts
 * writes it, `load-maplibre.ts` reads it). A module of its own: the Vite config imports it. */
export const MAPLIBRE_META = 'sahel:maplibre';
