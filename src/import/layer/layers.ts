/**
 * The imported layers on the map (loaded with the first imported layer): each visible layer
 * becomes an `EventGlLayer` that follows the slider's day and the window. The map controller owns
 * the map's events: a click no curated record took is offered to these layers, which pick the
 * nearest event drawn there (the CPU grid, the same day test as the shader).
 */
import type { MapHost, MapPoint, PickableLayer } from '../../map';
import { viewStore } from '../../state/view-store';
import { mercatorX, mercatorY } from '../parse/table';
import { type ImportedLayer, importStore, pick, windowDaysOf } from '../store';
import { EventGlLayer } from './event-gl-layer';
import { exposeImported } from './handle';
import { PickGrid } from './pick-grid';

/** Web Mercator world size in CSS pixels at zoom 0 (MapLibre's tiles are 512 px). */
const WORLD_PX = 512;

class ImportedMapLayer extends EventGlLayer implements PickableLayer {
  private readonly grid: PickGrid;

  constructor(readonly layer: ImportedLayer) {
    const [day, windowDays] = dayAndWindow();
    super(layer.id, layer.result.table, { day, windowDays, colors: layer.colors });
    this.grid = new PickGrid(layer.result.table);
  }

  pick(at: MapPoint): boolean {
    const [day, windowDays] = dayAndWindow();
    const pxPerUnit = WORLD_PX * 2 ** at.zoom;
    const index = this.grid.pick(mercatorX(at.lng), mercatorY(at.lat), pxPerUnit, day, windowDays);
    if (index === null) return false;
    pick({ layerId: this.id, index });
    return true;
  }

  unpick(): void {
    if (importStore.getState().picked?.layerId === this.id) pick(null);
  }
}

let host: MapHost | null = null;
const onMap = new Map<string, ImportedMapLayer>();

function dayAndWindow(): [number, number] {
  return [viewStore.getState().date, windowDaysOf(importStore.getState().window)];
}

function sync(): void {
  const wanted = importStore.getState().layers.filter((l) => l.visible);
  for (const [id, gl] of onMap) {
    if (!host || !wanted.includes(gl.layer)) {
      host?.removeCustomLayer(id);
      onMap.delete(id);
    }
  }
  if (!host) return;
  for (const layer of wanted) {
    if (onMap.has(layer.id)) continue;
    const gl = new ImportedMapLayer(layer);
    onMap.set(layer.id, gl);
    host.addCustomLayer(gl);
  }
}

function step(): void {
  const [day, windowDays] = dayAndWindow();
  for (const gl of onMap.values()) gl.setDay(day, windowDays);
}

function safely(f: () => void): void {
  try {
    f();
  } catch (error) {
    console.error(error);
  }
}

importStore.subscribe((s, prev) => {
  if (s.layers !== prev.layers) safely(sync);
  if (s.window !== prev.window) step();
});
viewStore.subscribe((s, prev) => {
  if (s.date !== prev.date) step();
  // Selecting a site (on the map or in a list) closes the imported event.
  if (s.selected !== null && s.selected !== prev.selected) pick(null);
});

/** The map to draw on (null when the map goes away). */
export function setHost(next: MapHost | null): void {
  if (host === next) return;
  for (const id of onMap.keys()) host?.removeCustomLayer(id);
  host = next;
  onMap.clear();
  safely(sync);
}

exposeImported(onMap, dayAndWindow);
