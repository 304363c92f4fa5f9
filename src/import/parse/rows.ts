/**
 * The parsing pipeline shared by the worker and the tests: the head of a table (header, HXL
 * row, a few sample rows) decides the format; then every row goes through `RowSink`, which keeps
 * the events and the first skip reasons. CSV text is read with papaparse; GeoJSON with JSON.parse.
 */
import Papa from 'papaparse';
import {
  attributionOf,
  type ColumnMapping,
  cleanHeader,
  type Detected,
  detectFormat,
  GEO_LAT,
  GEO_LON,
  isHxlRow,
  type Origin,
} from './formats';
import { type ImportedEvent, isSkip, normalizeRow, type Row, type Skip } from './normalize';
import { buildTable, type EventTable } from './table';

/** Why a whole file is refused (one clear message each). */
export type FileProblem = 'empty' | 'not-table' | 'no-columns' | 'no-events';

export interface Head {
  readonly header: string[];
  readonly hxl: string[] | null;
  readonly sample: string[][];
  readonly detected: Detected | null;
}

/** How many skip reasons are kept (the result shows the first ones; the count is complete). */
export const KEPT_SKIPS = 20;

/** The first rows of a table → its header and format, or why it is no table. */
export function analyzeHead(rows: readonly string[][]): Head | FileProblem {
  const first = rows[0];
  if (!first || (first.length === 1 && (first[0] ?? '').trim() === '')) return 'empty';
  if (first.length < 3) return 'no-columns';
  const header = cleanHeader(first);
  const second = rows[1];
  const hxl = second && isHxlRow(second) ? second : null;
  const sample = rows.slice(hxl ? 2 : 1, hxl ? 5 : 4);
  return { header, hxl, sample, detected: detectFormat(header, hxl) };
}

export interface Outcome {
  readonly table: EventTable;
  readonly rows: number;
  readonly skipped: number;
  readonly skips: readonly Skip[];
  readonly origin: Origin;
  readonly attribution: string | null;
}

/** Receives the data rows in file order and keeps the events. */
export class RowSink {
  private readonly events: ImportedEvent[] = [];
  private readonly skips: Skip[] = [];
  private skipped = 0;
  private rows = 0;
  private readonly index: [string, number][];

  constructor(
    header: readonly string[],
    private readonly mapping: ColumnMapping,
    private readonly origin: Origin,
    /** The file row number of the first data row (2, or 3 after an HXL row). */
    private next: number,
  ) {
    // Only the mapped columns are read from each row.
    const used = new Set(
      Object.values(mapping)
        .flat()
        .filter((c): c is string => typeof c === 'string'),
    );
    this.index = header.map((h, i) => [h, i] as [string, number]).filter(([h]) => used.has(h));
  }

  /** A CSV row as its fields (a trailing empty field past the header is ignored). */
  pushFields(fields: readonly string[]): void {
    if (fields.length === 1 && fields[0] === '') {
      this.next++;
      return; // a blank line
    }
    const row: Record<string, string | undefined> = {};
    for (const [name, i] of this.index) row[name] = fields[i];
    this.pushRow(row);
  }

  pushRow(row: Row): void {
    this.rows++;
    const r = normalizeRow(row, this.mapping, this.next++);
    if (isSkip(r)) {
      this.skipped++;
      if (this.skips.length < KEPT_SKIPS) this.skips.push(r);
    } else {
      this.events.push(r);
    }
  }

  finish(): Outcome | FileProblem {
    if (this.events.length === 0 && this.rows === 0) return 'empty';
    return {
      table: buildTable(this.events),
      rows: this.rows,
      skipped: this.skipped,
      skips: this.skips,
      origin: this.origin,
      attribution: attributionOf(this.origin),
    };
  }
}

/** The first rows of CSV text, for `analyzeHead`. */
export function headRows(text: string, count = 6): string[][] {
  const result = Papa.parse<string[]>(text, { preview: count, skipEmptyLines: false });
  return result.data;
}

export function looksBinary(text: string): boolean {
  return text.slice(0, 4096).includes('\u0000');
}

export function looksLikeJson(text: string): boolean {
  return /^\s*[{[]/.test(text.slice(0, 64));
}

interface GeoFeature {
  readonly properties?: Record<string, unknown> | null;
  readonly geometry?: { readonly type?: string; readonly coordinates?: unknown } | null;
}

/** A GeoJSON FeatureCollection of points → a header and rows (the point as two columns). */
export function geojsonRows(text: string): { header: string[]; rows: Row[] } | FileProblem {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'not-table';
  }
  const features = (json as { features?: unknown }).features;
  if (!Array.isArray(features)) return 'not-table';
  if (features.length === 0) return 'empty';
  const header = new Set<string>([GEO_LON, GEO_LAT]);
  const rows: Row[] = [];
  for (const f of features as GeoFeature[]) {
    const props = f.properties ?? {};
    const row: Record<string, string | number | boolean | null> = {};
    for (const [k, v] of Object.entries(props)) {
      header.add(k);
      row[k] = v === null || typeof v === 'object' ? null : (v as string | number | boolean);
    }
    const c = f.geometry?.type === 'Point' ? f.geometry.coordinates : null;
    if (Array.isArray(c)) {
      row[GEO_LON] = typeof c[0] === 'number' ? c[0] : null;
      row[GEO_LAT] = typeof c[1] === 'number' ? c[1] : null;
    }
    rows.push(row);
  }
  return { header: [...header], rows };
}
