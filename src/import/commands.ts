/**
 * What the page asks of the importer: import a file, remove a layer, bring back the kept files.
 * Each loads the importer's session code on first use (a dynamic import), so a first visit
 * carries only the store and these few lines.
 */
import { keeping, storedCount } from './session/kept';
import { importStore } from './store';

export async function removeLayer(id: string): Promise<void> {
  importStore.setState((s) => ({
    layers: s.layers.filter((l) => l.id !== id),
    picked: s.picked?.layerId === id ? null : s.picked,
  }));
  await keeping.get(id)?.catch(() => {});
  const { forget } = await import('./session/persist');
  try {
    await forget(id);
  } catch (error) {
    // Storage unavailable: nothing of it was kept either.
    console.warn('The file could not be removed from this device', error);
  }
}

/** Writes a file that could not be kept, again (after space was freed, say). */
export async function retryKeep(id: string): Promise<void> {
  const { retryKeep } = await import('./session/session');
  await retryKeep(id);
}

/** The files kept on this device with their sizes, and the site's storage use. */
export async function keptList() {
  const { keptFiles, usage } = await import('./session/persist');
  const files = await keptFiles().catch(() => []);
  return { files, usage: await usage() };
}

/** Starts an import of a file the reader chose (the importer loads on first use). */
export async function importFile(file: File): Promise<void> {
  const { runImport } = await import('./session/session');
  await runImport(file);
}

let restored = false;
/** Brings back the files kept on this device, once per page. */
export function restoreImports(): void {
  if (restored || storedCount() === 0) return;
  restored = true;
  void import('./session/session').then((m) => m.restoreAll());
}
