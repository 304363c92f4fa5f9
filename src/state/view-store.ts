/**
 * The view store: the view state (date, camera, layers, selection, language) and nothing else.
 * Fetched data lives in the TanStack Query cache, never here. It is written only through the
 * named actions of `actions.ts`; each write says where it came from and how history keeps it.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { today } from '../data/dates';
import { LAYER_IDS, type LayerId } from '../data/schema';
import { type Change, DEFAULT_CAMERA, type ViewState } from './view-state';

export interface ViewStore extends ViewState {
  /** How the last change was made. */
  readonly change: Change;
  /** For `actions.ts` only. */
  apply(patch: Partial<ViewState>, change: Change): void;
}

export const DEFAULT_VIEW: ViewState = {
  date: today(),
  camera: DEFAULT_CAMERA,
  layers: LAYER_IDS,
  hidden: [],
  selected: null,
  lang: 'en',
  compare: null,
  embed: false,
};

/** Layers in canonical order, without duplicates. */
export function canonicalLayers(layers: Iterable<LayerId>): LayerId[] {
  const set = new Set(layers);
  return LAYER_IDS.filter((id) => set.has(id));
}

/** The app's one store; `main.tsx` fills it from the URL before the first render. */
export const viewStore = createStore<ViewStore>()((set) => ({
  ...DEFAULT_VIEW,
  change: { origin: 'url', history: 'replace', animate: false },
  apply: (patch, change) => set({ ...patch, change }),
}));

export function useView<T>(selector: (s: ViewStore) => T): T {
  return useStore(viewStore, selector);
}
