/**
 * The view store: the view state (date, camera, layers, selection, language) and nothing else.
 * Fetched data lives in the TanStack Query cache, never here. Every change carries its origin so
 * that the URL sync and the map controller can ignore the echoes of their own changes.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { today } from '../data/dates';
import { LAYER_IDS, type LayerId } from '../data/schema';
import { DEFAULT_CAMERA, type Origin, type ViewState } from './view-state';

export interface ViewStore extends ViewState {
  /** Where the last change came from. */
  readonly origin: Origin;
  /** Whether the last change should be its own Back step (a discrete action). */
  readonly push: boolean;
  /** Applies a change; `push` marks a step a user would undo with Back. */
  update(patch: Partial<ViewState>, origin: Origin, push?: boolean): void;
}

export const DEFAULT_VIEW: ViewState = {
  date: today(),
  camera: DEFAULT_CAMERA,
  layers: LAYER_IDS,
  hidden: [],
  selected: null,
  lang: 'en',
};

/** Layers in canonical order, without duplicates. */
export function canonicalLayers(layers: Iterable<LayerId>): LayerId[] {
  const set = new Set(layers);
  return LAYER_IDS.filter((id) => set.has(id));
}

export function createViewStore(initial: ViewState = DEFAULT_VIEW) {
  return createStore<ViewStore>()((set) => ({
    ...initial,
    origin: 'url',
    push: false,
    update: (patch, origin, push = false) => set({ ...patch, origin, push }),
  }));
}

export type ViewStoreApi = ReturnType<typeof createViewStore>;

/** The app's one store; `main.tsx` fills it from the URL before the first render. */
export const viewStore = createViewStore();

export function useView<T>(selector: (s: ViewStore) => T): T {
  return useStore(viewStore, selector);
}

/** The plain view state of a store snapshot (drops the store's own fields). */
export function viewOf(s: ViewStore): ViewState {
  return {
    date: s.date,
    camera: s.camera,
    layers: s.layers,
    hidden: s.hidden,
    selected: s.selected,
    lang: s.lang,
  };
}
