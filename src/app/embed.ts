/**
 * The embedded view (`embed=1`): its `<iframe>` snippet and its "open the full map" link, both
 * built from the view through the codec (never from the address bar, which may hold what the
 * app does not own). Pure.
 */
import { serialize } from '../state/url-codec';
import type { ViewState } from '../state/view-state';

/** The iframe's size: the compact view's map, slider and legend, readable in an article. */
export const EMBED_SIZE = { width: 800, height: 560 } as const;

/** `base` is the app's address without a query (origin and path). */
export function fullMapLink(view: ViewState, base: string): string {
  return `${base}${serialize({ ...view, embed: false })}`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function embedSnippet(view: ViewState, base: string, title: string): string {
  const src = `${base}${serialize({ ...view, embed: true })}`;
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" style="border:0;max-width:100%" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
}
