/**
 * The browser tests' and the benchmark's handle on the imported layers (`window.__sahelImported`),
 * typed here and imported as a type by `e2e/` and `bench/`, like the map's own handle.
 */

import { removeLayer } from '../commands';
import { countAt, type EventTable } from '../parse/table';
import { importStore } from '../store';
import type { EventGlLayer } from './event-gl-layer';

export const IMPORTED_HANDLE_NAME = '__sahelImported';

export interface ImportedLayerState {
  readonly id: string;
  /** Events in the layer. */
  readonly n: number;
  /** Instances the last frame submitted (the candidates; the shader hides the rest). */
  readonly submitted: number;
  /** How many times the GPU resources were built (1, then +1 per restored context). */
  readonly builds: number;
  /** Events in the window at the day (the CPU test, the same as the shader's). */
  readonly shown: number;
}

export interface ImportedHandle {
  layers(): ImportedLayerState[];
  /** An event's position, `[lon, lat]`, or null. */
  point(id: string, index: number): [number, number] | null;
  /** The events' positions and windows, for the benchmark's setFilter baseline. */
  table(id: string): EventTable | null;
  /** Sets the layers' day directly, as the controller's setDate does for the site layers. */
  step(day: number): void;
  remove(id: string): void;
}

interface OnMap extends EventGlLayer {
  readonly layer: { readonly id: string; readonly result: { readonly table: EventTable } };
}

export function exposeImported(
  onMap: ReadonlyMap<string, OnMap>,
  dayAndWindow: () => [number, number],
): void {
  const handle: ImportedHandle = {
    layers: () =>
      [...onMap.values()].map((gl) => ({
        id: gl.id,
        n: gl.layer.result.table.n,
        submitted: gl.drawnLast,
        builds: gl.builds,
        shown: countAt(gl.layer.result.table, ...dayAndWindow()),
      })),
    point: (id, index) => {
      const t = onMap.get(id)?.layer.result.table;
      const lon = t?.lon[index];
      const lat = t?.lat[index];
      return lon === undefined || lat === undefined ? null : [lon, lat];
    },
    table: (id) => onMap.get(id)?.layer.result.table ?? null,
    step: (day) => {
      const [, windowDays] = dayAndWindow();
      for (const gl of onMap.values()) gl.setDay(day, windowDays);
    },
    remove: (id) => {
      if (importStore.getState().layers.some((l) => l.id === id)) void removeLayer(id);
    },
  };
  (globalThis as unknown as Record<string, ImportedHandle>)[IMPORTED_HANDLE_NAME] = handle;
}
