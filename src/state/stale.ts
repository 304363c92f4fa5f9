/**
 * A tab left running an earlier version, after a release: the code it loads on demand (the
 * importer, the export, the mapping step) may be gone from the server, which answers its page
 * instead. Every such load goes through `loadChunk`: when it fails, the tab is marked stale, and
 * `StaleNotice` offers to reload into the new version. What the reader was doing is handed over
 * first (`beforeStaleReload`: the importer keeps the chosen file on the device); the view is in
 * the link, which the reload keeps.
 */
import { createStore } from 'zustand/vanilla';

export const staleStore = createStore<{ stale: boolean }>()(() => ({ stale: false }));

const handOvers: (() => Promise<void>)[] = [];

/** Something to keep before the reload (run once, in order, errors ignored). */
export function beforeStaleReload(keep: () => Promise<void>): void {
  handOvers.push(keep);
}

export function markStale(): void {
  staleStore.setState({ stale: true });
}

/** Loads a lazy part of the app; if it cannot be loaded, marks the tab stale and rethrows. */
export async function loadChunk<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    markStale();
    throw error;
  }
}

/** Runs the hand-overs, lets a waiting service worker take over, and reloads the page. */
export async function reloadIntoNewVersion(): Promise<void> {
  for (const keep of handOvers.splice(0)) await keep().catch(() => {});
  const registration = await navigator.serviceWorker?.getRegistration().catch(() => undefined);
  const waiting = registration?.waiting;
  if (waiting && navigator.serviceWorker.controller) {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
    waiting.postMessage({ type: 'SKIP_WAITING' });
    return;
  }
  location.reload();
}
