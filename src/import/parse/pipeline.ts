/**
 * The one import pipeline, run by the parsing worker and by the unit tests alike: sniff the file
 * (binary, JSON or a table), read its header, take the mapping (given, recognised, or asked of
 * the reader), then stream every row through one `RowSink`. The worker only adds the messages.
 */
import Papa from 'papaparse';
import { type ColumnMapping, detectFormat } from './formats';
import type { Row } from './normalize';
import type { ImportResult } from './protocol';
import {
  analyzeHead,
  type FileProblem,
  geojsonRows,
  headRows,
  looksBinary,
  looksLikeJson,
  RowSink,
} from './rows';

export interface PipelineIo {
  progress(done: number, total: number): void;
  /** The reader's column mapping for a file whose format is not recognised (null: cancelled). */
  askMapping(
    header: readonly string[],
    sample: readonly (readonly string[])[],
  ): Promise<ColumnMapping | null>;
}

export type PipelineResult = ImportResult | FileProblem | 'cancelled';

/** How much of a CSV is read to find its header and format. */
const HEAD_BYTES = 256 * 1024;
const CHUNK_BYTES = 1024 * 1024;

export async function importBlob(
  file: Blob,
  given: ColumnMapping | null,
  io: PipelineIo,
): Promise<PipelineResult> {
  if (file.size === 0) return 'empty';
  const start = await file.slice(0, 64).text();
  return looksLikeJson(start) ? importGeojson(file, given, io) : importCsv(file, given, io);
}

function finish(
  outcome: ReturnType<RowSink['finish']>,
  mapping: ColumnMapping,
): ImportResult | FileProblem {
  return typeof outcome === 'string' ? outcome : { ...outcome, mapping };
}

async function importGeojson(
  file: Blob,
  given: ColumnMapping | null,
  io: PipelineIo,
): Promise<PipelineResult> {
  io.progress(0, file.size);
  const parsed = geojsonRows(await file.text());
  if (typeof parsed === 'string') return parsed;
  const detected = detectFormat(parsed.header);
  const sample = parsed.rows
    .slice(0, 3)
    .map((r: Row) => parsed.header.map((h) => String(r[h] ?? '')));
  const mapping = given ?? detected?.mapping ?? (await io.askMapping(parsed.header, sample));
  if (!mapping) return 'cancelled';
  // A feature is "row" n+1 (as if the collection were a table with a header row).
  const sink = new RowSink(parsed.header, mapping, detected?.origin ?? 'other', 2);
  for (const row of parsed.rows) sink.pushRow(row);
  return finish(sink.finish(), mapping);
}

async function importCsv(
  file: Blob,
  given: ColumnMapping | null,
  io: PipelineIo,
): Promise<PipelineResult> {
  const headText = await file.slice(0, HEAD_BYTES).text();
  if (looksBinary(headText)) return 'not-table';
  if (headText.trim() === '') return 'empty';
  const head = analyzeHead(headRows(headText));
  if (typeof head === 'string') return head;
  const mapping =
    given ?? head.detected?.mapping ?? (await io.askMapping(head.header, head.sample));
  if (!mapping) return 'cancelled';
  const skipRows = head.hxl ? 2 : 1;
  const sink = new RowSink(head.header, mapping, head.detected?.origin ?? 'other', skipRows + 1);
  let seen = 0;
  // Papa streams a File in a browser or a worker; where there is no FileReader (Node, the unit
  // tests) it is given the text, in chunks of the same size.
  const input = typeof FileReader === 'undefined' ? await file.text() : (file as File);
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(input, {
      chunkSize: CHUNK_BYTES,
      skipEmptyLines: false,
      chunk: (results) => {
        for (const fields of results.data) {
          if (seen++ < skipRows) continue;
          sink.pushFields(fields);
        }
        io.progress(results.meta.cursor, file.size);
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    });
  });
  return finish(sink.finish(), mapping);
}
