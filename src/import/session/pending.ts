/**
 * The hand-over of a stale tab: the file the reader chose could not be imported because this
 * version's importer is gone from the server, so it is written to the device, with no mapping,
 * before the reload; the new version's restore imports it as if just chosen. Plain IndexedDB,
 * eager and small: the importer's own storage code is what could not be loaded.
 */
import { beforeStaleReload } from '../../state/stale';
import { setJob } from '../store';
import { DB_NAME, STORE_NAME, STORED_FLAG, storedCount } from './kept';

export function keepPending(file: File): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB_NAME);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE_NAME);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const id = `pending-${Date.now().toString(36)}`;
      const tx = db.transaction(STORE_NAME, 'readwrite');
      tx.objectStore(STORE_NAME).put(
        { id, name: file.name, file, mapping: null, added: Date.now() },
        id,
      );
      tx.oncomplete = () => {
        db.close();
        try {
          localStorage.setItem(STORED_FLAG, String(storedCount() + 1));
        } catch {
          // Without the flag the restore does not look: the reader imports the file again.
        }
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** The chosen file goes to the new version with the reload (the stale notice says so). */
export function handOver(file: File): void {
  setJob(null);
  beforeStaleReload(() => keepPending(file));
}
