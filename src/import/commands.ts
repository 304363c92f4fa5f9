/**
 * What the page asks of the importer: import a file, remove a layer, bring back the kept files.
 * Each loads the importer's session code on first use (a dynamic import, through `loadChunk`:
 * in a tab whose version is gone from the server, the reader is offered a reload, and the file
 * they chose is handed over to the new version), so a first visit carries only the store and
 * these few lines.
 */
import { loadChunk } from '../state/stale';
import { keeping, storedCount } from './session/kept';
import { handOver } from './session/pending';
import { importStore } from './store';

const session = () => loadChunk(() => import('./session/session'));
const persist = () => loadChunk(() => import('./session/persist'));

export async function removeLayer(id: string): Promise<void> {
  importStore.setState((s) => ({
    layers: s.layers.filter((l) => l.id !== id),
    picked: s.picked?.layerId === id ? null : s.picked,
  }));
  await keeping.get(id)?.catch(() => {});
  try {
    const { forget } = await persist();
    await forget(id);
  } catch (error) {
    // Storage unavailable (nothing of it was kept either), or a stale tab (told already).
    console.warn('The file could not be removed from this device', error);
  }
}

/** Starts an import of a file the reader chose (the importer loads on first use). */
export async function importFile(file: File): Promise<void> {
  let loaded: Awaited<ReturnType<typeof session>>;
  try {
    loaded = await session();
  } catch {
    handOver(file);
    return;
  }
  await loaded.runImport(file);
}

/** Writes a file that could not be kept, again (after space was freed, say). */
export async function retryKeep(id: string): Promise<void> {
  const { retryKeep } = await session();
  await retryKeep(id);
}

/** The files kept on this device with their sizes, and the site's storage use. */
export async function keptList() {
  const { keptFiles, usage } = await persist();
  const files = await keptFiles().catch(() => []);
  return { files, usage: await usage() };
}

let restored = false;
/** Brings back the files kept on this device, once per page. */
export function restoreImports(): void {
  if (restored || storedCount() === 0) return;
  restored = true;
  session()
    .then((m) => m.restoreAll())
    .catch((error: unknown) => console.warn('The kept files could not be read', error));
}
