/**
 * What is kept on the device, as the eager code needs to know it: how many files IndexedDB holds
 * (a flag in localStorage, so that a visit without any never loads IndexedDB) and the writes under
 * way. No dependencies: the first visit reads it, persistence and the session write it.
 */

/** Where the files are kept (IndexedDB), named here for the eager hand-over (`pending.ts`). */
export const DB_NAME = 'sahel-imports';
export const STORE_NAME = 'files';

/** localStorage: how many files IndexedDB holds. */
export const STORED_FLAG = 'sahel.import.stored';

export function storedCount(): number {
  try {
    return Number(localStorage.getItem(STORED_FLAG) ?? 0) || 0;
  } catch {
    return 0;
  }
}

/** Files being written to the device, so that a removal waits for the write it undoes. */
export const keeping = new Map<string, Promise<void>>();
