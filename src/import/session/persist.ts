/**
 * The imported files, kept on this device (IndexedDB, through idb-keyval) until removed: the
 * file itself and the mapping it was read with, so that a reload reads it again the same way.
 * Nothing leaves the machine. A write that fails throws: the caller tells the reader.
 */
import { createStore, del, entries, set } from 'idb-keyval';
import type { ColumnMapping } from '../parse/formats';
import { DB_NAME, STORE_NAME, STORED_FLAG } from './kept';
import { prune } from './memory';

export interface StoredFile {
  readonly id: string;
  readonly name: string;
  readonly file: Blob;
  /** null: a file the reader chose in a tab that had to reload (imported after the reload). */
  readonly mapping: ColumnMapping | null;
  readonly added: number;
}

/** What the list of kept files shows. */
export interface KeptFile {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly added: number;
}

let store: ReturnType<typeof createStore> | null = null;
/** Opened on first use (never at load: there is no IndexedDB where the unit tests run). */
const db = () => {
  store ??= createStore(DB_NAME, STORE_NAME);
  return store;
};

/** How many files IndexedDB holds, in localStorage, so that a visit without any never opens
 * IndexedDB. If localStorage is full, the remembered mappings make room (a file matters more);
 * if that is not enough, the file would not come back after a reload: that is a failure. */
function flag(count: number): void {
  try {
    localStorage.setItem(STORED_FLAG, String(count));
  } catch {
    prune(localStorage, 0);
    localStorage.setItem(STORED_FLAG, String(count));
  }
}

export async function keep(file: StoredFile): Promise<void> {
  await set(file.id, file, db());
  flag((await entries(db())).length);
}

export async function storedFiles(): Promise<StoredFile[]> {
  const all = (await entries<string, StoredFile>(db())).map(([, v]) => v);
  try {
    flag(all.length);
  } catch {
    // Reading still works; the next write says it if the flag cannot be kept.
  }
  return all.sort((a, b) => a.added - b.added);
}

export async function keptFiles(): Promise<KeptFile[]> {
  return (await storedFiles()).map(({ id, name, file, added }) => ({
    id,
    name,
    size: file.size,
    added,
  }));
}

export async function forget(id: string): Promise<void> {
  await del(id, db());
  flag((await entries(db())).length);
}

/** Bytes this site uses and may use, where the browser says it. */
export async function usage(): Promise<{ usage: number; quota: number } | null> {
  try {
    const e = await navigator.storage?.estimate?.();
    return e?.usage !== undefined && e.quota !== undefined
      ? { usage: e.usage, quota: e.quota }
      : null;
  } catch {
    return null;
  }
}
