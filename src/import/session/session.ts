/**
 * One import from the reader's file to a layer on the map (loaded on first use): file check,
 * the worker with progress and Cancel, the column-mapping step (remembered per header), the
 * result with its skip reasons, and keeping the file on the device. Also the restore on reload.
 */

import { typeColors } from '../layer/colors';
import { IMPORT_MARKS } from '../marks';
import { type ColumnMapping, guessMapping, headerKey, mappingFits } from '../parse/formats';
import type { ImportResult } from '../parse/protocol';
import { perMonth } from '../parse/table';
import { addLayer, type ImportedLayer, setJob } from '../store';
import { parseInWorker } from './client';
import { keeping } from './kept';
import { keep, storedFiles } from './persist';

const ACCEPTED = /\.(csv|tsv|txt|geojson|json)$/i;

function remembered(header: readonly string[]): ColumnMapping | null {
  try {
    const saved = localStorage.getItem(headerKey(header));
    const mapping = saved ? (JSON.parse(saved) as ColumnMapping) : null;
    return mapping && mappingFits(mapping, header) ? mapping : null;
  } catch {
    return null;
  }
}

function remember(header: readonly string[], mapping: ColumnMapping): void {
  try {
    localStorage.setItem(headerKey(header), JSON.stringify(mapping));
  } catch {
    // No storage: the mapping is asked again next time.
  }
}

function layerOf(id: string, name: string, result: ImportResult): ImportedLayer {
  return {
    id,
    name,
    result,
    colors: typeColors(result.origin, result.table.types),
    months: perMonth(result.table),
    visible: true,
  };
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
    askMapping: (header, sample) => {
      const saved = remembered(header);
      if (saved) return Promise.resolve(saved);
      return new Promise((resolve) => {
        setJob({
          phase: 'mapping',
          name,
          header,
          sample,
          initial: guessMapping(header),
          answer: (mapping) => {
            if (mapping) {
              remember(header, mapping);
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
    setJob(result === 'cancelled' ? null : { phase: 'problem', name, problem: result });
    return;
  }
  const { table, skipped, skips } = result;
  setJob({ phase: 'done', name, imported: table.n, skipped, skips });
  if (table.n === 0) return;
  const id = `imported-${Date.now().toString(36)}`;
  addLayer(layerOf(id, name, result));
  const kept = keep({ id, name, file, mapping: result.mapping, added: Date.now() });
  keeping.set(id, kept);
  try {
    await kept;
  } catch (error) {
    console.warn('The imported file could not be kept on this device', error);
  } finally {
    keeping.delete(id);
  }
}

/** Reads the kept files again (no question asked: each has its mapping). */
export async function restoreAll(): Promise<void> {
  for (const stored of await storedFiles()) {
    const job = parseInWorker(stored.file, stored.mapping, {
      onProgress: () => {},
      askMapping: async () => null,
    });
    const result = await job.result;
    if (typeof result !== 'string' && result.table.n > 0) {
      addLayer(layerOf(stored.id, stored.name, result));
    }
  }
}
