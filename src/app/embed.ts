/**
 * The embedded view (`embed=1`): its snippets and its "open the full map" link, all built from
 * the view through the codec (never from the address bar, which may hold what the app does not
 * own), with the record's version (`v=`). Pure.
 *
 * The height protocol: the embedded page posts `{ type: 'sahel-map:height', height }` (CSS
 * pixels, the height its content needs at the iframe's width) to its parent whenever that
 * changes; the loader snippet sets the iframe's height from it. Documented in the README.
 */
import { serialize } from '../state/url-codec';
import type { ViewState } from '../state/view-state';

/** The plain iframe's size: the compact view's map, slider and legend, readable in an article;
 * it takes the column's width up to 800 px. */
export const EMBED_SIZE = { width: 800, height: 560 } as const;
/** The message type of the height protocol. */
export const HEIGHT_MESSAGE = 'sahel-map:height';

/** `base` is the app's address without a query (origin and path). */
export function fullMapLink(view: ViewState, base: string, version?: string): string {
  return `${base}${serialize({ ...view, embed: false }, '', version)}`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function iframe(view: ViewState, base: string, title: string, version?: string): string {
  const src = `${base}${serialize({ ...view, embed: true }, '', version)}`;
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" data-sahel-map width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" style="border:0;width:100%;max-width:${EMBED_SIZE.width}px" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
}

/** The iframe alone, at a fixed height (for hosts that allow no script). */
export function embedSnippet(view: ViewState, base: string, title: string, version?: string) {
  return iframe(view, base, title, version);
}

/** The iframe and a small loader that sizes it to the height the map reports: only messages
 * from the map's own origin, and only for the iframe that sent them, are obeyed. */
export function embedLoaderSnippet(
  view: ViewState,
  base: string,
  title: string,
  version?: string,
): string {
  const origin = JSON.stringify(new URL(base).origin);
  const script = `(function(){var o=${origin};addEventListener("message",function(e){var d=e.data;if(e.origin!==o||!d||d.type!=="${HEIGHT_MESSAGE}"||typeof d.height!=="number")return;Array.prototype.forEach.call(document.querySelectorAll("iframe[data-sahel-map]"),function(f){if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+"px"})})})();`;
  return `${iframe(view, base, title, version)}\n<script>${script}</script>`;
}
