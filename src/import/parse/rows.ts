/**
 * The parsing pipeline's row side, shared by the worker and the tests: the head of a table
 * (header, HXL row, a few sample rows) decides the format; then every record goes through
 * `RowSink`, which keeps the events and accounts for every row: imported + skipped = rows, each
 * skip with its reason and row number (the first ones kept, all of them counted by reason).
 */
import type { CsvRecord } from './csv';
import {
  attributionOf,
  type ColumnMapping,
  type Detected,
  detectFormat,
  GEO_LAT,
  GEO_LON,
  isHxlRow,
  type Origin,
} from './formats';
import { type Duplicate, uniqueHeader } from './header';
import {
  type ImportedEvent,
  isSkip,
  type Locale,
  normalizeRow,
  type Row,
  type Skip,
  type SkipReason,
} from './normalize';
import { buildTable, type EventTable } from './table';

/** Why a whole file is refused (one clear message each). */
export type FileProblem = 'empty' | 'not-table' | 'no-columns' | 'no-events';

export interface Head {
  readonly header: string[];
  readonly duplicates: readonly Duplicate[];
  readonly hxl: string[] | null;
  readonly sample: string[][];
  readonly detected: Detected | null;
}

/** How many skip reasons are kept with their row (the count by reason is complete). */
export const KEPT_SKIPS = 20;

/** Records read before the format is decided: the header, an HXL row, three sample rows. */
export const HEAD_RECORDS = 5;

/** The first records of a table → its header and format, or why it is no table. */
export function analyzeHead(rows: readonly (readonly string[])[]): Head | FileProblem {
  const first = rows[0];
  if (!first || (first.length === 1 && (first[0] ?? '').trim() === '')) return 'empty';
  if (first.length < 3) return 'no-columns';
  const { names: header, duplicates } = uniqueHeader(first);
  const second = rows[1];
  const hxl = second && isHxlRow(second) ? [...second] : null;
  const sample = rows.slice(hxl ? 2 : 1, hxl ? 5 : 4).map((r) => [...r]);
  return { header, duplicates, hxl, sample, detected: detectFormat(header, hxl) };
}

export interface Outcome {
  readonly table: EventTable;
  /** Data rows in the file (blank lines at its very end are not rows). */
  readonly rows: number;
  readonly skipped: number;
  /** The first skips, with their row numbers. */
  readonly skips: readonly Skip[];
  /** Every skip counted by reason, in the order the reasons were first met. */
  readonly reasons: readonly (readonly [SkipReason, number])[];
  readonly origin: Origin;
  readonly attribution: string | null;
}

/** Receives the data rows in file order and keeps the events. */
export class RowSink {
  private readonly events: ImportedEvent[] = [];
  private readonly skips: Skip[] = [];
  private readonly reasons = new Map<SkipReason, number>();
  private skipped = 0;
  private rows = 0;
  /** Blank lines not yet counted: rows if more rows follow, nothing at the file's end. */
  private blanks: number[] = [];
  private readonly index: [string, number][];

  constructor(
    header: readonly string[],
    private readonly mapping: ColumnMapping,
    private readonly origin: Origin,
    /** The file row number of the first data row (2, or 3 after an HXL row). */
    private next: number,
    private readonly locale: Locale = { decimalComma: false, dayFirst: false },
  ) {
    // Only the mapped columns are read from each row.
    const used = new Set(
      Object.values(mapping)
        .flat()
        .filter((c): c is string => typeof c === 'string'),
    );
    this.index = header.map((h, i) => [h, i] as [string, number]).filter(([h]) => used.has(h));
  }

  /** A CSV record: a row, a blank line, or a row whose quote was left open. */
  pushRecord(record: CsvRecord): void {
    const { fields } = record;
    if (fields.length === 1 && (fields[0] ?? '').trim() === '' && !record.openQuote) {
      this.blanks.push(this.next++);
      return;
    }
    this.countBlanks();
    if (record.openQuote) {
      this.rows++;
      this.skip({ row: this.next++, column: '', value: '', reason: 'open-quote' });
      return;
    }
    // A null-prototype row: a column named `constructor` or `__proto__` is a column like any.
    const row: Record<string, string | undefined> = Object.create(null);
    for (const [name, i] of this.index) row[name] = fields[i];
    this.pushRow(row);
  }

  pushRow(row: Row): void {
    this.countBlanks();
    this.rows++;
    const r = normalizeRow(row, this.mapping, this.next++, this.locale);
    if (isSkip(r)) this.skip(r);
    else this.events.push(r);
  }

  private countBlanks(): void {
    for (const row of this.blanks) {
      this.rows++;
      this.skip({ row, column: '', value: '', reason: 'blank' });
    }
    this.blanks = [];
  }

  private skip(s: Skip): void {
    this.skipped++;
    this.reasons.set(s.reason, (this.reasons.get(s.reason) ?? 0) + 1);
    if (this.skips.length < KEPT_SKIPS) this.skips.push(s);
  }

  finish(): Outcome | FileProblem {
    if (this.rows === 0) return 'empty';
    if (this.events.length + this.skipped !== this.rows) {
      throw new Error(
        `rows unaccounted for: ${this.rows} ≠ ${this.events.length} + ${this.skipped}`,
      );
    }
    return {
      table: buildTable(this.events),
      rows: this.rows,
      skipped: this.skipped,
      skips: this.skips,
      reasons: [...this.reasons],
      origin: this.origin,
      attribution: attributionOf(this.origin),
    };
  }
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
  for (const f of features as (GeoFeature | null)[]) {
    const props = f?.properties ?? {};
    const row: Record<string, string | number | boolean | null> = Object.create(null);
    for (const [k, v] of Object.entries(props)) {
      header.add(k);
      row[k] = v === null || typeof v === 'object' ? null : (v as string | number | boolean);
    }
    const c = f?.geometry?.type === 'Point' ? f.geometry.coordinates : null;
    if (Array.isArray(c)) {
      row[GEO_LON] = typeof c[0] === 'number' ? c[0] : null;
      row[GEO_LAT] = typeof c[1] === 'number' ? c[1] : null;
    }
    rows.push(row);
  }
  return { header: [...header], rows };
}
