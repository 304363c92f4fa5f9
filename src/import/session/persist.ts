/**
 * The imported files, kept on this device (IndexedDB, through idb-keyval) until removed: the
 * file itself and the mapping it was read with, so that a reload reads it again the same way.
 * Nothing leaves the machine.
 */
import { createStore, del, entries, set } from 'idb-keyval';
import type { ColumnMapping } from '../parse/formats';
import { STORED_FLAG } from './kept';

export interface StoredFile {
  readonly id: string;
  readonly name: string;
  readonly file: Blob;
  readonly mapping: ColumnMapping;
  readonly added: number;
}

let store: ReturnType<typeof createStore> | null = null;
/** Opened on first use (never at load: there is no IndexedDB where the unit tests run). */
const db = () => {
  store ??= createStore('sahel-imports', 'files');
  return store;
};

function flag(count: number): void {
  try {
    localStorage.setItem(STORED_FLAG, String(count));
  } catch {
    // Private mode without storage: the layer lasts until the page closes.
  }
}

export async function keep(file: StoredFile): Promise<void> {
  await set(file.id, file, db());
  flag((await entries(db())).length);
}

export async function storedFiles(): Promise<StoredFile[]> {
  const all = (await entries<string, StoredFile>(db())).map(([, v]) => v);
  flag(all.length);
  return all.sort((a, b) => a.added - b.added);
}

export async function forget(id: string): Promise<void> {
  await del(id, db());
  flag((await entries(db())).length);
}
