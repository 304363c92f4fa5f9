/**
 * The basemap: a calm, desaturated reference map (pale sand land, soft blue water, light grey
 * borders, the G5 Sahel countries in a warmer sand) under the app's strongly coloured data.
 *
 * Everything it needs is served by the app itself: the files that `scripts/build-basemap.ts`
 * writes into `basemap/generated/`, and the fonts of `fonts.ts`. The labels are GeoJSON files
 * that MapLibre loads itself; the land, countries, borders, rivers and lakes come from one
 * TopoJSON file that the page decodes (`decode.ts`) and hands over as GeoJSON objects: in the
 * style if they are ready when the map is made, else with `setData` (`BASEMAP_DATA_SOURCES`).
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../../i18n/lang';
import type { BasemapData } from './decode';
import { FONT_FACES } from './fonts';
import { basemapLayers } from './layers';
import { sources } from './sources';

/**
 * The whole basemap style, in the reader's language; the app adds its data layers on top.
 * `data` is the decoded topology (`loadBasemap()`); without it the land, countries, borders,
 * rivers and lakes are empty until `setData` gives them theirs.
 */
export function basemapStyle(lang: Lang, data: BasemapData | null = null): StyleSpecification {
  return {
    version: 8,
    name: 'Sahel basemap',
    // No `glyphs` on purpose: see fonts.ts.
    'font-faces': FONT_FACES,
    sources: sources(data),
    layers: basemapLayers(lang),
  };
}
