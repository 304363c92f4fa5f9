/**
 * How imported layers reach the map: the page's map host (from the map's context) is handed
 * over here; the map layers themselves (`layers.ts`, the WebGL program, the picking grid) load
 * with the first imported layer.
 */
import type { MapHost } from '../../map';
import { loadChunk } from '../../state/stale';
import { importStore } from '../store';

let host: MapHost | null = null;
let loaded: Promise<typeof import('./layers')> | null = null;

function load(): void {
  loaded ??= loadChunk(() => import('./layers'));
  loaded.then(
    (m) => m.setHost(host),
    () => {}, // a stale tab: its notice says it
  );
}

importStore.subscribe((s) => {
  if (s.layers.length > 0) load();
});

/** The map to draw on (null when the map goes away). */
export function attachImportedLayers(next: MapHost | null): void {
  host = next;
  if (loaded || importStore.getState().layers.length > 0) load();
}
