/**
 * One import from the reader's file to a layer on the map (loaded on first use): file check,
 * the worker with progress and Cancel, the column-mapping step (remembered per header), the
 * result with every row accounted for, and keeping the file on the device, said out loud when
 * it fails (with a retry). Also the restore on reload, and the file a stale tab handed over.
 */

import { staleStore } from '../../state/stale';
import { typeColors } from '../layer/colors';
import { IMPORT_MARKS } from '../marks';
import type { ImportResult } from '../parse/protocol';
import { perMonth } from '../parse/table';
import { addLayer, type ImportedLayer, importStore, setJob, setKept } from '../store';
import { parseInWorker } from './client';
import { keeping } from './kept';
import { recall, remember } from './memory';
import { handOver } from './pending';
import { forget, keep, type StoredFile, storedFiles } from './persist';

const ACCEPTED = /\.(csv|tsv|txt|geojson|json)$/i;

/** localStorage, or null where the page may not use it. */
function local(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

/** Files shown but not kept, for "Try again". */
const unsaved = new Map<string, StoredFile>();

function layerOf(id: string, name: string, result: ImportResult, kept: ImportedLayer['kept']) {
  return {
    id,
    name,
    result,
    colors: typeColors(result.origin, result.table.types),
    months: perMonth(result.table),
    visible: true,
    kept,
  } satisfies ImportedLayer;
}

export async function runImport(file: File): Promise<void> {
  const name = file.name;
  if (!ACCEPTED.test(name)) {
    setJob({ phase: 'problem', name, problem: 'unsupported' });
    return;
  }
  const job = parseInWorker(file, null, {
    onProgress: (done, total) =>
      setJob({ phase: 'reading', name, done, total, cancel: job.cancel }),
    askMapping: (question) => {
      const storage = local();
      const saved = storage && recall(storage, question.hash, question.header);
      if (saved) return Promise.resolve(saved);
      return new Promise((resolve) => {
        setJob({
          phase: 'mapping',
          name,
          question,
          initial: question.guess,
          answer: (mapping) => {
            if (mapping) {
              if (storage) remember(storage, question.hash, mapping);
              setJob({ phase: 'reading', name, done: 0, total: file.size, cancel: job.cancel });
            }
            resolve(mapping);
          },
        });
      });
    },
  });
  setJob({ phase: 'reading', name, done: 0, total: file.size, cancel: job.cancel });
  const result = await job.result;
  performance.mark(IMPORT_MARKS.parsed);
  if (typeof result === 'string') {
    if (result === 'failed' && staleStore.getState().stale) handOver(file);
    else setJob(result === 'cancelled' ? null : { phase: 'problem', name, problem: result });
    return;
  }
  const { table, rows, skipped, skips, reasons, reading } = result;
  setJob({ phase: 'done', name, rows, imported: table.n, skipped, skips, reasons, reading });
  if (table.n === 0) return;
  const id = `imported-${Date.now().toString(36)}`;
  addLayer(layerOf(id, name, result, 'saving'));
  await save({ id, name, file, mapping: result.mapping, added: Date.now() });
}

/** Writes the file to the device; the layer says whether it is kept. */
async function save(stored: StoredFile): Promise<void> {
  const kept = keep(stored);
  keeping.set(stored.id, kept);
  try {
    await kept;
    unsaved.delete(stored.id);
    setKept(stored.id, 'kept');
  } catch (error) {
    console.warn('The imported file could not be kept on this device', error);
    unsaved.set(stored.id, stored);
    setKept(stored.id, 'not-kept');
  } finally {
    keeping.delete(stored.id);
  }
}

/** "Try again" after a failed write (after the reader freed space, say). */
export async function retryKeep(id: string): Promise<void> {
  const stored = unsaved.get(id);
  if (!stored || !importStore.getState().layers.some((l) => l.id === id)) return;
  setKept(id, 'saving');
  await save(stored);
}

/** Reads the kept files again (no question asked: each has its mapping). A file handed over by
 * a tab that had to reload into a new version is imported as if just chosen. */
export async function restoreAll(): Promise<void> {
  for (const stored of await storedFiles()) {
    if (stored.mapping === null) {
      await forget(stored.id);
      await runImport(new File([stored.file], stored.name));
      continue;
    }
    const job = parseInWorker(stored.file, stored.mapping, {
      onProgress: () => {},
      askMapping: async () => null,
    });
    const result = await job.result;
    if (typeof result !== 'string' && result.table.n > 0) {
      addLayer(layerOf(stored.id, stored.name, result, 'kept'));
    }
  }
}

/** Forgets that a layer's file could not be kept (the layer was removed). */
export function dropUnsaved(id: string): void {
  unsaved.delete(id);
}
