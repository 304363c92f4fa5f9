/**
 * The label font, Noto Sans, shipped as woff2 files and declared in the style's `font-faces`:
 * there is no `glyphs` URL, so MapLibre draws every character with these files and, for any
 * character they do not cover, with the browser's own fonts (TinySDF). No text request ever
 * leaves the page's origin.
 */

import notoLatin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import notoLatinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import type { FontFacesSpecification } from 'maplibre-gl';

/** The `text-font` name: a key of the style's `font-faces`, matched exactly. One weight only:
 * a second one cost a first visit another font file and MapLibre another set of glyphs to
 * rasterise; country and capital names stand out by size, case and spacing instead. */
export const FONT_REGULAR = 'Noto Sans Regular';

/** Fontsource's subsets of Noto Sans (from @fontsource/noto-sans/unicode.json): a file is only
 * downloaded once a character of its range is drawn. */
export const UNICODE_RANGES = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
} as const;

const ranges = (subset: keyof typeof UNICODE_RANGES) => UNICODE_RANGES[subset].split(',');

export const FONT_FACES: FontFacesSpecification = {
  [FONT_REGULAR]: [
    { url: notoLatin400, 'unicode-range': ranges('latin') },
    { url: notoLatinExt400, 'unicode-range': ranges('latin-ext') },
  ],
};
