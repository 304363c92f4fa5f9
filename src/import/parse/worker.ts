/**
 * The parsing worker: reads a CSV (streamed by papaparse, with progress) or a GeoJSON file,
 * asks the page for a column mapping when the format is not recognised, and sends back typed
 * columns (transferred, not copied). The page stays responsive; Cancel terminates the worker.
 */
import Papa from 'papaparse';
import { type ColumnMapping, detectFormat, type Origin } from './formats';
import type { Row } from './normalize';
import type { FromWorker, ToWorker } from './protocol';
import {
  analyzeHead,
  type FileProblem,
  geojsonRows,
  headRows,
  looksBinary,
  looksLikeJson,
  type Outcome,
  RowSink,
} from './rows';
import { transferables } from './table';

// `globalThis` is the worker's `self` (and loads without a worker, as the unit tests do).
const scope = globalThis as unknown as {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};
const post = (m: FromWorker, transfer: Transferable[] = []) => scope.postMessage(m, transfer);

let answer: ((m: ColumnMapping | null) => void) | null = null;

function askMapping(header: readonly string[], sample: readonly (readonly string[])[]) {
  return new Promise<ColumnMapping | null>((resolve) => {
    answer = resolve;
    post({ type: 'need-mapping', header, sample });
  });
}

function finish(outcome: Outcome | FileProblem, mapping: ColumnMapping): void {
  if (typeof outcome === 'string') {
    post({ type: 'problem', problem: outcome });
    return;
  }
  post({ type: 'done', result: { ...outcome, mapping } }, transferables(outcome.table));
}

async function importGeojson(file: Blob, given: ColumnMapping | null): Promise<void> {
  post({ type: 'progress', done: 0, total: file.size });
  const parsed = geojsonRows(await file.text());
  if (typeof parsed === 'string') return post({ type: 'problem', problem: parsed });
  const detected = detectFormat(parsed.header);
  const sample = parsed.rows
    .slice(0, 3)
    .map((r: Row) => parsed.header.map((h) => String(r[h] ?? '')));
  const mapping = given ?? detected?.mapping ?? (await askMapping(parsed.header, sample));
  if (!mapping) return post({ type: 'problem', problem: 'cancelled' });
  const origin: Origin = detected?.origin ?? 'other';
  const sink = new RowSink(parsed.header, mapping, origin, 2);
  for (const row of parsed.rows) sink.pushRow(row);
  finish(sink.finish(), mapping);
}

async function importCsv(file: Blob, given: ColumnMapping | null): Promise<void> {
  const headText = await file.slice(0, 256 * 1024).text();
  if (looksBinary(headText)) return post({ type: 'problem', problem: 'not-table' });
  if (headText.trim() === '') return post({ type: 'problem', problem: 'empty' });
  const head = analyzeHead(headRows(headText));
  if (typeof head === 'string') return post({ type: 'problem', problem: head });
  const mapping = given ?? head.detected?.mapping ?? (await askMapping(head.header, head.sample));
  if (!mapping) return post({ type: 'problem', problem: 'cancelled' });
  const skipRows = head.hxl ? 2 : 1;
  const sink = new RowSink(head.header, mapping, head.detected?.origin ?? 'other', skipRows + 1);
  let seen = 0;
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(file as File, {
      chunkSize: 1024 * 1024,
      skipEmptyLines: false,
      chunk: (results) => {
        for (const fields of results.data) {
          if (seen++ < skipRows) continue;
          sink.pushFields(fields);
        }
        post({ type: 'progress', done: results.meta.cursor, total: file.size });
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    });
  });
  finish(sink.finish(), mapping);
}

scope.onmessage = (e) => {
  const m = e.data;
  if (m.type === 'mapping') {
    answer?.(m.mapping);
    answer = null;
    return;
  }
  const run = async () => {
    if (m.file.size === 0) return post({ type: 'problem', problem: 'empty' });
    const start = await m.file.slice(0, 64).text();
    if (looksLikeJson(start)) await importGeojson(m.file, m.mapping);
    else await importCsv(m.file, m.mapping);
  };
  run().catch((error: unknown) => {
    console.error(error);
    post({ type: 'problem', problem: 'failed' });
  });
};
