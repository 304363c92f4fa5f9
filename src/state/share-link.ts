/** The link of a view, as Copy link, the share sheet, the citation and the embed snippet give
 * it: built from the view through the codec, never read back from the address bar, so it is
 * complete at any moment (before the URL sync has written anything, after a failed file). */
import { DATA_VERSION } from '../data/files';
import { serialize } from './url-codec';
import type { ViewState } from './view-state';

/** `location` is where the app is served; parameters the app does not own are kept; the
 * record's version is named (`v=`), so that a reader later learns what changed since. */
export function shareLink(
  view: ViewState,
  location: { origin: string; pathname: string; search: string },
): string {
  return `${location.origin}${location.pathname}${serialize(view, location.search, DATA_VERSION)}`;
}
