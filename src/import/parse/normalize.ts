/**
 * One row of a file → one event, or the reason it is skipped (row, column, value). Rows without
 * a readable date or with coordinates out of range are skipped, never guessed. Events are then
 * packed into typed columns sorted by start day (`table.ts`).
 */

import { acledWindow, type EventPrecision, parseEventDate, spanWindow } from './event-dates';
import type { ColumnMapping } from './formats';

export type Cell = string | number | boolean | null | undefined;
export type Row = Readonly<Record<string, Cell>>;

export type SkipReason =
  | 'no-date'
  | 'bad-date'
  | 'bad-end'
  | 'end-before-start'
  | 'bad-precision'
  | 'no-coordinates'
  | 'bad-latitude'
  | 'bad-longitude';

export interface Skip {
  /** The row's number in the file, the header being row 1. */
  readonly row: number;
  readonly column: string;
  readonly value: string;
  readonly reason: SkipReason;
}

export interface ImportedEvent {
  readonly lon: number;
  readonly lat: number;
  readonly start: number;
  readonly end: number;
  readonly precision: EventPrecision;
  /** GED's `date_prec` 1..5, 0 when the file has none. */
  readonly gedPrecision: number;
  readonly type: string;
  /** -1: not given. */
  readonly fatalities: number;
  readonly actors: string;
  readonly notes: string;
  readonly source: string;
  readonly place: string;
}

export function text(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  return String(cell).trim();
}

const shown = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

function coordinate(cell: Cell): number | null {
  const t = text(cell);
  if (t === '' || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return null;
  return Number(t);
}

function join(row: Row, columns: readonly string[] | undefined, separator: string): string {
  let out = '';
  for (const c of columns ?? []) {
    const v = text(row[c]);
    if (v !== '') out = out === '' ? v : `${out}${separator}${v}`;
  }
  return out;
}

function skip(row: number, column: string, value: string, reason: SkipReason): Skip {
  return { row, column, value: shown(value), reason };
}

/** Reads one row; `rowNumber` is its number in the file (header = 1). */
export function normalizeRow(row: Row, m: ColumnMapping, n: number): ImportedEvent | Skip {
  const dateText = text(row[m.date]);
  if (dateText === '') return skip(n, m.date, '', 'no-date');
  const day = parseEventDate(dateText);
  if (day === null) return skip(n, m.date, dateText, 'bad-date');

  let window: ReturnType<typeof spanWindow>;
  if (m.acledPrecision !== undefined) {
    const p = text(row[m.acledPrecision]);
    window = acledWindow(day, p);
    if (!window) return skip(n, m.acledPrecision, p, 'bad-precision');
  } else {
    let end: number | null = null;
    const endText = m.endDate ? text(row[m.endDate]) : '';
    if (m.endDate && endText !== '') {
      end = parseEventDate(endText);
      if (end === null) return skip(n, m.endDate, endText, 'bad-end');
    }
    window = spanWindow(day, end);
    if (!window) return skip(n, m.endDate ?? m.date, endText, 'end-before-start');
  }

  const latText = text(row[m.latitude]);
  const lonText = text(row[m.longitude]);
  if (latText === '' && lonText === '') return skip(n, m.latitude, '', 'no-coordinates');
  const lat = coordinate(latText);
  if (lat === null || lat < -90 || lat > 90) return skip(n, m.latitude, latText, 'bad-latitude');
  const lon = coordinate(lonText);
  if (lon === null || lon < -180 || lon > 180)
    return skip(n, m.longitude, lonText, 'bad-longitude');

  const f = m.fatalities ? text(row[m.fatalities]) : '';
  const fatalities = /^\d+$/.test(f) ? Number(f) : -1;
  const gp = m.gedPrecision ? Number(text(row[m.gedPrecision])) : 0;
  return {
    lon,
    lat,
    start: window.start,
    end: window.end,
    precision: window.precision,
    gedPrecision: Number.isInteger(gp) && gp >= 1 && gp <= 5 ? gp : 0,
    type: m.type ? text(row[m.type]) : '',
    fatalities,
    actors: join(row, m.actors, ' — '),
    notes: m.notes ? text(row[m.notes]) : '',
    source: m.source ? text(row[m.source]) : '',
    place: join(row, m.place, ', '),
  };
}

export function isSkip(x: ImportedEvent | Skip): x is Skip {
  return 'reason' in x;
}
