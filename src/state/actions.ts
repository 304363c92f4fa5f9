/**
 * The one writer of the view store: every change of the view is one of these named actions.
 * Each says where it came from (so the URL sync and the map ignore their own echoes), whether it
 * is its own Back step (`history`), and whether the map flies to the new camera (`animate`).
 */
import { firstShownDay, visibleAt } from '../data/dates';
import { type AnyRecord, recordCenter } from '../data/model';
import { ALL_KINDS, type LayerId, type RecordKind } from '../data/schema';
import type { Lang } from '../i18n/lang';
import {
  type Camera,
  type Change,
  DEFAULT_CAMERA,
  type HistoryMode,
  type ViewState,
} from './view-state';
import { canonicalLayers, viewStore } from './view-store';

const apply = (patch: Partial<ViewState>, change: Change) =>
  viewStore.getState().apply(patch, change);
const fromUi = (history: HistoryMode, animate = false): Change => ({
  origin: 'ui',
  history,
  animate,
});

/** The view a link describes, applied before the first render or when Back/Forward moves. */
export function followUrl(state: ViewState): void {
  apply(state, { origin: 'url', history: 'replace', animate: false });
}

/** The slider's day (dragging, keys, playback): written in place, not a Back step. */
export function setDate(date: number): void {
  if (viewStore.getState().date !== date) apply({ date }, fromUi('replace'));
}

/** Shows or hides one layer. */
export function showLayer(id: LayerId, on: boolean): void {
  const layers = viewStore.getState().layers;
  const next = on ? [...layers, id] : layers.filter((l) => l !== id);
  apply({ layers: canonicalLayers(next) }, fromUi('replace'));
}

/** Shows or hides one kind of record inside the visible layers. */
export function showKind(kind: RecordKind, on: boolean): void {
  const hidden = new Set(viewStore.getState().hidden);
  if (on) hidden.delete(kind);
  else hidden.add(kind);
  apply({ hidden: ALL_KINDS.filter((k) => hidden.has(k)) }, fromUi('replace'));
}

export function setLanguage(lang: Lang): void {
  if (viewStore.getState().lang !== lang) apply({ lang }, fromUi('push'));
}

/** The reader moved the map: the store follows, and the map is not moved back. */
export function cameraMovedByMap(camera: Camera): void {
  apply({ camera }, { origin: 'map', history: 'replace', animate: false });
}

/** The opening camera: `DEFAULT_CAMERA` until `frameStory` fits the story's sites. */
let openingCamera: Camera = DEFAULT_CAMERA;

/** "Reset view": back to the opening camera, flying there, as a Back step. */
export function resetCamera(): void {
  apply({ camera: openingCamera }, fromUi('push', true));
}

/** The default view's camera, fitted to the story's sites once the map and the data are there
 * (only for a link without `map=`): written in place, and "Reset view" comes back to it. */
export function frameStory(camera: Camera): void {
  openingCamera = camera;
  apply({ camera }, fromUi('replace'));
}

/** Compares the view with a day (what changed between it and the slider's day), or stops
 * comparing (null): a Back step. */
export function setCompare(day: number | null): void {
  if (viewStore.getState().compare !== day) apply({ compare: day }, fromUi('push'));
}

/** A click on the map selected a record (or empty map: null). */
export function selectFromMap(id: string | null): void {
  if (id !== viewStore.getState().selected) {
    apply({ selected: id }, { origin: 'map', history: 'push', animate: false });
  }
}

/**
 * Selects a record from a list, the timeline, search or a link: a Back step. A record not shown
 * at the slider's day moves the slider into its period; `fly` also brings the map to it (zoom 5
 * at least: the level at which a site's neighbours and its label are readable).
 */
export function selectRecord(r: AnyRecord, options: { fly?: boolean; date?: number } = {}): void {
  const view = viewStore.getState();
  const patch: { selected: string; date?: number; camera?: Camera } = { selected: r.id };
  if (options.date !== undefined) patch.date = options.date;
  else if (!visibleAt(r.span, view.date)) patch.date = firstShownDay(r.span);
  if (options.fly) patch.camera = { ...recordCenter(r), zoom: Math.max(view.camera.zoom, 5) };
  apply(patch, fromUi('push', options.fly === true));
}

export function clearSelection(): void {
  if (viewStore.getState().selected !== null) apply({ selected: null }, fromUi('push'));
}

/** What reconciling a link with the data corrected (a date clamped, an unknown id dropped):
 * written in place, so the corrected link replaces the one that came in. */
export function correctLink(patch: Partial<ViewState>): void {
  if (Object.keys(patch).length > 0) apply(patch, fromUi('replace'));
}
