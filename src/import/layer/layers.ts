/**
 * The imported layers on the map (loaded with the first imported layer): each visible layer
 * becomes an `EventGlLayer` that follows the slider's day and the window; a click on the map
 * picks the nearest event drawn there (the CPU grid, the same day test as the shader).
 */
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { viewStore } from '../../state/view-store';
import { countAt } from '../parse/table';
import {
  type ImportedLayer,
  importStore,
  pick,
  removeLayer as removeLayerById,
  windowDaysOf,
} from '../store';
import type { CustomLayerHost } from './attach';
import { EventGlLayer } from './event-gl-layer';
import { PickGrid } from './pick-grid';

interface OnMap {
  readonly layer: ImportedLayer;
  readonly gl: EventGlLayer;
  readonly grid: PickGrid;
}

let host: CustomLayerHost | null = null;
const onMap = new Map<string, OnMap>();
let clickBound: MapLibreMap | null = null;

function dayAndWindow(): [number, number] {
  return [viewStore.getState().date, windowDaysOf(importStore.getState().window)];
}

function onClick(e: MapMouseEvent): void {
  // A site of the curated layers under the pointer wins (the controller selected it already).
  if (viewStore.getState().selected !== null) {
    pick(null);
    return;
  }
  const map = e.target;
  const x = (e.lngLat.lng + 180) / 360;
  const s = Math.sin((e.lngLat.lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + s) / (1 - s))) / Math.PI;
  const pxPerUnit = 512 * 2 ** map.getZoom();
  const [day, windowDays] = dayAndWindow();
  // The last layer is drawn on top: it is asked first.
  for (const entry of [...onMap.values()].reverse()) {
    const index = entry.grid.pick(x, y, pxPerUnit, day, windowDays);
    if (index !== null) {
      pick({ layerId: entry.layer.id, index });
      return;
    }
  }
  pick(null);
}

/** MapLibre rebuilds its style after a lost context, without custom layers: they are added
 * again, once the new style accepts layers (its `style.load`). */
function onRestored(h: CustomLayerHost, map: MapLibreMap): void {
  const readd = () => {
    if (host !== h) return;
    for (const [id, entry] of onMap) {
      h.removeCustomLayer(id);
      h.addCustomLayer(entry.gl);
    }
  };
  try {
    readd();
  } catch {
    map.once('style.load', readd);
  }
}

let syncing = Promise.resolve();

async function sync(): Promise<void> {
  const h = host;
  const wanted = importStore.getState().layers.filter((l) => l.visible);
  for (const [id, entry] of onMap) {
    if (!h || !wanted.some((l) => l === entry.layer)) {
      h?.removeCustomLayer(id);
      onMap.delete(id);
    }
  }
  if (!h) return;
  const missing = wanted.filter((l) => !onMap.has(l.id));
  if (missing.length === 0) return;
  const [day, windowDays] = dayAndWindow();
  for (const layer of missing) {
    if (host !== h || onMap.has(layer.id)) continue;
    const gl = new EventGlLayer(layer.id, layer.result.table, {
      day,
      windowDays,
      colors: layer.colors,
    });
    onMap.set(layer.id, { layer, gl, grid: new PickGrid(layer.result.table) });
    h.addCustomLayer(gl);
  }
  const map = h.instance;
  if (map && clickBound !== map) {
    map.on('click', onClick);
    map.on('webglcontextrestored', () => onRestored(h, map));
    clickBound = map;
  }
}

function schedule(): void {
  syncing = syncing.then(sync).catch((error: unknown) => console.error(error));
}

function step(): void {
  const [day, windowDays] = dayAndWindow();
  for (const entry of onMap.values()) entry.gl.setDay(day, windowDays);
}

importStore.subscribe((s, prev) => {
  if (s.layers !== prev.layers) schedule();
  if (s.window !== prev.window) step();
});
viewStore.subscribe((s, prev) => {
  if (s.date !== prev.date) step();
  // Selecting a site closes the imported event.
  if (s.selected !== null && s.selected !== prev.selected) pick(null);
});

/** The map controller to draw on (null when the map goes away). */
export function setHost(next: CustomLayerHost | null): void {
  if (host === next) return;
  host = next;
  clickBound = null;
  onMap.clear();
  schedule();
}

/** For the browser tests and the benchmark: what is on the map. */
(globalThis as unknown as { __sahelImported?: unknown }).__sahelImported = {
  layers: () =>
    [...onMap.values()].map((e) => ({
      id: e.layer.id,
      n: e.layer.result.table.n,
      /** Instances the last frame submitted (the candidates; the shader hides the rest). */
      submitted: e.gl.drawnLast,
      builds: e.gl.builds,
      /** Events in the window at the day (the CPU test, the same as the shader's). */
      shown: countAt(e.layer.result.table, ...dayAndWindow()),
    })),
  point: (id: string, index: number) => {
    const t = onMap.get(id)?.layer.result.table;
    return t ? [t.lon[index], t.lat[index]] : null;
  },
  /** The events' positions and windows, for the benchmark's setFilter baseline. */
  table: (id: string) => onMap.get(id)?.layer.result.table ?? null,
  /** Sets the layers' day directly, as the controller's setDate does for the site layers. */
  step: (day: number) => {
    for (const entry of onMap.values())
      entry.gl.setDay(day, windowDaysOf(importStore.getState().window));
  },
  remove: (id: string) =>
    importStore.getState().layers.some((l) => l.id === id) && removeLayerById(id),
};
