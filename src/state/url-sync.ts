/**
 * Mirrors the view store to the URL, and the URL (Back/Forward) to the store. The one owner of
 * the URL. Discrete steps (a selection, a language switch) push a history entry; continuous
 * ones (dragging the slider, panning) replace the current one, at most every 300 ms.
 */

import { DATA_VERSION } from '../data/files';
import type { Lang } from '../i18n/lang';
import { followUrl } from './actions';
import type { LinkProblem } from './link-problems';
import { parse, serialize } from './url-codec';
import { type ViewState, viewChanged, viewOf } from './view-state';
import { DEFAULT_VIEW, viewStore } from './view-store';

const REPLACE_EVERY_MS = 300;

/** The view a URL describes, with defaults for what it does not say. */
export function stateFromUrl(
  search: string,
  fallbackLang: Lang,
): {
  state: ViewState;
  problems: LinkProblem[];
  linkHadDate: boolean;
  linkHadCamera: boolean;
  version: string | null;
} {
  const { state, problems, version } = parse(search);
  return {
    state: { ...DEFAULT_VIEW, lang: fallbackLang, ...state },
    problems,
    // Whether the link named a usable date (else a linked record may move the slider).
    linkHadDate: state.date !== undefined,
    // Whether the link named a usable camera (else the opening view frames the story).
    linkHadCamera: state.camera !== undefined,
    // The record's version the link was made with (the changes notice compares it).
    version: version ?? null,
  };
}

let started = false;

export function startUrlSync(): () => void {
  if (started) return () => {};
  started = true;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const write = (mode: 'push' | 'replace') => {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    // The address names the version of the record shown: a link copied from it says which.
    const search = serialize(viewOf(viewStore.getState()), window.location.search, DATA_VERSION);
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };

  const unsubscribe = viewStore.subscribe((s, prev) => {
    if (s.change.origin === 'url') return; // came from the URL: nothing to write back
    if (!viewChanged(s, prev)) return;
    if (s.change.history === 'push') write('push');
    else timer ??= setTimeout(() => write('replace'), REPLACE_EVERY_MS);
  });

  const onPop = () => {
    const lang = viewStore.getState().lang;
    followUrl(stateFromUrl(window.location.search, lang).state);
  };
  window.addEventListener('popstate', onPop);
  // A pending replace is written before the page goes away (e.g. a reload right after a drag).
  const onHide = () => timer && write('replace');
  window.addEventListener('pagehide', onHide);
  // The address bar holds the whole, canonical view from the start: a link copied from it at
  // once names the date, the camera and the language (invalid parts dropped, foreign kept).
  write('replace');

  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
    window.removeEventListener('pagehide', onHide);
    started = false;
  };
}
