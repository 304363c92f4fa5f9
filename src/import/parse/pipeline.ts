/**
 * The one import pipeline, run by the parsing worker and by the unit tests alike: sniff the
 * file's encoding (`decode.ts`), tell JSON from a table, find the table's delimiter, read its
 * head (header, HXL row, samples), take the mapping (given, recognised, or asked of the reader),
 * then stream every record through one `RowSink`. The file is read once, in chunks, and decoded
 * as it goes; the worker only adds the messages.
 */
import { CsvReader, type CsvRecord, detectDelimiter } from './csv';
import { decoderFor, SNIFF_BYTES, type Sniffed, sniffEncoding } from './decode';
import { type ColumnMapping, detectFormat, guessMapping } from './formats';
import { type Duplicate, headerHash } from './header';
import type { Row } from './normalize';
import type { ImportResult, MappingQuestion, Reading } from './protocol';
import {
  analyzeHead,
  type FileProblem,
  geojsonRows,
  HEAD_RECORDS,
  type Head,
  looksBinary,
  looksLikeJson,
  RowSink,
} from './rows';

export interface PipelineIo {
  progress(done: number, total: number): void;
  /** The reader's column mapping for a file whose format is not recognised (null: cancelled). */
  askMapping(question: MappingQuestion): Promise<ColumnMapping | null>;
}

export type PipelineResult = ImportResult | FileProblem | 'cancelled';

const CHUNK_BYTES = 1024 * 1024;

/** The file's text, chunk after chunk, decoded in its encoding. */
async function* textChunks(file: Blob, sniffed: Sniffed, io: PipelineIo): AsyncGenerator<string> {
  const decoder = decoderFor(sniffed);
  for (let at = sniffed.bom; at < file.size; at += CHUNK_BYTES) {
    const bytes = await file.slice(at, Math.min(file.size, at + CHUNK_BYTES)).arrayBuffer();
    yield decoder.decode(bytes, { stream: true });
    io.progress(Math.min(file.size, at + CHUNK_BYTES), file.size);
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

export type { MappingQuestion, Reading };

export async function importBlob(
  file: Blob,
  given: ColumnMapping | null,
  io: PipelineIo,
): Promise<PipelineResult> {
  if (file.size === 0) return 'empty';
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  const sniffed = sniffEncoding(head, file.size <= SNIFF_BYTES);
  const chunks = textChunks(file, sniffed, io);
  const first = await chunks.next();
  const text = first.done ? '' : first.value;
  if (looksBinary(text)) return 'not-table';
  if (text.trim() === '') return 'empty';
  if (looksLikeJson(text)) {
    let all = text;
    for await (const chunk of chunks) all += chunk;
    return importGeojson(all, given, io, sniffed);
  }
  return importCsv(text, chunks, given, io, sniffed);
}

function finish(
  sink: RowSink,
  mapping: ColumnMapping,
  reading: Reading,
): ImportResult | FileProblem {
  const outcome = sink.finish();
  return typeof outcome === 'string' ? outcome : { ...outcome, mapping, reading };
}

async function importGeojson(
  text: string,
  given: ColumnMapping | null,
  io: PipelineIo,
  sniffed: Sniffed,
): Promise<PipelineResult> {
  const parsed = geojsonRows(text);
  if (typeof parsed === 'string') return parsed;
  const detected = detectFormat(parsed.header);
  const sample = parsed.rows
    .slice(0, 3)
    .map((r: Row) => parsed.header.map((h) => (Object.hasOwn(r, h) ? String(r[h] ?? '') : '')));
  const mapping =
    given ?? detected?.mapping ?? (await io.askMapping(question(parsed.header, sample, [])));
  if (!mapping) return 'cancelled';
  // A feature is "row" n+1 (as if the collection were a table with a header row).
  const sink = new RowSink(parsed.header, mapping, detected?.origin ?? 'other', 2);
  for (const row of parsed.rows) sink.pushRow(row);
  const reading: Reading = {
    encoding: sniffed.encoding,
    encodingGuessed: sniffed.guessed,
    delimiter: null,
    decimalComma: false,
    dayFirst: false,
  };
  return finish(sink, mapping, reading);
}

async function importCsv(
  head: string,
  rest: AsyncGenerator<string>,
  given: ColumnMapping | null,
  io: PipelineIo,
  sniffed: Sniffed,
): Promise<PipelineResult> {
  const delimiter = detectDelimiter(head);
  const reading: Reading = {
    encoding: sniffed.encoding,
    encodingGuessed: sniffed.guessed,
    delimiter,
    // Where the comma is the decimal mark, lists are delimited by semicolons, and dates are
    // written day first: French, German, Spanish… spreadsheets.
    decimalComma: delimiter === ';',
    dayFirst: delimiter === ';',
  };
  const pending: CsvRecord[] = [];
  const reader = new CsvReader(delimiter, (r) => pending.push(r));
  let sink: RowSink | null = null;
  let mapping: ColumnMapping | null = null;
  let problem: FileProblem | 'cancelled' | null = null;

  // Decides the format once the head is read, then hands every record to the sink.
  const flush = async (ended: boolean) => {
    if (!sink) {
      if (pending.length < HEAD_RECORDS && !ended) return;
      const analyzed = analyzeHead(pending.slice(0, HEAD_RECORDS).map((r) => r.fields));
      if (typeof analyzed === 'string') {
        problem = analyzed;
        return;
      }
      mapping = given ?? analyzed.detected?.mapping ?? (await ask(analyzed, io));
      if (!mapping) {
        problem = 'cancelled';
        return;
      }
      const skipRows = analyzed.hxl ? 2 : 1;
      const origin = analyzed.detected?.origin ?? 'other';
      sink = new RowSink(analyzed.header, mapping, origin, skipRows + 1, reading);
      pending.splice(0, skipRows);
    }
    for (const record of pending) sink.pushRecord(record);
    pending.length = 0;
  };

  reader.push(head);
  await flush(false);
  for await (const chunk of rest) {
    if (problem) return problem;
    reader.push(chunk);
    await flush(false);
  }
  if (problem) return problem;
  reader.end();
  await flush(true);
  if (problem) return problem;
  if (!sink || !mapping) return 'empty';
  return finish(sink, mapping, reading);
}

function ask(head: Head, io: PipelineIo): Promise<ColumnMapping | null> {
  return io.askMapping(question(head.header, head.sample, head.duplicates));
}

/** What the mapping step needs, with the work on the header done here, off the main thread. */
function question(
  header: readonly string[],
  sample: readonly (readonly string[])[],
  duplicates: readonly Duplicate[],
): MappingQuestion {
  return { header, sample, duplicates, hash: headerHash(header), guess: guessMapping(header) };
}
