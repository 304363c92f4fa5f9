/**
 * Mirrors the view store to the URL, and the URL (Back/Forward) to the store. The one owner of
 * the URL. Discrete steps (a selection, a language switch) push a history entry; continuous
 * ones (dragging the slider, panning) replace the current one, at most every 300 ms.
 */
import { LAYER_IDS } from '../data/schema';
import type { LinkProblem } from './ui-store';
import { parse, serialize } from './url-codec';
import { DEFAULT_CAMERA, type Lang, type ViewState } from './view-state';
import { DEFAULT_VIEW, viewOf, viewStore } from './view-store';

const REPLACE_EVERY_MS = 300;

/** The view a URL describes, with defaults for what it does not say. */
export function stateFromUrl(
  search: string,
  fallbackLang: Lang,
): { state: ViewState; problems: LinkProblem[] } {
  const { state, problems } = parse(search);
  return {
    state: {
      date: state.date ?? DEFAULT_VIEW.date,
      camera: state.camera ?? DEFAULT_CAMERA,
      layers: state.layers ?? LAYER_IDS,
      hidden: state.hidden ?? [],
      selected: state.selected ?? null,
      lang: state.lang ?? fallbackLang,
    },
    problems,
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
    const search = serialize(viewOf(viewStore.getState()), window.location.search);
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };

  const unsubscribe = viewStore.subscribe((s, prev) => {
    if (s.origin === 'url') return; // came from the URL: nothing to write back
    const changed =
      s.date !== prev.date ||
      s.camera !== prev.camera ||
      s.layers !== prev.layers ||
      s.hidden !== prev.hidden ||
      s.selected !== prev.selected ||
      s.lang !== prev.lang;
    if (!changed) return;
    if (s.push) write('push');
    else timer ??= setTimeout(() => write('replace'), REPLACE_EVERY_MS);
  });

  const onPop = () => {
    const lang = viewStore.getState().lang;
    const { state } = stateFromUrl(window.location.search, lang);
    viewStore.getState().update(state, 'url');
  };
  window.addEventListener('popstate', onPop);
  // A pending replace is written before the page goes away (e.g. a reload right after a drag).
  const onHide = () => timer && write('replace');
  window.addEventListener('pagehide', onHide);

  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
    window.removeEventListener('pagehide', onHide);
    started = false;
  };
}
